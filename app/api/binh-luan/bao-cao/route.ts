import { z } from 'zod';
import { reportComment, reportReasons } from '@/lib/comments/comments';
import { browserId } from '@/lib/comments/voter';
import { isDomainError } from '@/lib/errors';

const schema = z.object({
  commentId: z.number().int().positive().max(2_147_483_647),
  reason: z.enum(Object.keys(reportReasons) as [keyof typeof reportReasons]),
  note: z.string().max(500).optional(),
});

export async function POST(req: Request) {
  const parsed = schema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return Response.json({ ok: false, message: 'Vui lòng chọn lý do báo cáo.' }, { status: 400 });
  try {
    await reportComment({ ...parsed.data, reporter: await browserId() });
    return Response.json({ ok: true, message: 'Cảm ơn bạn đã báo cáo. Ban biên tập sẽ xem xét.' });
  } catch (err) {
    if (isDomainError(err)) return Response.json({ ok: false, message: err.message }, { status: 404 });
    throw err;
  }
}
