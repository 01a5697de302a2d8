import { z } from 'zod';
import { titleFromForm } from '@/lib/auth/titles';
import { parseVietnamDay, vietnamIsoDay } from '@/lib/dates';
import { idParam as id } from '@/lib/ids';
import { monthSchema } from './rules';
import '@/lib/zod-vi';

/** The forms and query strings of /desk/nhuan-but (FormData and search params come as strings). */
const checkbox = z.string().optional().transform((v) => v === 'on' || v === '1');

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

/* The settings page, /desk/nhuan-but/cai-dat. */

/** "2.530.000", "2530000 đ" → 2530000. */
const vnd = z
  .string()
  .trim()
  .min(1, 'Nhập số tiền.')
  .transform((v) => v.replace(/[.\s]|đ$/g, ''))
  .pipe(z.string().regex(/^\d{1,10}$/, 'Số tiền là số đồng, ví dụ 2.530.000.'))
  .transform(Number)
  .pipe(z.number().int().min(1, 'Số tiền phải lớn hơn 0.').max(1_000_000_000, 'Số tiền quá lớn.'));

/** A percent typed in a box: a whole number within the bounds. */
function percent(what: string, min = 0) {
  return z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, `${what}: nhập một số nguyên phần trăm.`)
    .transform(Number)
    .pipe(z.number().min(min, `${what} ít nhất ${min}%.`).max(100, `${what} nhiều nhất 100%.`));
}

/** A coefficient as a desk writes it: "7,5" or "7.5", to one decimal. */
const coefficient = z
  .string()
  .trim()
  .min(1, 'Nhập hệ số.')
  .transform((v) => v.replace(',', '.'))
  .pipe(z.string().regex(/^\d{1,4}(\.\d)?$/, 'Hệ số là một con số, lấy đến một chữ số thập phân, ví dụ 7,5.'))
  .transform(Number)
  .pipe(z.number().min(0.1, 'Hệ số phải lớn hơn 0.').max(1000, 'Hệ số quá lớn.'));

export const baseSalaryFormSchema = z.object({
  from: z
    .string()
    .trim()
    .transform((v, ctx) => {
      const day = parseVietnamDay(v);
      if (!day) {
        ctx.addIssue({ code: 'custom', message: 'Ngày áp dụng là một ngày có thật, dạng dd/mm/yyyy (ví dụ: 01/07/2026).' });
        return z.NEVER;
      }
      return vietnamIsoDay(day.start);
    }),
  amount: vnd,
});

export const royaltyRatesFormSchema = z
  .object({
    unitSharePercent: percent('Giá trị một đơn vị hệ số', 1),
    translationSharePercent: percent('Tác phẩm dịch'),
    minorityLanguagePercent: percent('Tiếng dân tộc thiểu số'),
    hardConditionsPercent: percent('Điều kiện khó khăn, nguy hiểm'),
    editorFeePercent: percent('Thù lao biên tập'),
  })
  .transform(({ translationSharePercent, minorityLanguagePercent, hardConditionsPercent, ...rest }) => ({
    ...rest,
    addOns: { translationSharePercent, minorityLanguagePercent, hardConditionsPercent },
  }));

const genreCode = z.string().trim().regex(/^[a-z0-9-]{1,40}$/, 'Mã thể loại chỉ gồm chữ thường không dấu, số và dấu gạch, ví dụ: binh-luan.');
const genreLabel = z.string().trim().min(1, 'Nhập tên thể loại.').max(80, 'Tên thể loại dài quá 80 ký tự.');

