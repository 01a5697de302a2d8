'use server';

import { revalidatePath } from 'next/cache';
import { getArticlePathById } from '@/lib/articles/public';
import { expireArticlePage } from '@/lib/cache/reader-cache';
import { z } from 'zod';
import { deskAction } from '@/lib/actions';
import { moderateComment } from '@/lib/comments/comments';

const schema = z.object({
  commentId: z.coerce.number().int().positive(),
  verdict: z.enum(['approve', 'reject', 'spam'], { message: 'Thao tác không hợp lệ.' }),
  reason: z.string().trim().max(500, 'Lý do dài quá 500 ký tự.').optional(),
});

const done = { approve: 'Đã duyệt bình luận.', reject: 'Đã từ chối bình luận.', spam: 'Đã đánh dấu spam.' } as const;

export const moderateCommentAction = deskAction('comment.moderate', schema, async (input, user) => {
  const comment = await moderateComment({ actor: user, commentId: input.commentId, verdict: input.verdict, reason: input.reason });
  const path = await getArticlePathById({ id: comment.articleId });
  if (path) expireArticlePage(path);
  revalidatePath('/desk/binh-luan');
  return { ok: true, message: done[input.verdict] };
});
