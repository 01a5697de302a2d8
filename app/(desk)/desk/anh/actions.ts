'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deskAction } from '@/lib/actions';
import { idParam } from '@/lib/ids';
import { expireFor, readStoryFootprints } from '@/lib/cache/invalidation';
import { deleteMedia, findMediaUsage, updateMediaDetails } from '@/lib/media/library';

const detailsSchema = z.object({
  id: idParam,
  alt: z.string().max(500, 'Mô tả ảnh dài quá 500 ký tự.'),
  caption: z.string().max(1000, 'Chú thích dài quá 1.000 ký tự.'),
  credit: z.string().max(200, 'Nguồn ảnh dài quá 200 ký tự.'),
});

/** lib/media checks that a reporter edits only their own images. */
export const updateMediaDetailsAction = deskAction('media.upload', detailsSchema, async ({ id: mediaId, alt, caption, credit }, user) => {
  await updateMediaDetails({ actor: user, id: mediaId, alt, caption, credit });
  revalidatePath('/desk/anh');
  // Reader pages read a cover's alt text from the library; figures in bodies carry their own copy.
  // Live stories are visible to everyone, so the actor's view of the usages is enough to decide.
  const covered = (await findMediaUsage({ actor: user, id: mediaId })).stories.filter((u) => u.asCover && u.status === 'published');
  if (covered.length) expireFor({ kind: 'cover.changed', stories: await readStoryFootprints(covered.map((u) => u.id)) });
  return { ok: true, message: 'Đã lưu thông tin ảnh.' };
});

export const deleteMediaAction = deskAction('media.upload', z.object({ id: idParam }), async ({ id: mediaId }, user) => {
  await deleteMedia({ actor: user, id: mediaId });
  revalidatePath('/desk/anh');
  return { ok: true, message: 'Đã xóa ảnh.' };
});
