import { z } from 'zod';
import { markArticleLeft, markArticleOpen } from '@/lib/articles/presence';
import { requireUser } from '@/lib/auth/session';
import { type DomainErrorCode, isDomainError } from '@/lib/errors';

const idSchema = z.coerce.number().int().positive().max(2_147_483_647);
/** `{}` from the heartbeat, `{ "left": true }` from the beacon sent when the page is closed. */
const bodySchema = z.object({ left: z.boolean().optional() }).strict();

const statusFor: Partial<Record<DomainErrorCode, number>> = { unauthenticated: 401, forbidden: 403, not_found: 404 };
const noStore = { 'cache-control': 'no-store' };

/** The open-editor heartbeat: records who has this story open and answers who else has. */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  let body: unknown;
  try {
    const text = await req.text();
    body = text ? JSON.parse(text) : {};
  } catch {
    body = null;
  }
  const parsed = bodySchema.safeParse(body);
  if (!id.success || !parsed.success) {
    return Response.json({ ok: false, message: 'Dữ liệu không hợp lệ.' }, { status: 400, headers: noStore });
  }
  try {
    const actor = await requireUser('desk.enter');
    const args = { actor, articleId: id.data };
    const others = parsed.data.left ? await markArticleLeft(args) : await markArticleOpen(args);
    return Response.json({ others }, { headers: noStore });
  } catch (err) {
    if (isDomainError(err)) {
      return Response.json({ ok: false, message: err.message }, { status: statusFor[err.code] ?? 400, headers: noStore });
    }
    throw err;
  }
}
