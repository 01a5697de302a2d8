import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Tx } from '@/db/client';
import { type Role, settings } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can } from '@/lib/auth/permissions';
import { type Title, titleSchema } from '@/lib/auth/titles';
import { DomainError } from '@/lib/errors';
import { addOnsSchema, type BaseSalary, baseSalarySchema, defaultAddOns, defaultBaseSalaries, defaultEditorFeePercent, defaultGenres, defaultUnitSharePercent, type Genre, genreSchema } from './rules';
import '@/lib/zod-vi';

export const royaltySettingsSchema = z.object({
  // Giá trị một đơn vị hệ số as a percent of lương cơ sở (10 % by Nghị định 18/2014/NĐ-CP).
  unitSharePercent: z.number().int().min(1).max(100),
  baseSalaries: z.array(baseSalarySchema).min(1).max(50),
  genres: z.array(genreSchema).min(1).max(40),
  addOns: addOnsSchema,
  // Thù lao biên tập: this percent of a story's nhuận bút, to the person who published it.
  editorFeePercent: z.number().int().min(0).max(100),
  // Thư ký tòa soạn: sets genres and coefficients; the tổng biên tập reviews and locks a month.
  clerks: titleSchema,
  lockers: titleSchema,
});
export type RoyaltySettings = z.infer<typeof royaltySettingsSchema>;

/** Every install starts here (the lương cơ sở of Nghị định 73/2024/NĐ-CP included): no seed to forget. */
export const defaultRoyaltySettings: RoyaltySettings = {
  unitSharePercent: defaultUnitSharePercent,
  baseSalaries: defaultBaseSalaries,
  genres: defaultGenres,
  addOns: defaultAddOns,
  editorFeePercent: defaultEditorFeePercent,
  clerks: { roles: ['editor', 'admin'], userIds: [] },
  lockers: { roles: ['admin'], userIds: [] },
};

const KEY = 'royalties';
type Actor = { id: number; role: Role };

export async function getRoyaltySettings({ tx }: { tx?: Tx } = {}): Promise<RoyaltySettings> {
  const db = tx ?? (await getDb());
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY));
  const parsed = royaltySettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultRoyaltySettings;
}

/** The admin replaces the whole settings (validated and audited). */
export async function saveRoyaltySettings({ actor, value }: { actor: Actor; value: unknown }): Promise<RoyaltySettings> {
  return changeRoyaltySettings(actor, () => value);
}

function validated(value: unknown): RoyaltySettings {
  const parsed = royaltySettingsSchema.safeParse(value);
  if (!parsed.success) throw new DomainError('invalid_input', parsed.error.issues[0]?.message ?? 'Cài đặt nhuận bút không hợp lệ.');
  const codes = parsed.data.genres.map((g) => g.code);
  if (new Set(codes).size !== codes.length) throw new DomainError('invalid_input', 'Mỗi thể loại cần một mã riêng.');
  const days = parsed.data.baseSalaries.map((b) => b.from);
  if (new Set(days).size !== days.length) throw new DomainError('invalid_input', 'Mỗi ngày áp dụng chỉ có một mức lương cơ sở.');
  return { ...parsed.data, baseSalaries: [...parsed.data.baseSalaries].sort((a, b) => a.from.localeCompare(b.from)) };
}

/**
 * Every change of the settings: read, change and write in one transaction with the row held, so two
 * admins saving different parts at once both keep their part; audited with before and after.
 */
export async function changeRoyaltySettings(actor: Actor, change: (current: RoyaltySettings) => unknown): Promise<RoyaltySettings> {
  if (!can(actor.role, 'royalty.manage')) throw new DomainError('forbidden', 'Bạn không có quyền đổi cách tính nhuận bút.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.insert(settings).values({ key: KEY, value: defaultRoyaltySettings }).onConflictDoNothing();
    const [row] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY)).for('update');
    const held = royaltySettingsSchema.safeParse(row?.value);
    const before = held.success ? held.data : defaultRoyaltySettings;
    const clean = validated(change(before));
    await tx.update(settings).set({ value: clean, updatedAt: new Date() }).where(eq(settings.key, KEY));
    await recordAudit(tx, { actorId: actor.id, action: 'royalty.settings', subjectType: 'settings', subjectId: KEY, before, after: clean });
    return clean;
  });
}

