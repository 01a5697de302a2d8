'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deskAction } from '@/lib/actions';
import { idParam } from '@/lib/ids';
import { restoreRevision } from '@/lib/articles/revisions';
import { changingStory } from '@/lib/cache/invalidation';

const restoreSchema = z.object({
  articleId: idParam,
  revisionId: idParam,
  version: idParam,
});

/** Brings an older revision back as a new version; lib/articles checks who may and when. */
export const restoreRevisionAction = deskAction('desk.enter', restoreSchema, async (input, user) => {
  const saved = await changingStory(
    input.articleId,
    (s) => (s.status === 'published' ? 'story.editedLive' : null),
    () => restoreRevision({ actor: user, ...input }),
  );
  revalidatePath(`/desk/bai-viet/${input.articleId}`);
  revalidatePath(`/desk/bai-viet/${input.articleId}/lich-su`);
  return { ok: true, message: `Đã khôi phục thành phiên bản ${saved.version}.` };
});
