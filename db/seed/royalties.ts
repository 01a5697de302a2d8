import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { articles, royaltyContributors, royaltyEntries, royaltyLines, royaltyMonths, type User } from '@/db/schema';
import { vietnamIsoDay } from '@/lib/dates';
import { parseCreditContributors } from '@/lib/articles/credits';
import {
  baseSalaryOn,
  coefficientTenths,
  defaultAddOns,
  defaultBaseSalaries,
  defaultEditorFeePercent,
  defaultGenres,
  defaultUnitSharePercent,
  editorFee,
  evenShares,
  monthOfDay,
  splitByShares,
  storyAmount,
  unitValue,
} from '@/lib/royalties/rules';
import { slugify } from '@/lib/text';

/**
 * The thư ký's worksheet half done, so /desk/nhuan-but and its bảng kê are not empty on a fresh
 * clone: six of the demo's published stories chấm (genre, hệ số, add-ons, shares) in the draft month
 * they were published in — dated from the moment of seeding like the stories — the rest left to do.
 * The same arithmetic as lib/royalties/months.ts (rules.ts); safe to run twice (by story).
 */
const worksheet: { title: string; genre: string; coefficient: number; hardConditions?: boolean; shares?: number[] }[] = [
  { title: 'Hơn 5.000 vận động viên tranh tài giải marathon “Qua cầu Phú Cường”', genre: 'tin', coefficient: 8 },
  { title: 'Lúa hè thu được giá, nông dân Phước Điền thu lãi khá', genre: 'tin', coefficient: 6 },
  { title: 'Sông Lam chủ động ứng phó mùa mưa bão, sẵn sàng sơ tán hơn 12.000 hộ dân', genre: 'phong-su', coefficient: 15, hardConditions: true, shares: [70, 30] },
  { title: 'HĐND tỉnh Sông Lam thông qua 12 nghị quyết tại kỳ họp chuyên đề', genre: 'chinh-luan', coefficient: 12 },
  { title: 'Tiêm vắc xin sởi - rubella cho hơn 46.000 trẻ', genre: 'tin', coefficient: 5 },
  { title: 'Hoàn thành trùng tu đình Tân Hòa, di tích hơn 200 năm tuổi', genre: 'ky', coefficient: 18, shares: [70, 30] },
];

export async function seedRoyalties(db: Database, { reporter, editor }: { reporter: User; editor: User }) {
  // A fresh install's settings (lib/royalties/settings.ts starts from these same defaults).
  const rules = { genres: defaultGenres, baseSalaries: defaultBaseSalaries, unitSharePercent: defaultUnitSharePercent, addOns: defaultAddOns, editorFeePercent: defaultEditorFeePercent };
  for (const w of worksheet) {
    const [story] = await db.select().from(articles).where(and(eq(articles.slug, slugify(w.title)), eq(articles.status, 'published')));
    if (!story?.publishedAt) continue;
    const [done] = await db.select({ id: royaltyEntries.id }).from(royaltyEntries).where(eq(royaltyEntries.articleId, story.id));
    if (done) continue;
    const day = vietnamIsoDay(story.publishedAt);
    const month = monthOfDay(day);
    await db.insert(royaltyMonths).values({ month }).onConflictDoNothing();
    const genre = rules.genres.find((g) => g.code === w.genre)!;
    const tenths = coefficientTenths(genre, w.coefficient);
    const unit = unitValue(baseSalaryOn(rules.baseSalaries, day)!.amount, rules.unitSharePercent);
    const addOns = { translation: false, minorityLanguage: false, hardConditions: !!w.hardConditions };
    const amount = storyAmount({ tenths, unit, addOns, rates: rules.addOns });
    // "Minh Anh" in a credit line is the demo reporter Nguyễn Minh Anh; every other name is a cộng tác viên.
    const payees: { userId: number | null; contributorId: number | null }[] = [];
    for (const c of parseCreditContributors(story.credit)) {
      if (c.slug === 'minh-anh') {
        payees.push({ userId: reporter.id, contributorId: null });
        continue;
      }
      await db.insert(royaltyContributors).values({ name: c.name, slug: c.slug }).onConflictDoNothing();
      const [row] = await db.select({ id: royaltyContributors.id }).from(royaltyContributors).where(eq(royaltyContributors.slug, c.slug));
      payees.push({ userId: null, contributorId: row.id });
    }
    const shares = w.shares && w.shares.length === payees.length ? w.shares : evenShares(payees.length);
    const parts = splitByShares(amount, shares);
    const [entry] = await db
      .insert(royaltyEntries)
      .values({ articleId: story.id, month, kind: 'story', genre: genre.code, coefficientTenths: tenths, addOns, unitValue: unit, amount, setBy: editor.id })
      .returning({ id: royaltyEntries.id });
    await db.insert(royaltyLines).values([
      ...payees.map((p, i) => ({ entryId: entry.id, ...p, part: 'author' as const, sharePercent: shares[i], amount: parts[i] })),
      { entryId: entry.id, userId: editor.id, contributorId: null, part: 'editor' as const, sharePercent: 100, amount: editorFee(amount, rules.editorFeePercent) },
    ]);
  }
}
