'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deskAction } from '@/lib/actions';
import { idParam } from '@/lib/ids';
import { restoreRevision } from '@/lib/articles/revisions';
import { expireReaderPages } from '@/lib/cache/reader-cache';

const restoreSchema = z.object({
  articleId: idParam,
  revisionId: idParam,
  version: idParam,
});

/** Brings an older revision back as a new version; lib/articles checks who may and when. */
export const restoreRevisionAction = deskAction('desk.enter', restoreSchema, async (input, user) => {
  const saved = await restoreRevision({ actor: user, ...input });
  revalidatePath(`/desk/bai-viet/${input.articleId}`);
  revalidatePath(`/desk/bai-viet/${input.articleId}/lich-su`);
  if (saved.status === 'published') expireReaderPages();
  return { ok: true, message: `Đã khôi phục thành phiên bản ${saved.version}.` };
});
