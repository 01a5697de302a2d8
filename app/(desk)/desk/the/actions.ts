'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { idParam } from '@/lib/ids';
import { deskAction } from '@/lib/actions';
import { expireFor, readTagFootprint, type StoryFootprint } from '@/lib/cache/invalidation';
import { DomainError } from '@/lib/errors';
import { deleteTag, findTagByName, mergeTags, renameTag, TAG_NAME_MAX } from '@/lib/tags';

/** The tag pages involved and the pages of the stories that showed the tag (read before the change). */
function afterChange(before: { slugs: string[]; stories: StoryFootprint[] }, newSlug?: string) {
  revalidatePath('/desk/the');
  expireFor({ kind: 'tag.changed', slugs: [...new Set([...before.slugs, ...(newSlug ? [newSlug] : [])])], stories: before.stories });
}

const id = idParam;
const name = z.string().trim().min(1, 'Nhập tên từ khóa.').max(TAG_NAME_MAX, `Tên từ khóa dài quá ${TAG_NAME_MAX} ký tự.`);

export const renameTagAction = deskAction('tag.manage', z.object({ id, name }), async (input, user) => {
  const before = await readTagFootprint([input.id]);
  const tag = await renameTag({ actor: user, ...input });
  afterChange(before, tag.slug);
  return { ok: true, message: `Đã đổi tên thành “${tag.name}”.` };
});

export const mergeTagAction = deskAction('tag.manage', z.object({ fromId: id, into: name }), async ({ fromId, into }, user) => {
  const target = await findTagByName({ name: into });
  if (!target) throw new DomainError('not_found', `Không có từ khóa nào tên “${into}”. Hãy nhập đúng tên từ khóa muốn gộp vào.`);
  const before = await readTagFootprint([fromId]);
  const merged = await mergeTags({ actor: user, fromId, intoId: target.id });
  afterChange(before, merged.slug);
  return { ok: true, message: `Đã gộp vào “${merged.name}”.` };
});

export const deleteTagAction = deskAction('tag.manage', z.object({ id }), async (input, user) => {
  const before = await readTagFootprint([input.id]);
  await deleteTag({ actor: user, ...input });
  afterChange(before);
  return { ok: true, message: 'Đã xóa từ khóa.' };
});
