import { z } from 'zod';
import '@/lib/zod-vi';
import { COMMENT_BODY_MAX } from './limits';

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
});

/**
 * The honeypot: a field people never see and bots fill in. It is checked before the form is parsed
 * and is not part of the schema, so a bot is neither refused nor told which field gave it away.
 */
export const HONEYPOT_FIELD = 'website';

export function filledHoneypot(form: FormData): boolean {
  const value = form.get(HONEYPOT_FIELD);
  return value !== null && (typeof value !== 'string' || value.trim() !== '');
}
