import { z } from 'zod';
import { headers } from 'next/headers';
import { clientAddress } from '@/lib/client-address';
import { likeComment } from '@/lib/comments/comments';
import { browserId } from '@/lib/comments/voter';
import { isDomainError } from '@/lib/errors';

const schema = z.object({ commentId: z.number().int().positive().max(2_147_483_647) });

export async function POST(req: Request) {
  const parsed = schema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return Response.json({ ok: false, message: 'Yêu cầu không hợp lệ.' }, { status: 400 });
  try {
    const result = await likeComment({ commentId: parsed.data.commentId, voter: await browserId(), ip: clientAddress(await headers()) });
    return Response.json({ ok: true, ...result });
  } catch (err) {
    if (isDomainError(err)) return Response.json({ ok: false, message: err.message }, { status: err.code === 'rate_limited' ? 429 : 404 });
    throw err;
  }
}
