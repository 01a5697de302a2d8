import { z } from 'zod';
import '@/lib/zod-vi';
import { richTextToPlain, sanitiseDoc } from './rich-text';
import { parseVietnamDateTime } from '@/lib/dates';
import { moves } from './workflow';

export const TITLE_MAX = 200;
export const LEAD_MAX = 600;
export const BODY_MAX = 100_000;
export const CREDIT_MAX = 120;
export const SLUG_MAX = 80;
export const SEO_TITLE_MAX = 110;
export const SEO_DESCRIPTION_MAX = 300;
export const TAG_MAX = 60;
export const TAGS_MAX = 15;

/** Credit line presets, as a Vietnamese paper prints them before the names. */
export const creditPresets = ['Tin, ảnh:', 'Bài, ảnh:', 'Bài:', 'Tin:', 'Ảnh:'] as const;

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

/**
 * What the editor sends (JSON): the TipTap document is cleaned to the allowed structure here, at
 * the boundary, so every later step sees a clean document.
 */
export const editorDraftSchema = draftSchema.omit({ body: true }).extend({
  /** A draft may be saved before its section is chosen; it is asked for when the story is sent for review. */
  sectionId: z
    .number({ message: 'Vui lòng chọn chuyên mục.' })
    .int('Vui lòng chọn chuyên mục.')
    .positive('Vui lòng chọn chuyên mục.')
    .nullable()
    .default(null),
  body: z
    .unknown()
    .transform((v) => sanitiseDoc(v))
    .refine((doc) => richTextToPlain(doc).length <= BODY_MAX, `Nội dung dài quá ${BODY_MAX.toLocaleString('vi-VN')} ký tự.`),
  tags: z
    .array(z.string().trim().min(1).max(TAG_MAX, `Mỗi từ khóa tối đa ${TAG_MAX} ký tự.`))
    .max(TAGS_MAX, `Tối đa ${TAGS_MAX} từ khóa.`)
    .default([]),
  slug: z
    .string()
    .trim()
    .max(SLUG_MAX, `Đường dẫn tối đa ${SLUG_MAX} ký tự.`)
    .regex(/^[a-z0-9-]*$/, 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.')
    .default(''),
  seoTitle: z.string().trim().max(SEO_TITLE_MAX, `Tiêu đề SEO tối đa ${SEO_TITLE_MAX} ký tự.`).default(''),
  seoDescription: z.string().trim().max(SEO_DESCRIPTION_MAX, `Mô tả SEO tối đa ${SEO_DESCRIPTION_MAX} ký tự.`).default(''),
  coverMediaId: z.number().int().positive().nullable().default(null),
  commentsMode: z.enum(['inherit', 'open', 'premoderated', 'closed'], { message: 'Chế độ bình luận không hợp lệ.' }).default('inherit'),
});

export const editorSaveSchema = editorDraftSchema.extend({
  version: z.number().int().positive(),
  /** Saved by the editor on its own every few seconds (revisions of one sitting are merged). */
  autosave: z.boolean().default(false),
});

export const moveSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  move: z.enum(Object.keys(moves) as [keyof typeof moves, ...(keyof typeof moves)[]], {
    message: 'Thao tác không hợp lệ.',
  }),
  reason: z.string().trim().max(2000, 'Lý do dài quá 2.000 ký tự.').optional(),
  /** `dd/mm/yyyy HH:mm` as typed in the date-time field, Vietnam time (UTC+7 all year); empty = now. */
  publishAt: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const at = parseVietnamDateTime(v);
      if (at) return at;
      ctx.addIssue({ code: 'custom', message: 'Thời điểm xuất bản không hợp lệ, hãy gõ theo dạng dd/mm/yyyy hh:mm (giờ 24).' });
      return z.NEVER;
    }),
});

export const pinSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  rank: z
    .string()
    .trim()
    .regex(/^([1-9])?$/, 'Thứ tự ghim từ 1 đến 9.')
    .transform((v) => (v ? Number(v) : null)),
});
