'use server';

import { revalidatePath } from 'next/cache';
import { deskAction } from '@/lib/actions';
import { formatVnd } from '@/lib/money';
import { baseSalaryFormSchema, genreRangesFormSchema, newGenreFormSchema, royaltyRatesFormSchema, royaltyTitlesFormSchema } from '@/lib/royalties/schema';
import { addBaseSalary, addGenre, saveGenreRanges, saveRoyaltyRates, saveRoyaltyTitles } from '@/lib/royalties/settings';

/** The admin's settings of nhuận bút; each change is audited in lib/royalties/settings.ts. */
const refresh = () => revalidatePath('/desk/nhuan-but', 'layout');

export const addBaseSalaryAction = deskAction('royalty.manage', baseSalaryFormSchema, async (value, user) => {
  await addBaseSalary({ actor: user, value });
  refresh();
  const [y, m, d] = value.from.split('-');
  return { ok: true, message: `Đã thêm lương cơ sở ${formatVnd(value.amount)} áp dụng từ ${d}/${m}/${y}.` };
});

export const saveRoyaltyRatesAction = deskAction('royalty.manage', royaltyRatesFormSchema, async (rates, user) => {
  await saveRoyaltyRates({ actor: user, rates });
  refresh();
  return { ok: true, message: 'Đã lưu cách tính.' };
});

export const saveGenreRangesAction = deskAction('royalty.manage', genreRangesFormSchema, async ({ genres }, user) => {
  await saveGenreRanges({ actor: user, genres });
  refresh();
  return { ok: true, message: 'Đã lưu khung hệ số.' };
});

export const addGenreAction = deskAction('royalty.manage', newGenreFormSchema, async (genre, user) => {
  await addGenre({ actor: user, genre });
  refresh();
  return { ok: true, message: `Đã thêm thể loại ${genre.label}.` };
});

export const saveRoyaltyTitlesAction = deskAction('royalty.manage', royaltyTitlesFormSchema, async ({ clerks, lockers }, user) => {
  await saveRoyaltyTitles({ actor: user, clerks, lockers });
  refresh();
  return { ok: true, message: 'Đã lưu người chấm và người khóa sổ.' };
});
