'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { idParam } from '@/lib/ids';
import { deskAction } from '@/lib/actions';
import { expireReaderPages } from '@/lib/cache/reader-cache';
import { DomainError } from '@/lib/errors';
import { deleteTag, findTagByName, mergeTags, renameTag, TAG_NAME_MAX } from '@/lib/tags';

/** Tag pages, story pages and lists show tags: expire them all. */
function afterChange() {
  revalidatePath('/desk/the');
  expireReaderPages();
}

const id = idParam;
const name = z.string().trim().min(1, 'Nhập tên từ khóa.').max(TAG_NAME_MAX, `Tên từ khóa dài quá ${TAG_NAME_MAX} ký tự.`);

export const renameTagAction = deskAction('tag.manage', z.object({ id, name }), async (input, user) => {
  const tag = await renameTag({ actor: user, ...input });
  afterChange();
  return { ok: true, message: `Đã đổi tên thành “${tag.name}”.` };
});

export const mergeTagAction = deskAction('tag.manage', z.object({ fromId: id, into: name }), async ({ fromId, into }, user) => {
  const target = await findTagByName({ name: into });
  if (!target) throw new DomainError('not_found', `Không có từ khóa nào tên “${into}”. Hãy nhập đúng tên từ khóa muốn gộp vào.`);
  const merged = await mergeTags({ actor: user, fromId, intoId: target.id });
  afterChange();
  return { ok: true, message: `Đã gộp vào “${merged.name}”.` };
});

export const deleteTagAction = deskAction('tag.manage', z.object({ id }), async (input, user) => {
  await deleteTag({ actor: user, ...input });
  afterChange();
  return { ok: true, message: 'Đã xóa từ khóa.' };
});
