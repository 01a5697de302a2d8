import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import type { User } from '@/db/schema';
import type { Permission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { clientAddress } from '@/lib/client-address';
import { withDoor } from '@/lib/doors';
import { browserIdCookie, newBrowserId, readBrowserId } from '@/lib/comments/voter';
import { type DomainErrorCode, isDomainError } from '@/lib/errors';
import { readFormBody, readJsonBody } from './request-body';
import type { RouteFailure } from './route-answer';
import './zod-vi';

/**
 * Every route handler goes through one of three doors: `deskRoute` (a signed-in member of the
 * newsroom with a permission), `publicRoute` (anonymous readers, feeds, files) or `internalRoute`
 * (this deployment talking to itself). Each door checks, in this order: the request comes from our
 * own pages, the body is of the expected type, the person may come in, the body is no bigger than
 * the door's limit (read as a stream and cut there), the input passes its zod schema. Every refusal
 * and every error answers in one shape, `{ ok: false, message, fieldErrors? }`, with the status from
 * one map. The one handler that does not come through here is next-auth's own (see its route).
 */

/** The HTTP status of each domain error: the one map every route answers with. */
export const statusOf: Record<DomainErrorCode, number> = {
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

export const routeMessages = {
  foreign: 'Yêu cầu không đến từ trang của tòa soạn.',
  notJson: 'Yêu cầu phải gửi dữ liệu dạng JSON.',
  notForm: 'Yêu cầu phải gửi dạng biểu mẫu (multipart/form-data).',
  badJson: 'Dữ liệu gửi lên không phải JSON hợp lệ.',
  badForm: 'Không đọc được biểu mẫu gửi lên.',
  invalid: 'Vui lòng kiểm tra lại các ô được đánh dấu.',
  unexpected: 'Đã có lỗi ngoài ý muốn. Vui lòng thử lại sau ít phút.',
  tooLarge: (bytes: number) => `Nội dung gửi lên quá lớn (tối đa ${readableSize(bytes)}).`,
} as const;

function readableSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const noStore = { 'cache-control': 'no-store' };

/** An error answer in the one shape. `extra` carries what a client needs beyond the message (a conflict's newer text). */
export function routeError(status: number, message: string, extra?: Record<string, unknown>): Response {
  return Response.json({ ok: false, message, ...extra }, { status, headers: noStore });
}

/** The input of a route that takes none (feeds, files): query strings are ignored. */
export const noInput = z.object({});


/**
 * Cookies travel with cross-site requests: a request naming a foreign origin, `null` (a sandboxed
 * frame, a file, a redirect chain) or something unparsable is not from our pages. No Origin at all is
 * a same-origin GET or a program, not a browser sent by another site.
 */
export function fromOurOrigin(req: Request): boolean {
  const origin = req.headers.get('origin');
  if (origin === null) return true;
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  if (!host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host;
  } catch {
    return false;
  }
}

type BodyKind = 'json' | 'form';
type BodyLimit = { bytes: number; message?: string };

export type RouteOptions = {
  /** What a POST/PUT carries: JSON (default; a foreign form cannot send it without a CORS preflight) or a multipart form. */
  body?: BodyKind;
  /** The most a body may weigh; past it the reading stops and the answer is 413. */
  limit?: BodyLimit | (() => Promise<BodyLimit>);
};

type Handler<P> = (req: Request, ctx: { params: Promise<P> }) => Promise<Response>;
type RunResult = Promise<Response | Record<string, unknown>>;

/** The kind of door: who may come in, what they bring, and what the door adds to the answer. */
type Door<A> = {
  /** Whether a request of this method must come from our origin. */
  checkOrigin: (method: string) => boolean;
  defaultBytes: number;
  admit: (req: Request) => Promise<A>;
  finish?: (admitted: A, res: Response) => void;
};

const hasBody = (method: string) => method !== 'GET' && method !== 'HEAD';

function contentTypeFits(req: Request, kind: BodyKind): boolean {
  const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  return kind === 'json' ? type === 'application/json' : type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded';
}

function formObject(form: FormData): Record<string, FormDataEntryValue> {
  const fields: Record<string, FormDataEntryValue> = {};
  for (const [key, value] of form.entries()) fields[key] = value;
  return fields;
}

function failure(err: unknown): Response {
  unstable_rethrow(err); // Next's own signals (dynamic rendering, not found) are not errors
  if (isDomainError(err)) return routeError(statusOf[err.code], err.message, err.fieldErrors ? { fieldErrors: err.fieldErrors } : undefined);
  console.error(err);
  return routeError(500, routeMessages.unexpected);
}

function through<A, S extends z.ZodType, P>(
  door: Door<A>,
  schema: S,
  run: (input: z.output<S>, ctx: A & { req: Request; params: P }) => RunResult,
  options: RouteOptions = {},
): Handler<P> {
  const kind = options.body ?? 'json';
  return async (req, ctx) => {
    let admitted: A | undefined;
    let res: Response;
    try {
      res = await (async () => {
        if (door.checkOrigin(req.method) && !fromOurOrigin(req)) return routeError(403, routeMessages.foreign);
        const withBody = hasBody(req.method);
        if (withBody && !contentTypeFits(req, kind)) return routeError(415, kind === 'json' ? routeMessages.notJson : routeMessages.notForm);
        admitted = await door.admit(req);
        let raw: unknown;
        if (!withBody) raw = Object.fromEntries(new URL(req.url).searchParams);
        else {
          const limit = typeof options.limit === 'function' ? await options.limit() : (options.limit ?? { bytes: door.defaultBytes });
          const body = kind === 'json' ? await readJsonBody(req, limit.bytes) : await readFormBody(req, limit.bytes);
          if (!body.ok && body.reason === 'too_large') return routeError(413, limit.message ?? routeMessages.tooLarge(limit.bytes));
          if (!body.ok) return routeError(400, kind === 'json' ? routeMessages.badJson : routeMessages.badForm);
          raw = body.value instanceof FormData ? formObject(body.value) : body.value;
        }
        const parsed = schema.safeParse(raw);
        if (!parsed.success) {
          return Response.json(
            { ok: false, message: routeMessages.invalid, fieldErrors: z.flattenError(parsed.error as z.ZodError).fieldErrors } satisfies RouteFailure,
            { status: 422, headers: noStore },
          );
        }
        const out = await run(parsed.data, { ...(admitted as A), req, params: await ctx.params });
        return out instanceof Response ? out : Response.json({ ok: true, ...out }, { headers: noStore });
      })();
    } catch (err) {
      res = failure(err);
    }
    if (admitted !== undefined) door.finish?.(admitted, res);
    return res;
  };
}

/** A story's JSON is far below this even at the 100,000-character limit with heavy formatting. */
const DESK_JSON_BYTES = 4 * 1024 * 1024;
/** A like, a report, a read: a few dozen bytes. */
const PUBLIC_JSON_BYTES = 16 * 1024;

const deskDoor = (permission: Permission): Door<{ user: User }> => ({
  checkOrigin: () => true,
  defaultBytes: DESK_JSON_BYTES,
  admit: async () => ({ user: await requireUser(permission) }),
});

/**
 * The desk's door: session and permission (re-read from the database), our own origin for every
 * method, JSON bodies up to 4 MB unless the route says otherwise.
 */
export function deskRoute<S extends z.ZodType, P = Record<string, never>>(
  permission: Permission,
  schema: S,
  run: (input: z.output<S>, ctx: { user: User; req: Request; params: P }) => RunResult,
  options?: RouteOptions,
): Handler<P> {
  return withDoor(through(deskDoor(permission), schema, run, options), { kind: 'desk', permission });
}

export type Reader = {
  /** The address the request came from (lib/client-address.ts): for limits and hashes. */
  address: string;
  /** This browser's anonymous id; a browser without one gets one with the answer. */
  browserId: () => string;
};

const publicDoor: Door<Reader & { minted: () => string | null }> = {
  // A reader's GET (feeds, comments, files) may be embedded anywhere; what changes something must come from our pages.
  checkOrigin: hasBody,
  defaultBytes: PUBLIC_JSON_BYTES,
  admit: async (req) => {
    const known = readBrowserId(req.headers.get('cookie'));
    let minted: string | null = null;
    return {
      address: clientAddress(req.headers),
      browserId: () => known ?? (minted ??= newBrowserId()),
      minted: () => minted,
    };
  },
  finish: (reader, res) => {
    const id = reader.minted();
    if (id) res.headers.append('set-cookie', browserIdCookie(id));
  },
};

/** The readers' door: no session; small JSON bodies; what a reader posts must come from our pages. */
export function publicRoute<S extends z.ZodType, P = Record<string, never>>(
  schema: S,
  run: (input: z.output<S>, ctx: Reader & { req: Request; params: P }) => RunResult,
  options?: RouteOptions,
): Handler<P> {
  return withDoor(through(publicDoor, schema, run, options), { kind: 'public' });
}

/**
 * This deployment's own calls (the scheduler's cache expiry, the e2e clock): `guard` throws a
 * DomainError for anyone else (forbidden without the token, not found where the route does not exist).
 */
export function internalRoute<S extends z.ZodType, P = Record<string, never>>(
  guard: (req: Request) => void | Promise<void>,
  schema: S,
  run: (input: z.output<S>, ctx: { req: Request; params: P }) => RunResult,
  options?: RouteOptions,
): Handler<P> {
  const door: Door<object> = {
    checkOrigin: () => true,
    defaultBytes: PUBLIC_JSON_BYTES,
    admit: async (req) => {
      await guard(req);
      return {};
    },
  };
  return withDoor(through(door, schema, run, options), { kind: 'internal' });
}
