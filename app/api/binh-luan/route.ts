import { z } from 'zod';
import { listApprovedComments } from '@/lib/comments/comments';

const schema = z.object({
  bai: z.coerce.number().int().positive().max(2_147_483_647),
  'thu-tu': z.enum(['newest', 'oldest']).default('newest'),
  sau: z.string().max(60).optional(),
});

/** More approved comments of a story (the first page comes with the cached article page). */
export async function GET(req: Request) {
  const parsed = schema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) return Response.json({ ok: false, message: 'Yêu cầu không hợp lệ.' }, { status: 400 });
  const page = await listApprovedComments({ articleId: parsed.data.bai, order: parsed.data['thu-tu'], cursor: parsed.data.sau });
  return Response.json({ ok: true, ...page }, { headers: { 'cache-control': 'no-store' } });
}
