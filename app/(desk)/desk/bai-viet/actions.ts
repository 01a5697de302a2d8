'use server';

import { revalidatePath } from 'next/cache';
import { changingStory, expireFor, readStoryFootprint } from '@/lib/cache/invalidation';
import { deskAction } from '@/lib/actions';
import { moveArticle, pinToFrontPage } from '@/lib/articles/desk';
import { moveSchema, pinSchema } from '@/lib/articles/schema';
import type { Move } from '@/lib/articles/workflow';

/** What a sign-off step is to readers (lib/cache/change-events.ts). */
const readerChangeOf = (move: Move) =>
  move === 'publish' ? 'story.published' : move === 'unpublish' ? 'story.takenDown' : move === 'trash' ? 'story.trashed' : 'story.moved';

/** One action for every step of the sign-off chain; lib/articles checks who may take which step. */
export const moveArticleAction = deskAction('desk.enter', moveSchema, async (input, user) => {
  const saved = await changingStory(
    input.articleId,
    () => readerChangeOf(input.move),
    () =>
      moveArticle({
        actor: user,
        articleId: input.articleId,
        move: input.move,
        reason: input.reason,
        publishAt: input.move === 'publish' || input.move === 'reschedule' ? input.publishAt : undefined,
      }),
  );
  // The desk's queues and counts (in its layout) change with every step; desk pages render per request.
  revalidatePath('/desk', 'layout');
  return { ok: true, message: saved.message };
});

export const pinToFrontPageAction = deskAction('article.publish', pinSchema, async ({ articleId, rank }, user) => {
  await pinToFrontPage({ actor: user, articleId, rank });
  revalidatePath(`/desk/bai-viet/${articleId}`);
  const story = await readStoryFootprint(articleId);
  if (story) expireFor({ kind: rank === null ? 'story.unpinned' : 'story.pinned', story });
  return { ok: true, message: rank === null ? 'Đã bỏ ghim khỏi trang nhất.' : `Đã ghim lên trang nhất, vị trí ${rank}.` };
});
