'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { idParam } from '@/lib/ids';
import { deskAction } from '@/lib/actions';
import { expireFor, readStoryFootprints } from '@/lib/cache/invalidation';
import { moderateComments, undoLastModeration } from '@/lib/comments/comments';
import { banCommenter, liftBan } from '@/lib/comments/commenters';
import { editAndApproveComment, replyAsNewsroom } from '@/lib/comments/newsroom';
import { COMMENT_BODY_MAX } from '@/lib/comments/limits';
import { addBannedTerm, removeBannedTerm } from '@/lib/comments/banned-terms';

const done = { approve: 'Đã duyệt', reject: 'Đã từ chối', spam: 'Đã đánh dấu spam' } as const;
const id = idParam;

/** A moderator's verdict may change what readers see on each story involved. */
async function expireStories(articleIds: number[], kind: 'comment.approved' | 'comment.removed') {
  for (const story of await readStoryFootprints([...new Set(articleIds)])) expireFor({ kind, story });
  revalidatePath('/desk', 'layout');
}

const moderateSchema = z.object({
  ids: z
    .string()
    .regex(/^\d{1,10}(,\d{1,10}){0,199}$/, 'Chưa chọn bình luận nào.')
    .transform((v) => v.split(',').map(Number)),
  verdict: z.enum(['approve', 'reject', 'spam'], { message: 'Thao tác không hợp lệ.' }),
  reason: z.string().trim().max(500, 'Lý do dài quá 500 ký tự.').optional(),
});

export const moderateCommentsAction = deskAction('comment.moderate', moderateSchema, async (input, user) => {
  const saved = await moderateComments({ actor: user, commentIds: input.ids, verdict: input.verdict, reason: input.reason });
  await expireStories(
    saved.map((c) => c.articleId),
    input.verdict === 'approve' ? 'comment.approved' : 'comment.removed',
  );
  return { ok: true, message: `${done[input.verdict]} ${saved.length} bình luận.` };
});

export const undoModerationAction = deskAction('comment.moderate', z.object({}), async (_input, user) => {
  const { restored, skipped, articleIds } = await undoLastModeration({ actor: user });
  // An undo may bring comments back or take them away: the story pages are what change either way.
  await expireStories(articleIds, 'comment.removed');
  const kept = skipped.length ? ` Giữ nguyên ${skipped.length} bình luận đã có người xử lý lại sau đó.` : '';
  return { ok: true, message: `Đã hoàn tác thao tác trên ${restored.length} bình luận.${kept}` };
});

const banSchema = z.object({
  commentId: id,
  by: z.enum(['email', 'browser', 'ip'], { message: 'Chọn cách chặn.' }),
  days: z.coerce.number({ message: 'Số ngày không hợp lệ.' }).int('Số ngày không hợp lệ.').min(1, 'Ít nhất 1 ngày.').max(3650, 'Nhiều nhất 3.650 ngày.'),
  reason: z.string().trim().min(3, 'Vui lòng ghi lý do chặn.').max(300, 'Lý do dài quá 300 ký tự.'),
  rejectPending: z
    .string()
    .optional()
    .transform((v) => v === 'on'),
});

export const banCommenterAction = deskAction('comment.moderate', banSchema, async (input, user) => {
  const { rejected, articleIds } = await banCommenter({ actor: user, ...input });
  await expireStories(articleIds, 'comment.removed');
  revalidatePath('/desk/binh-luan', 'layout');
  const also = input.rejectPending ? ` Đã từ chối ${rejected.length} bình luận đang chờ của người này (bấm “Hoàn tác” ở hàng chờ để đưa lại).` : '';
  return { ok: true, message: `Đã chặn người bình luận trong ${input.days} ngày.${also}` };
});

export const liftBanAction = deskAction('comment.moderate', z.object({ banId: id }), async ({ banId }, user) => {
  await liftBan({ actor: user, banId });
  revalidatePath('/desk/binh-luan', 'layout');
  return { ok: true, message: 'Đã bỏ chặn.' };
});

const commentText = z
  .string()
  .trim()
  .min(5, 'Nội dung quá ngắn (ít nhất 5 ký tự).')
  .max(COMMENT_BODY_MAX, `Nội dung dài quá ${COMMENT_BODY_MAX} ký tự.`);

export const replyAsNewsroomAction = deskAction('comment.moderate', z.object({ commentId: id, body: commentText }), async (input, user) => {
  const reply = await replyAsNewsroom({ actor: user, commentId: input.commentId, body: input.body });
  await expireStories([reply.articleId], 'comment.approved');
  return { ok: true, message: 'Đã đăng trả lời của Ban biên tập.' };
});

export const editAndApproveAction = deskAction('comment.moderate', z.object({ commentId: id, body: commentText }), async (input, user) => {
  const saved = await editAndApproveComment({ actor: user, commentId: input.commentId, body: input.body });
  await expireStories([saved.articleId], 'comment.approved');
  return { ok: true, message: 'Đã sửa và duyệt 1 bình luận.' };
});

const termSchema = z.object({
  term: z.string().trim().min(1, 'Vui lòng nhập từ ngữ.').max(100, 'Từ ngữ dài quá 100 ký tự.'),
  action: z.enum(['reject', 'hold'], { message: 'Chọn cách xử lý.' }),
  ignoreDiacritics: z.string().optional().transform((v) => v === 'on'),
});

export const addBannedTermAction = deskAction('comment.moderate', termSchema, async (input, user) => {
  await addBannedTerm({ actor: user, ...input });
  revalidatePath('/desk/binh-luan/tu-ngu');
  return { ok: true, message: `Đã thêm “${input.term}”.` };
});

export const removeBannedTermAction = deskAction('comment.moderate', z.object({ id }), async ({ id }, user) => {
  await removeBannedTerm({ actor: user, id });
  revalidatePath('/desk/binh-luan/tu-ngu');
  return { ok: true, message: 'Đã xóa.' };
});
