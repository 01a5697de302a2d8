import 'server-only';
import { z } from 'zod';
import type { User } from '@/db/schema';
import type { Permission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { type DomainErrorCode, isDomainError } from '@/lib/errors';
import { readJsonBody } from './request-body';
import './zod-vi';

const statusOf: Record<DomainErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_input: 422,
  invalid_transition: 422,
  too_large: 413,
  unsupported_type: 415,
  rate_limited: 429,
  closed: 403,
};

/** A story's JSON is far below this even at the 100,000-character limit with heavy formatting. */
const MAX_JSON_BYTES = 4 * 1024 * 1024;

/** A JSON answer with a Vietnamese message, the shape every desk route answers errors in. */
export function routeError(status: number, message: string, extra?: Record<string, unknown>) {
  return Response.json({ ok: false, message, ...extra }, { status });
}

/**
 * Cookies travel with cross-site requests; a desk route only answers a request made by our own
 * pages: same origin, JSON body (which a foreign form cannot send without a CORS preflight).
 */
function fromOurPages(req: Request): boolean {
  const origin = req.headers.get('origin');
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  if (origin && host && new URL(origin).host !== host) return false;
  return req.method === 'GET' || (req.headers.get('content-type') ?? '').startsWith('application/json');
}

/**
 * The route twin of deskAction: session → permission → zod → domain call, errors as JSON with a
 * Vietnamese message and the HTTP status a program can act on. Used by the editor's autosave.
 */
export function deskRoute<S extends z.ZodType, P>(
  permission: Permission,
  schema: S,
  run: (input: z.output<S>, user: User, params: P) => Promise<Response | Record<string, unknown>>,
) {
  return async (req: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    if (!fromOurPages(req)) return routeError(403, 'Yêu cầu không đến từ trang của tòa soạn.');
    try {
      const user = await requireUser(permission);
      let raw: unknown;
      if (req.method === 'GET') raw = Object.fromEntries(new URL(req.url).searchParams);
      else {
        const body = await readJsonBody(req, MAX_JSON_BYTES);
        if (!body.ok && body.reason === 'too_large') return routeError(413, 'Nội dung gửi lên quá lớn (tối đa 4 MB).');
        raw = body.ok ? body.value : undefined;
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return routeError(422, 'Vui lòng kiểm tra lại các ô được đánh dấu.', {
          fieldErrors: z.flattenError(parsed.error as z.ZodError).fieldErrors,
        });
      }
      const out = await run(parsed.data, user, await ctx.params);
      return out instanceof Response ? out : Response.json({ ok: true, ...out });
    } catch (err) {
      if (isDomainError(err)) return routeError(statusOf[err.code], err.message);
      console.error(err);
      return routeError(500, 'Đã có lỗi ngoài ý muốn. Nội dung của bạn vẫn còn trong trình duyệt, vui lòng thử lại.');
    }
  };
}
