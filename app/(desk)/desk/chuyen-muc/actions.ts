'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { idParam } from '@/lib/ids';
import { deskAction } from '@/lib/actions';
import { expireFor, readSectionSlug } from '@/lib/cache/invalidation';
import { createSection, deleteSection, moveSection, sectionSlug, sectionSlugProblem, updateSection } from '@/lib/sections';

/** `slugs`: the section's old and new addresses (lib/cache/change-events.ts says what else expires). */
function afterChange(slugs: (string | null)[]) {
  revalidatePath('/desk/chuyen-muc');
  expireFor({ kind: 'section.changed', slugs: [...new Set(slugs.filter((s): s is string => !!s))] });
}

const fields = {
  name: z.string().trim().min(2, 'Tên chuyên mục cần ít nhất 2 ký tự.').max(60, 'Tên chuyên mục dài quá 60 ký tự.'),
  slug: z.string().trim().max(60, 'Đường dẫn dài quá 60 ký tự.'),
};

/** The address the section would get (typed, or made from the name) is checked here too, so the form marks the field. */
const sectionForm = z.object(fields).superRefine(({ name, slug }, ctx) => {
  const problem = sectionSlugProblem(sectionSlug(name, slug));
  if (problem && name.length >= 2) ctx.addIssue({ code: 'custom', path: ['slug'], message: problem });
});

export const createSectionAction = deskAction('section.manage', sectionForm, async ({ name, slug }, user) => {
  const section = await createSection({ actor: user, name, slug });
  afterChange([section.slug]);
  return { ok: true, message: `Đã thêm chuyên mục “${section.name}” (/${section.slug}).` };
});

const id = idParam;

export const updateSectionAction = deskAction('section.manage', sectionForm.safeExtend({ id }), async (input, user) => {
  const before = await readSectionSlug(input.id);
  const section = await updateSection({ actor: user, ...input });
  afterChange([before, section.slug]);
  return { ok: true, message: `Đã lưu: “${section.name}” (/${section.slug}).` };
});

export const moveSectionAction = deskAction('section.manage', z.object({ id, direction: z.enum(['up', 'down']) }), async (input, user) => {
  await moveSection({ actor: user, ...input });
  afterChange([]);
  return { ok: true };
});

export const deleteSectionAction = deskAction('section.manage', z.object({ id }), async (input, user) => {
  const before = await readSectionSlug(input.id);
  await deleteSection({ actor: user, ...input });
  afterChange([before]);
  return { ok: true, message: 'Đã xóa chuyên mục.' };
});
