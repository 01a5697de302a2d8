import { z } from 'zod';
import '@/lib/zod-vi';

export const COMMENT_BODY_MAX = 2000;

export const commentFormSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  parentId: z
    .string()
    .regex(/^\d{0,10}$/)
    .optional()
    .transform((v) => (v ? Number(v) : undefined)),
  /** How long the reader had the form open, measured in the browser (0 when nothing was typed). */
  elapsedMs: z
    .string()
    .regex(/^\d{0,12}$/)
    .optional()
    .transform((v) => Number(v || 0)),
  name: z
    .string()
    .trim()
    .min(2, 'Vui lòng nhập họ tên (ít nhất 2 ký tự).')
    .max(80, 'Họ tên dài quá 80 ký tự.'),
  email: z
    .string()
    .trim()
    .max(254, 'Email quá dài.')
    .refine((v) => v === '' || z.email().safeParse(v).success, 'Email không hợp lệ.')
    .optional(),
  body: z
    .string()
    .trim()
    .min(5, 'Bình luận quá ngắn (ít nhất 5 ký tự).')
    .max(COMMENT_BODY_MAX, `Bình luận dài quá ${COMMENT_BODY_MAX} ký tự.`),
  // Honeypot: people never see this field; bots fill it in.
  website: z.string().max(0).optional(),
});