/** Every genre's row: `label-tin`, `min-tin`, `max-tin`… */
export const genreRangesFormSchema = z.looseObject({}).transform((v, ctx) => {
  const values = v as Record<string, unknown>;
  const codes = Object.keys(values)
    .map((k) => /^label-([a-z0-9-]{1,40})$/.exec(k)?.[1])
    .filter((c): c is string => !!c);
  const genres = [];
  for (const code of codes) {
    const row = z.object({ label: genreLabel, min: coefficient, max: coefficient }).safeParse({ label: values[`label-${code}`], min: values[`min-${code}`], max: values[`max-${code}`] });
    if (!row.success) {
      for (const issue of row.error.issues) ctx.addIssue({ code: 'custom', path: [`${String(issue.path[0])}-${code}`], message: issue.message });
      continue;
    }
    if (row.data.min > row.data.max) {
      ctx.addIssue({ code: 'custom', path: [`max-${code}`], message: `${row.data.label}: hệ số tối đa không được nhỏ hơn tối thiểu.` });
      continue;
    }
    genres.push({ code, ...row.data });
  }
  if (!codes.length) ctx.addIssue({ code: 'custom', path: ['genres'], message: 'Không có thể loại nào để lưu.' });
  return { genres };
});

export const newGenreFormSchema = z
  .object({ code: genreCode, label: genreLabel, min: coefficient, max: coefficient })
  .refine((g) => g.min <= g.max, { path: ['max'], message: 'Hệ số tối đa không được nhỏ hơn tối thiểu.' });

/** Two titles in one form: `clerks-role-editor`, `clerks-person-12`, `lockers-role-admin`… */
export const royaltyTitlesFormSchema = z.looseObject({}).transform((v) => ({ clerks: titleFromForm(v, 'clerks-'), lockers: titleFromForm(v, 'lockers-') }));

/**
 * A story's contributors on the worksheet: rows `payee-0` ("u12" an account, "c3" a cộng tác viên on
 * file, "moi" a new one named in `name-0`) and `share-0`; the shares must add up to 100 %.
 */
export const storySharesFormSchema = z.looseObject({ articleId: id }).transform((v, ctx) => {
  const values = v as Record<string, unknown>;
  const rows = Object.keys(values)
    .map((k) => /^payee-(\d{1,2})$/.exec(k)?.[1])
    .filter((n): n is string => !!n)
    .sort((a, b) => Number(a) - Number(b));
  const contributors: ({ userId: number; sharePercent: number } | { contributorId: number; sharePercent: number } | { name: string; sharePercent: number })[] = [];
  for (const n of rows) {
    const payee = String(values[`payee-${n}`] ?? '');
    const share = String(values[`share-${n}`] ?? '').trim();
    if (!/^\d{1,3}$/.test(share) || Number(share) > 100) {
      ctx.addIssue({ code: 'custom', path: [`share-${n}`], message: 'Tỷ lệ là số nguyên phần trăm, từ 0 đến 100.' });
      continue;
    }
    const sharePercent = Number(share);
    const m = /^([uc])(\d{1,9})$/.exec(payee);
    if (m) contributors.push(m[1] === 'u' ? { userId: Number(m[2]), sharePercent } : { contributorId: Number(m[2]), sharePercent });
    else if (payee === 'moi') {
      const name = String(values[`name-${n}`] ?? '').trim();
      if (name.length < 2 || name.length > 120) ctx.addIssue({ code: 'custom', path: [`name-${n}`], message: 'Nhập họ tên cộng tác viên (2–120 ký tự).' });
      else contributors.push({ name, sharePercent });
    } else ctx.addIssue({ code: 'custom', path: [`payee-${n}`], message: 'Chọn người hưởng nhuận bút.' });
  }
  if (!contributors.length && !rows.length) ctx.addIssue({ code: 'custom', path: ['shares'], message: 'Cần ít nhất một người hưởng nhuận bút.' });
  const total = contributors.reduce((a, c) => a + c.sharePercent, 0);
  if (contributors.length === rows.length && rows.length && total !== 100)
    ctx.addIssue({ code: 'custom', path: ['shares'], message: `Tỷ lệ chia đang cộng lại ${total}%, cần đúng 100%.` });
  return { articleId: v.articleId as number, contributors };
});
