'use server';

import { headers } from 'next/headers';
import { publicAction } from '@/lib/actions';
import { clientIp } from '@/lib/auth/options';
import { postComment } from '@/lib/comments/comments';
import { commentFormSchema } from '@/lib/comments/schema';

export const postCommentAction = publicAction(commentFormSchema, async (input) => {
  if (input.website) {
    // A bot filled the honeypot: pretend all went well, store nothing.
    return { ok: true, message: 'Cảm ơn bạn! Bình luận sẽ hiển thị sau khi được kiểm duyệt.' };
  }
  await postComment({
    articleId: input.articleId,
    authorName: input.name,
    email: input.email || undefined,
    body: input.body,
    ip: clientIp(await headers()),
  });
  return { ok: true, message: 'Cảm ơn bạn! Bình luận đang chờ duyệt và sẽ hiển thị sau khi được kiểm duyệt.' };
});
