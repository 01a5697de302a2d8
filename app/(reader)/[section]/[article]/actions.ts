'use server';

import { headers } from 'next/headers';
import { publicAction } from '@/lib/actions';
import { clientAddress } from '@/lib/client-address';
import { messages, postComment } from '@/lib/comments/comments';
import { commentFormSchema } from '@/lib/comments/schema';
import { getArticlePathById } from '@/lib/articles/public';
import { expireArticlePage } from '@/lib/cache/reader-cache';

export const postCommentAction = publicAction(commentFormSchema, async (input) => {
  if (input.website) {
    // A bot filled the honeypot: pretend all went well, store nothing.
    return { ok: true, message: messages.held };
  }
  const saved = await postComment({
    articleId: input.articleId,
    parentId: input.parentId,
    authorName: input.name,
    email: input.email || undefined,
    body: input.body,
    ip: clientAddress(await headers()),
    elapsedMs: input.elapsedMs,
  });
  if (saved.status === 'approved') {
    const path = await getArticlePathById({ id: input.articleId });
    if (path) expireArticlePage(path);
  }
  return { ok: true, message: saved.message };
});
