import { z } from 'zod';
import { reportComment, reportReasons } from '@/lib/comments/reader';
import { idSchema } from '@/lib/ids';
import { publicRoute } from '@/lib/routes';

const schema = z.object({
  commentId: idSchema,
  reason: z.enum(Object.keys(reportReasons) as [keyof typeof reportReasons], 'Vui lòng chọn lý do báo cáo.'),
  note: z.string().max(500).optional(),
});

/** A reader reports a comment to the moderators: counted once per browser. */
export const POST = publicRoute(schema, async (input, { browserId, address }) => {
  await reportComment({ ...input, reporter: browserId(), ip: address });
  return { message: 'Cảm ơn bạn đã báo cáo. Ban biên tập sẽ xem xét.' };
});
