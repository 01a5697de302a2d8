import { z } from 'zod';
import '@/lib/zod-vi';

/**
 * Nhuận bút for báo điện tử under Nghị định 18/2014/NĐ-CP (14/3/2014, in force from 01/6/2014):
 * nhuận bút = hệ số × giá trị một đơn vị hệ số, and one unit is 10 % of lương cơ sở (the share is a
 * setting). The genre caps below are the decree's khung nhuận bút for báo in / báo điện tử.
 *
 * Checked (2026-12, with the search tool; the decree's own text and its annex were not reachable,
 * so these are reports of it, not the Công báo):
 * - mwld.net, "Nhuận bút báo in, báo điện tử: Hệ số tối đa là 50"
 *   (http://mwld.net/tin-tuc/hoat-dong/nhuan-but-bao-in-bao-dien-tu-he-so-toi-da-la-502.html):
 *   "hệ số nhuận bút tối đa đối với tin, trả lời bạn đọc, tranh, ảnh là 10; đối với chính luận,
 *   phóng sự, ký (01 kỳ), sáng tác văn học, nghiên cứu và bài phỏng vấn là 30"; "giá trị 01 đơn vị
 *   hệ số nhuận bút bằng 10% mức tiền lương cơ sở"; for báo nói / báo hình the caps are 10 / 30 / 50
 *   (the 50 for tọa đàm, giao lưu).
 * - business.gov.vn (item 13095, "Chế độ nhuận bút mới"): the highest hệ số went from 30 (Nghị định
 *   61/2002) to 50, "áp dụng cho cả báo nói, báo hình, báo điện tử, báo in". Which báo điện tử genre
 *   goes to 50 is not in what we could read: none of ours does; an admin adds it in the settings.
 * - vietnamnet.vn/khong-duoc-tra-nhuan-but-cham-qua-2-thang-168559.html and baoquocte.vn: the khung
 *   "chỉ quy định tối đa mà không quy định tối thiểu", and ký is counted per kỳ báo.
 * So the defaults match the reports; the lower bounds of 1 are ours (the decree sets none). Not
 * verified: the add-on percents (translation share, minority language, hard conditions) — the
 * reports name the cases but not the figures — so they are the newsroom's settings, like every range.
 *
 * Money is whole đồng throughout. One rounding rule: a story's amount is rounded half-up to the đồng
 * once; its contributors' lines split that amount by largest remainder, so lines always add up.
 * Coefficients are kept in tenths (hệ số 7,5 → 75) so the arithmetic stays in integers.
 */

export const genreSchema = z.object({
  code: z.string().trim().regex(/^[a-z0-9-]{1,40}$/, 'Mã thể loại chỉ gồm chữ thường không dấu, số và dấu gạch.'),
  label: z.string().trim().min(1).max(80),
  min: z.number().min(0.1).max(1000),
  max: z.number().min(0.1).max(1000),
}).refine((g) => g.min <= g.max, 'Hệ số tối thiểu không được lớn hơn hệ số tối đa.');
export type Genre = z.infer<typeof genreSchema>;

export const defaultGenres: Genre[] = [
  { code: 'tin', label: 'Tin', min: 1, max: 10 },
  { code: 'tra-loi-ban-doc', label: 'Trả lời bạn đọc', min: 1, max: 10 },
  { code: 'tranh', label: 'Tranh', min: 1, max: 10 },
  { code: 'anh', label: 'Ảnh', min: 1, max: 10 },
  { code: 'chinh-luan', label: 'Chính luận', min: 1, max: 30 },
  { code: 'phong-su', label: 'Phóng sự (mỗi kỳ)', min: 1, max: 30 },
  { code: 'ky', label: 'Ký (mỗi kỳ)', min: 1, max: 30 },
  { code: 'phong-van', label: 'Phỏng vấn', min: 1, max: 30 },
  { code: 'nghien-cuu', label: 'Nghiên cứu', min: 1, max: 30 },
  { code: 'sang-tac-van-hoc', label: 'Sáng tác văn học', min: 1, max: 30 },
];

/** Giá trị một đơn vị hệ số = 10 % of lương cơ sở (Nghị định 18/2014/NĐ-CP); thù lao biên tập is the newsroom's own rule. */
export const defaultUnitSharePercent = 10;
export const defaultEditorFeePercent = 5;

/** A lương cơ sở value and the Vietnam day from which it applies (yyyy-mm-dd). */
export const baseSalarySchema = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày áp dụng có dạng yyyy-mm-dd.'),
  amount: z.number().int().min(1).max(1_000_000_000),
});
export type BaseSalary = z.infer<typeof baseSalarySchema>;

/** Nghị định 73/2024/NĐ-CP: 2.340.000 đ from 01/07/2024. Every install starts with it. */
export const defaultBaseSalaries: BaseSalary[] = [{ from: '2024-07-01', amount: 2_340_000 }];

