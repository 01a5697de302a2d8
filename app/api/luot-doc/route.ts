import { z } from 'zod';
import { recordView } from '@/lib/articles/views';

const schema = z.object({ articleId: z.number().int().positive().max(2_147_483_647) });

/** The view beacon: counts a read into the hour's bucket. Bad input is answered 400, never 500. */
export async function POST(req: Request) {
  let body: unknown;
  try {
    body = JSON.parse(await req.text());
  } catch {
    return Response.json({ ok: false, message: 'Dữ liệu không hợp lệ.' }, { status: 400 });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return Response.json({ ok: false, message: 'Dữ liệu không hợp lệ.' }, { status: 400 });
  const counted = await recordView({ articleId: parsed.data.articleId });
  return new Response(null, { status: counted ? 204 : 404, headers: { 'cache-control': 'no-store' } });
}
