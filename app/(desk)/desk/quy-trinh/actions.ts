'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deskAction } from '@/lib/actions';
import { dropSectionSignoffChain, saveSignoffChain } from '@/lib/articles/chain';
import { chainFormSchema } from '@/lib/articles/chain-schema';

const sectionId = z
  .string()
  .regex(/^\d{0,9}$/)
  .optional()
  .transform((v) => (v ? Number(v) : null));

export const saveSignoffChainAction = deskAction('workflow.manage', chainFormSchema.extend({ sectionId }), async (input, user) => {
  await saveSignoffChain({ actor: user, chain: input.chain, sectionId: input.sectionId });
  revalidatePath('/desk/quy-trinh');
  return { ok: true, message: 'Đã lưu quy trình duyệt bài.' };
});

export const dropSectionChainAction = deskAction('workflow.manage', z.object({ sectionId: z.coerce.number().int().positive() }), async (input, user) => {
  await dropSectionSignoffChain({ actor: user, sectionId: input.sectionId });
  revalidatePath('/desk/quy-trinh');
  return { ok: true, message: 'Chuyên mục dùng lại quy trình chung của tòa soạn.' };
});
