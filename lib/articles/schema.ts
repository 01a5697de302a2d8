import { z } from 'zod';
import '@/lib/zod-vi';
import { moves } from './workflow';

export const TITLE_MAX = 200;
export const LEAD_MAX = 600;
export const BODY_MAX = 100_000;
export const CREDIT_MAX = 120;

export const draftSchema = z.object({
  title: z
    .string()
    .trim()
    .min(5, 'Tiêu đề cần ít nhất 5 ký tự.')
    .max(TITLE_MAX, `Tiêu đề dài quá ${TITLE_MAX} ký tự.`),
  lead: z.string().trim().max(LEAD_MAX, `Sapo dài quá ${LEAD_MAX} ký tự.`),
  sectionId: z.coerce
    .number({ message: 'Vui lòng chọn chuyên mục.' })
    .int('Vui lòng chọn chuyên mục.')
    .positive('Vui lòng chọn chuyên mục.'),
  body: z.string().max(BODY_MAX, `Nội dung dài quá ${BODY_MAX.toLocaleString('vi-VN')} ký tự.`),
  credit: z.string().trim().max(CREDIT_MAX, `Dòng tác giả dài quá ${CREDIT_MAX} ký tự.`),
});

export const saveDraftSchema = draftSchema.extend({
  articleId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});

export const moveSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  move: z.enum(Object.keys(moves) as [keyof typeof moves, ...(keyof typeof moves)[]], {
    message: 'Thao tác không hợp lệ.',
  }),
  reason: z.string().trim().max(2000, 'Lý do dài quá 2.000 ký tự.').optional(),
  /** `yyyy-mm-ddThh:mm` as typed in Vietnam's time zone (UTC+7 all year); empty = now. */
  publishAt: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, 'Thời điểm xuất bản không hợp lệ.')
    .optional()
    .transform((v) => (v ? new Date(`${v}:00+07:00`) : undefined))
    .refine((d) => d === undefined || !Number.isNaN(d.getTime()), 'Thời điểm xuất bản không hợp lệ.'),
});

export const pinSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  rank: z
    .string()
    .trim()
    .regex(/^([1-9])?$/, 'Thứ tự ghim từ 1 đến 9.')
    .transform((v) => (v ? Number(v) : null)),
});