export const addOnsSchema = z.object({
  /** A translated work earns this share of an original one's amount. */
  translationSharePercent: z.number().int().min(0).max(100),
  /** Extra for a work in a minority language (tiếng dân tộc thiểu số). */
  minorityLanguagePercent: z.number().int().min(0).max(100),
  /** Extra for a work made in hard or dangerous conditions. */
  hardConditionsPercent: z.number().int().min(0).max(100),
});
export type AddOnRates = z.infer<typeof addOnsSchema>;
export const defaultAddOns: AddOnRates = { translationSharePercent: 50, minorityLanguagePercent: 20, hardConditionsPercent: 20 };

export type AddOnFlags = { translation: boolean; minorityLanguage: boolean; hardConditions: boolean };
export const noAddOns: AddOnFlags = { translation: false, minorityLanguage: false, hardConditions: false };

/** The lương cơ sở in force on a Vietnam day: the latest value whose date is not after it. */
export function baseSalaryOn(values: readonly BaseSalary[], isoDay: string): BaseSalary | null {
  let found: BaseSalary | null = null;
  for (const v of values) if (v.from <= isoDay && (!found || v.from > found.from)) found = v;
  return found;
}

/** Giá trị một đơn vị hệ số, whole đồng (half-up). */
export function unitValue(baseSalary: number, unitSharePercent: number): number {
  return Math.round((baseSalary * unitSharePercent) / 100);
}

/** Hệ số 7,5 → 75 tenths; refuses a value outside the genre's range or finer than a tenth. */
export function coefficientTenths(genre: Genre, coefficient: number): number {
  const tenths = Math.round(coefficient * 10);
  if (Math.abs(tenths - coefficient * 10) > 1e-6) throw new RangeError('Hệ số chỉ lấy đến một chữ số thập phân.');
  if (tenths < Math.round(genre.min * 10) || tenths > Math.round(genre.max * 10))
    throw new RangeError(`Hệ số của thể loại ${genre.label} phải từ ${formatCoefficient(genre.min * 10)} đến ${formatCoefficient(genre.max * 10)}.`);
  return tenths;
}

export function formatCoefficient(tenths: number): string {
  return (tenths / 10).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}

/** Round half away from zero to the đồng for a ratio of integers (exact, no float drift). */
function roundDiv(num: number, den: number): number {
  const q = Math.floor(Math.abs(num) / den);
  const r = Math.abs(num) - q * den;
  const v = 2 * r >= den ? q + 1 : q;
  return num < 0 ? -v : v;
}

/** A story's nhuận bút: hệ số × unit, a translation's share, plus the extra percents. */
export function storyAmount({ tenths, unit, addOns, rates }: { tenths: number; unit: number; addOns: AddOnFlags; rates: AddOnRates }): number {
  const share = addOns.translation ? rates.translationSharePercent : 100;
  const extra = 100 + (addOns.minorityLanguage ? rates.minorityLanguagePercent : 0) + (addOns.hardConditions ? rates.hardConditionsPercent : 0);
  return roundDiv(tenths * unit * share * extra, 10 * 100 * 100);
}

/** Splits an amount by shares (percent, summing to 100) by largest remainder: the parts add up exactly. */
export function splitByShares(amount: number, shares: readonly number[]): number[] {
  if (!shares.length) return [];
  const total = shares.reduce((a, b) => a + b, 0);
  if (total !== 100 || shares.some((s) => !Number.isInteger(s) || s < 0)) throw new RangeError('Tỷ lệ chia phải là số nguyên và cộng lại đúng 100%.');
  const sign = amount < 0 ? -1 : 1;
  const abs = Math.abs(amount);
  const base = shares.map((s) => Math.floor((abs * s) / 100));
  let left = abs - base.reduce((a, b) => a + b, 0);
  const order = shares.map((s, i) => ({ i, rem: (abs * s) % 100 })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    base[i] += 1;
    left -= 1;
  }
  return base.map((v) => sign * v + 0);
}

/** Shares in whole percent for n contributors, as even as possible (the first ones get the spare percent). */
export function evenShares(n: number): number[] {
  if (n <= 0) return [];
  const each = Math.floor(100 / n);
  return Array.from({ length: n }, (_, i) => each + (i < 100 - each * n ? 1 : 0));
}

/** Editors' thù lao: a percent of the story's nhuận bút, rounded half-up. */
export function editorFee(amount: number, percent: number): number {
  return roundDiv(amount * percent, 100);
}

/** "2026-03" for a Vietnam day "2026-03-14"; the month after "2026-12" is "2027-01". */
export function monthOfDay(isoDay: string): string {
  return isoDay.slice(0, 7);
}
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng có dạng yyyy-mm.');
export function formatMonth(month: string): string {
  const [y, m] = month.split('-');
  return `${m}/${y}`;
}
