'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deskAction } from '@/lib/actions';
import { dropSectionSignoffChain, saveSignoffChain, setDistinctApprovers } from '@/lib/articles/chain';
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

/** The rule "a different person at each level", in its own small form beside the chain editor. */
export const setDistinctApproversAction = deskAction(
  'workflow.manage',
  z.object({ sectionId, on: z.enum(['0', '1'], { message: 'Lựa chọn không hợp lệ.' }).transform((v) => v === '1') }),
  async (input, user) => {
    await setDistinctApprovers({ actor: user, sectionId: input.sectionId, on: input.on });
    revalidatePath('/desk/quy-trinh');
    return { ok: true, message: input.on ? 'Từ nay mỗi cấp phải do một người khác duyệt.' : 'Một người có thể duyệt nhiều cấp nếu được giao.' };
  },
);
