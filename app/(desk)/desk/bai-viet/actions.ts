'use server';

import { revalidatePath } from 'next/cache';
import { expireReaderPages } from '@/lib/cache/reader-cache';
import { forgetGoneArticles } from '@/lib/cache/gone';
import { deskAction } from '@/lib/actions';
import { moveArticle, pinToFrontPage } from '@/lib/articles/desk';
import { moveSchema, pinSchema } from '@/lib/articles/schema';

/** One action for every step of the sign-off chain; lib/articles checks who may take which step. */
export const moveArticleAction = deskAction('desk.enter', moveSchema, async (input, user) => {
  const saved = await moveArticle({
    actor: user,
    articleId: input.articleId,
    move: input.move,
    reason: input.reason,
    publishAt: input.move === 'publish' || input.move === 'reschedule' ? input.publishAt : undefined,
  });
  if (['unpublish', 'publish', 'reschedule', 'unschedule'].includes(input.move)) forgetGoneArticles();
  expireReaderPages();
  return { ok: true, message: saved.message };
});

export const pinToFrontPageAction = deskAction('article.publish', pinSchema, async ({ articleId, rank }, user) => {
  await pinToFrontPage({ actor: user, articleId, rank });
  revalidatePath(`/desk/bai-viet/${articleId}`);
  expireReaderPages();
  return { ok: true, message: rank === null ? 'Đã bỏ ghim khỏi trang nhất.' : `Đã ghim lên trang nhất, vị trí ${rank}.` };
});
