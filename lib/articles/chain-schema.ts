import { z } from 'zod';
import { titleSchema } from '@/lib/auth/titles';
import '@/lib/zod-vi';
import { MAX_LEVELS } from './signoff';

/** The chain an admin saves from /desk/quy-trinh (sent as JSON by the form). */
export const chainSchema = z.object({
  levels: z
    .array(
      titleSchema
        .extend({ title: z.string().trim().min(2, 'Tên cấp duyệt cần ít nhất 2 ký tự.').max(60, 'Tên cấp duyệt dài quá 60 ký tự.') })
        .refine((l) => l.roles.length + l.userIds.length > 0, 'Mỗi cấp cần ít nhất một vai trò hoặc một người duyệt.'),
    )
    .min(1, 'Quy trình cần ít nhất một cấp duyệt.')
    .max(MAX_LEVELS, `Tối đa ${MAX_LEVELS} cấp duyệt.`),
  /** Left out by the chain editor: the rule stays as it was (set in its own block). */
  distinctApprovers: z.boolean().optional(),
});

export const chainFormSchema = z.object({
  chain: z
    .string()
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'Dữ liệu quy trình không hợp lệ.' });
        return z.NEVER;
      }
    })
    .pipe(chainSchema),
});
