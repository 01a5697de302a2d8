import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, type User } from '@/db/schema';
import { withTestDatabase } from '@/test/database';
import { createUser } from '@/test/fixtures';
import { baseSalaryOn } from './rules';
import { baseSalaryFormSchema, genreRangesFormSchema, royaltyRatesFormSchema, royaltyTitlesFormSchema, storySharesFormSchema } from './schema';
import { addBaseSalary, changeRoyaltySettings, defaultRoyaltySettings, getRoyaltySettings, type RoyaltySettings, saveRoyaltyRates, saveRoyaltyTitles, withGenre, withGenreRanges, withNewBaseSalary, withRates, withTitles } from './settings';

const { getDb } = withTestDatabase();

let admin: User;
let editor: User;
// Far beyond the years other test files chấm in (2200–2900), and after any value already set (the
// permission matrix adds one of its own on a shared PostgreSQL), so no other run is disturbed.
let year = 3000 + Math.floor(Math.random() * 900);

beforeAll(async () => {
  [admin, editor] = await Promise.all([createUser({ role: 'admin' }), createUser({ role: 'editor' })]);
  const latest = (await getRoyaltySettings()).baseSalaries.reduce((a, b) => (b.from > a ? b.from : a), '');
  year = Math.max(year, Number(latest.slice(0, 4)) + 1);
});
afterAll(async () => {
  // Only our own value comes out again: other files may be changing the settings at the same time.
  await changeRoyaltySettings(admin, (s) => ({ ...s, baseSalaries: s.baseSalaries.filter((b) => !b.from.startsWith(`${year}-`)) }));
});