/**
 * A newer lương cơ sở: it applies from its day on, so it must come after every value already set —
 * the months before it keep the value they were paid at (and stories already chấm keep their unit).
 */
export function withNewBaseSalary(current: RoyaltySettings, value: BaseSalary): RoyaltySettings {
  const parsed = baseSalarySchema.safeParse(value);
  if (!parsed.success) throw new DomainError('invalid_input', parsed.error.issues[0]?.message ?? 'Mức lương cơ sở không hợp lệ.');
  const latest = current.baseSalaries.reduce((a, b) => (b.from > a ? b.from : a), '');
  if (parsed.data.from <= latest) {
    const [y, m, d] = latest.split('-');
    throw new DomainError('invalid_input', `Mức mới phải áp dụng sau ngày ${d}/${m}/${y} (mức gần nhất); các tháng trước giữ mức cũ.`, { from: ['Chọn một ngày sau mức gần nhất.'] });
  }
  return { ...current, baseSalaries: [...current.baseSalaries, parsed.data] };
}
export async function addBaseSalary({ actor, value }: { actor: Actor; value: BaseSalary }) {
  return changeRoyaltySettings(actor, (current) => withNewBaseSalary(current, value));
}

export const royaltyRatesSchema = royaltySettingsSchema.pick({ unitSharePercent: true, addOns: true, editorFeePercent: true });
export type RoyaltyRates = z.infer<typeof royaltyRatesSchema>;
export function withRates(current: RoyaltySettings, rates: RoyaltyRates): RoyaltySettings {
  return { ...current, ...royaltyRatesSchema.parse(rates) };
}
export async function saveRoyaltyRates({ actor, rates }: { actor: Actor; rates: RoyaltyRates }) {
  return changeRoyaltySettings(actor, (current) => withRates(current, rates));
}

/** The genres' coefficient ranges (and labels); a code is never renamed, the stories chấm with it still point at it. */
export function withGenreRanges(current: RoyaltySettings, genres: Genre[]): RoyaltySettings {
  for (const g of genres) if (!current.genres.some((c) => c.code === g.code)) throw new DomainError('invalid_input', `Không có thể loại mã ${g.code}.`);
  return { ...current, genres: current.genres.map((c) => genres.find((g) => g.code === c.code) ?? c) };
}
export async function saveGenreRanges({ actor, genres }: { actor: Actor; genres: Genre[] }) {
  return changeRoyaltySettings(actor, (current) => withGenreRanges(current, genres));
}

/** A genre the defaults do not have (one of the newsroom's own). */
export function withGenre(current: RoyaltySettings, genre: Genre): RoyaltySettings {
  if (current.genres.some((c) => c.code === genre.code)) throw new DomainError('invalid_input', 'Đã có thể loại với mã này.', { code: ['Mã này đã dùng.'] });
  return { ...current, genres: [...current.genres, genre] };
}
export async function addGenre({ actor, genre }: { actor: Actor; genre: Genre }) {
  return changeRoyaltySettings(actor, (current) => withGenre(current, genre));
}

/** Who sets genre and coefficient (thư ký tòa soạn), and who locks a month (tổng biên tập). */
export function withTitles(current: RoyaltySettings, { clerks, lockers }: { clerks: Title; lockers: Title }): RoyaltySettings {
  return { ...current, clerks: titleSchema.parse(clerks), lockers: titleSchema.parse(lockers) };
}
export async function saveRoyaltyTitles({ actor, clerks, lockers }: { actor: Actor; clerks: Title; lockers: Title }) {
  return changeRoyaltySettings(actor, (current) => withTitles(current, { clerks, lockers }));
}

