'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deskAction } from '@/lib/actions';
import { publishCorrection } from '@/lib/articles/corrections';
import { liveEditMoveMessages, moveLiveEdit } from '@/lib/articles/live-edits';
import { changingStory, expireFor, readStoryFootprint } from '@/lib/cache/invalidation';

const liveEditSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  move: z.enum(['approve', 'return', 'publish', 'discard'], { message: 'Thao tác không hợp lệ.' }),
  reason: z.string().trim().max(2000, 'Lý do dài quá 2.000 ký tự.').optional(),
});

/** A step of a live story's pending edit; publishing it changes what readers see, so their pages expire. */
export const moveLiveEditAction = deskAction('article.review', liveEditSchema, async (input, user) => {
  await changingStory(
    input.articleId,
    () => (input.move === 'publish' ? 'story.editedLive' : null),
    () => moveLiveEdit({ actor: user, articleId: input.articleId, move: input.move, reason: input.reason }),
  );
  revalidatePath(`/desk/bai-viet/${input.articleId}`);
  return { ok: true, message: liveEditMoveMessages[input.move] };
});

const correctionSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  text: z.string().trim().min(5, 'Nội dung đính chính cần ít nhất 5 ký tự.').max(2000, 'Nội dung đính chính dài quá 2.000 ký tự.'),
});

export const publishCorrectionAction = deskAction('article.correct', correctionSchema, async (input, user) => {
  await publishCorrection({ actor: user, articleId: input.articleId, text: input.text });
  revalidatePath(`/desk/bai-viet/${input.articleId}`);
  const story = await readStoryFootprint(input.articleId);
  if (story) expireFor({ kind: 'story.corrected', story });
  return { ok: true, message: 'Đã đăng đính chính.' };
});