describe('the admin’s royalty settings', () => {
  it('adds a newer lương cơ sở; the days before it keep the older value, an earlier date is refused; audited', async () => {
    await addBaseSalary({ actor: admin, value: { from: `${year}-07-01`, amount: 2_530_000 } });
    const rules = await getRoyaltySettings();
    expect(baseSalaryOn(rules.baseSalaries, `${year}-06-30`)?.amount).not.toBe(2_530_000);
    expect(baseSalaryOn(rules.baseSalaries, `${year}-07-01`)?.amount).toBe(2_530_000);
    await expect(addBaseSalary({ actor: admin, value: { from: `${year}-01-01`, amount: 2_600_000 } })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/sau ngày 01\/07\//) });
    const db = await getDb();
    const trail = await db.select().from(auditLog).where(and(eq(auditLog.action, 'royalty.settings'), eq(auditLog.actorId, admin.id)));
    expect(trail).toHaveLength(1);
    expect((trail[0].after as RoyaltySettings).baseSalaries).toContainEqual({ from: `${year}-07-01`, amount: 2_530_000 });
  });

  it('only the admin changes them', async () => {
    await expect(addBaseSalary({ actor: editor, value: { from: `${year + 1}-01-01`, amount: 2_600_000 } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(saveRoyaltyRates({ actor: editor, rates: { unitSharePercent: 10, editorFeePercent: 5, addOns: defaultRoyaltySettings.addOns } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(saveRoyaltyTitles({ actor: editor, clerks: { roles: ['editor'], userIds: [] }, lockers: { roles: ['editor'], userIds: [] } })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('rates, ranges, a new genre and who chấm / khóa sổ change only their part', () => {
    const base = defaultRoyaltySettings;
    const rated = withRates(base, { unitSharePercent: 12, editorFeePercent: 7, addOns: { translationSharePercent: 40, minorityLanguagePercent: 25, hardConditionsPercent: 30 } });
    expect(rated).toMatchObject({ unitSharePercent: 12, editorFeePercent: 7, addOns: { translationSharePercent: 40 }, genres: base.genres, clerks: base.clerks });
    const ranged = withGenreRanges(base, [{ code: 'tin', label: 'Tin ngắn', min: 1, max: 8 }]);
    expect(ranged.genres.find((g) => g.code === 'tin')).toEqual({ code: 'tin', label: 'Tin ngắn', min: 1, max: 8 });
    expect(ranged.genres).toHaveLength(base.genres.length);
    expect(() => withGenreRanges(base, [{ code: 'khong-co', label: 'X', min: 1, max: 2 }])).toThrow(/Không có thể loại/);
    expect(withGenre(base, { code: 'binh-luan', label: 'Bình luận', min: 2, max: 20 }).genres.at(-1)?.code).toBe('binh-luan');
    expect(() => withGenre(base, { code: 'tin', label: 'Tin', min: 1, max: 10 })).toThrow(/Đã có thể loại/);
    expect(withTitles(base, { clerks: { roles: ['admin'], userIds: [9] }, lockers: { roles: [], userIds: [4] } })).toMatchObject({ clerks: { roles: ['admin'], userIds: [9] }, lockers: { roles: [], userIds: [4] } });
    expect(() => withNewBaseSalary(base, { from: '2024-07-01', amount: 2_500_000 })).toThrow(/sau ngày 01\/07\/2024/);
  });
});

describe('the settings forms', () => {
  it('read dates, đồng and percents as the desk types them, with Vietnamese errors', () => {
    expect(baseSalaryFormSchema.parse({ from: '1/7/2026', amount: '2.530.000' })).toEqual({ from: '2026-07-01', amount: 2_530_000 });
    expect(baseSalaryFormSchema.safeParse({ from: '31/02/2026', amount: '2530000' }).error?.issues[0].message).toMatch(/ngày có thật/);
    expect(baseSalaryFormSchema.safeParse({ from: '01/07/2026', amount: 'hai triệu' }).error?.issues[0].message).toMatch(/số đồng/);
    expect(royaltyRatesFormSchema.safeParse({ unitSharePercent: '0', translationSharePercent: '50', minorityLanguagePercent: '20', hardConditionsPercent: '20', editorFeePercent: '5' }).error?.issues[0].message).toMatch(/ít nhất 1%/);
    const ranges = genreRangesFormSchema.safeParse({ 'label-tin': 'Tin', 'min-tin': '1', 'max-tin': '10', 'label-ky': 'Ký', 'min-ky': '12', 'max-ky': '7,5' });
    expect(ranges.error?.issues[0]).toMatchObject({ path: ['max-ky'], message: expect.stringMatching(/không được nhỏ hơn/) });
    expect(genreRangesFormSchema.parse({ 'label-tin': 'Tin', 'min-tin': '1,5', 'max-tin': '10' }).genres).toEqual([{ code: 'tin', label: 'Tin', min: 1.5, max: 10 }]);
    expect(royaltyTitlesFormSchema.parse({ 'clerks-role-editor': 'on', 'clerks-person-7': 'on', 'lockers-person-3': 'on' })).toEqual({ clerks: { roles: ['editor'], userIds: [7] }, lockers: { roles: [], userIds: [3] } });
  });

  it('a split must add up to 100 %, and a new cộng tác viên needs a name', () => {
    expect(storySharesFormSchema.parse({ articleId: '5', 'payee-0': 'u3', 'share-0': '60', 'payee-1': 'moi', 'name-1': 'Trần Văn Cường', 'share-1': '40' })).toEqual({
      articleId: 5,
      contributors: [{ userId: 3, sharePercent: 60 }, { name: 'Trần Văn Cường', sharePercent: 40 }],
    });
    expect(storySharesFormSchema.safeParse({ articleId: '5', 'payee-0': 'u3', 'share-0': '60', 'payee-1': 'c2', 'share-1': '30' }).error?.issues[0]).toMatchObject({ path: ['shares'], message: 'Tỷ lệ chia đang cộng lại 90%, cần đúng 100%.' });
    expect(storySharesFormSchema.safeParse({ articleId: '5', 'payee-0': 'moi', 'name-0': '', 'share-0': '100' }).error?.issues[0].path).toEqual(['name-0']);
    expect(storySharesFormSchema.safeParse({ articleId: '5' }).error?.issues[0].message).toMatch(/ít nhất một người/);
  });
});
