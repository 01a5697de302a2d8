'use server';

import { revalidatePath } from 'next/cache';
import { deskAction } from '@/lib/actions';
import { formatVnd } from '@/lib/money';
import { lockMonth, reviewMonth, setStoryRoyalty, setStoryShares } from '@/lib/royalties/months';
import { formatMonth } from '@/lib/royalties/rules';
import { monthFormSchema, storyRoyaltyFormSchema, storySharesFormSchema } from '@/lib/royalties/schema';

/** The thư ký sets a story's genre and coefficient (the title is checked in lib/royalties). */
export const setStoryRoyaltyAction = deskAction('royalty.set', storyRoyaltyFormSchema, async (input, user) => {
  const done = await setStoryRoyalty({
    actor: user,
    input: { articleId: input.articleId, genre: input.genre, coefficient: input.coefficient, addOns: { translation: input.translation, minorityLanguage: input.minorityLanguage, hardConditions: input.hardConditions } },
  });
  revalidatePath('/desk/nhuan-but');
  return {
    ok: true,
    message: done.kind === 'adjustment' ? `Tháng đã khóa sổ: ghi điều chỉnh ${formatVnd(done.amount)} vào tháng ${formatMonth(done.month)}.` : `Đã chấm ${formatVnd(done.amount)}.`,
  };
});

export const reviewMonthAction = deskAction('royalty.set', monthFormSchema, async ({ month }, user) => {
  await reviewMonth({ actor: user, month });
  revalidatePath('/desk/nhuan-but');
  return { ok: true, message: `Đã soát bảng nhuận bút tháng ${formatMonth(month)}.` };
});

export const lockMonthAction = deskAction('royalty.lock', monthFormSchema, async ({ month }, user) => {
  await lockMonth({ actor: user, month });
  revalidatePath('/desk/nhuan-but');
  return { ok: true, message: `Đã khóa sổ nhuận bút tháng ${formatMonth(month)}.` };
});

/** The thư ký changes who shares a story and how much; after a lock it becomes an adjustment next month. */
export const setStorySharesAction = deskAction('royalty.set', storySharesFormSchema, async ({ articleId, contributors }, user) => {
  const done = await setStoryShares({ actor: user, articleId, contributors });
  revalidatePath('/desk/nhuan-but');
  return {
    ok: true,
    message: done.kind === 'adjustment' ? `Tháng đã khóa sổ: phần chia mới ghi điều chỉnh vào tháng ${formatMonth(done.month)}.` : 'Đã lưu phần chia nhuận bút.',
  };
});
