import { z } from 'zod';
import { monthSchema } from './rules';
import '@/lib/zod-vi';

/** The forms and query strings of /desk/nhuan-but (FormData and search params come as strings). */
const checkbox = z.string().optional().transform((v) => v === 'on' || v === '1');
const id = z.coerce.number().int().positive().max(2_147_483_647);

export const storyRoyaltyFormSchema = z.object({
  articleId: id,
  genre: z.string().min(1, 'Chọn thể loại.').max(40),
  coefficient: z
    .string()
    .trim()
    .min(1, 'Nhập hệ số.')
    .transform((v) => Number(v.replace(',', '.')))
    .pipe(z.number({ message: 'Hệ số là một con số, ví dụ 7,5.' }).positive('Hệ số phải lớn hơn 0.').max(1000)),
  translation: checkbox,
  minorityLanguage: checkbox,
  hardConditions: checkbox,
});

export const monthFormSchema = z.object({ month: monthSchema });

export const statementParamsSchema = z.object({
  thang: monthSchema.optional(),
  nguoi: id.optional(),
  ctv: id.optional(),
});
