import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, auditLog, royaltyContributors, royaltyEntries, royaltyLines, royaltyMonths, type Section, type User, users } from '@/db/schema';
import { vietnamMonthRange } from '@/lib/dates';
import { withTestDatabase, unique } from '@/test/database';
import { createSection, createUser } from '@/test/fixtures';
import { getStatement, listMonthStories, lockMonth, reviewMonth, setStoryRoyalty, setStoryShares } from './months';
import { nextMonth } from './rules';

const { getDb } = withTestDatabase();

// A month of our own far ahead, so runs on a shared PostgreSQL never meet each other's locked months.
const year = 2200 + Math.floor(Math.random() * 700);
const month = `${year}-08`;
const plain = { translation: false, minorityLanguage: false, hardConditions: false };

let reporter: User;
let photographer: User;
let secretary: User;
let admin: User;
let section: Section;
let storyId: number;
let entryId: number;
// The unit this story was chấm at (other files on a shared PostgreSQL may add lương cơ sở values of their own).
let unit: number;

async function named(role: User['role'], name: string) {
  const user = await createUser({ role });
  const db = await getDb();
  const [row] = await db.update(users).set({ name }).where(eq(users.id, user.id)).returning();
  return row;
}

beforeAll(async () => {
  section = await createSection();
  [reporter, photographer, secretary, admin] = await Promise.all([
    named('reporter', unique('Phóng viên Hà')),
    named('reporter', unique('Nhiếp ảnh Khoa')),
    createUser({ role: 'editor' }),
    createUser({ role: 'admin' }),
  ]);
  const db = await getDb();
  const [story] = await db
    .insert(articles)
    .values({
      slug: unique('bai'),
      title: `Bài ${unique('t')}`,
      body: { type: 'doc', content: [] },
      credit: `Bài: ${reporter.name}`,
      authorId: reporter.id,
      sectionId: section.id,
      status: 'published',
      publishedAt: new Date(vietnamMonthRange(month).start.getTime() + 4 * 86_400_000),
    })
    .returning();
  storyId = story.id;
  await db.insert(auditLog).values({ actorId: secretary.id, action: 'article.publish', subjectType: 'article', subjectId: String(story.id) });
  const set = await setStoryRoyalty({ actor: secretary, input: { articleId: story.id, genre: 'tin', coefficient: 5, addOns: plain } });
  entryId = set.entryId;
  [{ unit }] = await db.select({ unit: royaltyEntries.unitValue }).from(royaltyEntries).where(eq(royaltyEntries.id, entryId));
});

const refusal = expect.objectContaining({ message: expect.stringMatching(/khóa sổ/) });

/** The database error under drizzle's wrapper (PGlite and node-postgres both carry the SQLSTATE). */
async function refused(run: () => Promise<unknown>) {
  const err = await run().then(
    () => null,
    (e: unknown) => e as { message: string; cause?: { message: string; code?: string }; code?: string },
  );
  expect(err).not.toBeNull();
  const cause = err?.cause ?? err;
  expect(cause).toEqual(refusal);
  expect(cause?.code).toBe('55000');
}

describe('shares in an open month', () => {
  it('the thư ký splits a story between an account and a new cộng tác viên; a new coefficient keeps the split', async () => {
    const outsider = unique('Cộng tác viên Lan');
    await expect(
      setStoryShares({ actor: secretary, articleId: storyId, contributors: [{ userId: reporter.id, sharePercent: 70 }, { name: outsider, sharePercent: 20 }] }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: 'Tỷ lệ chia đang cộng lại 90%, cần đúng 100%.' });
    await expect(setStoryShares({ actor: reporter, articleId: storyId, contributors: [{ userId: reporter.id, sharePercent: 100 }] })).rejects.toMatchObject({ code: 'forbidden' });
    await setStoryShares({ actor: secretary, articleId: storyId, contributors: [{ userId: reporter.id, sharePercent: 70 }, { name: outsider, sharePercent: 30 }] });
    const db = await getDb();
    const [ctv] = await db.select().from(royaltyContributors).where(eq(royaltyContributors.name, outsider));
    expect((await getStatement({ actor: admin, month, contributorId: ctv.id })).total).toBe(Math.round(0.3 * 5 * unit));
    await setStoryRoyalty({ actor: secretary, input: { articleId: storyId, genre: 'tin', coefficient: 6, addOns: plain } });
    const [row] = (await listMonthStories({ actor: secretary, month })).filter((s) => s.id === storyId);
    expect(row.shares.map((s) => s.sharePercent)).toEqual([70, 30]);
    expect((await getStatement({ actor: reporter, month })).total).toBe(Math.round(0.7 * 6 * unit));
    const trail = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, String(entryId)));
    expect(trail.filter((t) => t.action === 'royalty.change').length).toBeGreaterThanOrEqual(2);
  });
});

describe('a locked month, guarded by the database', () => {
  beforeAll(async () => {
    await reviewMonth({ actor: secretary, month });
    await lockMonth({ actor: admin, month });
  });

  it('refuses an UPDATE or DELETE of its lines through the app’s own client', async () => {
    const db = await getDb();
    await refused(() => db.update(royaltyLines).set({ amount: 1 }).where(eq(royaltyLines.entryId, entryId)));
    await refused(() => db.delete(royaltyLines).where(eq(royaltyLines.entryId, entryId)));
    await refused(() => db.update(royaltyEntries).set({ amount: 1 }).where(eq(royaltyEntries.id, entryId)));
    await refused(() => db.delete(royaltyEntries).where(eq(royaltyEntries.id, entryId)));
    await refused(() => db.insert(royaltyLines).values({ entryId, userId: photographer.id, part: 'author', sharePercent: 0, amount: 1_000_000 }));
    await refused(() => db.update(royaltyMonths).set({ status: 'draft' }).where(eq(royaltyMonths.month, month)));
  });

  it('refuses the same in raw SQL', async () => {
    const db = await getDb();
    await refused(() => db.execute(sql.raw(`UPDATE royalty_lines SET amount = amount + 1000000 WHERE entry_id = ${entryId}`)));
    await refused(() => db.execute(sql.raw(`DELETE FROM royalty_lines WHERE entry_id = ${entryId}`)));
    await refused(() => db.execute(sql.raw(`DELETE FROM royalty_entries WHERE id = ${entryId}`)));
    await refused(() => db.execute(sql.raw(`UPDATE royalty_months SET status = 'draft' WHERE month = '${month}'`)));
    await refused(() => db.execute(sql.raw(`DELETE FROM royalty_months WHERE month = '${month}'`)));
    const lines = await db.select().from(royaltyLines).where(inArray(royaltyLines.entryId, [entryId]));
    expect(lines.reduce((a, l) => a + l.amount, 0)).toBe(Math.round(6 * unit * 1.05)); // untouched: 6 units split 70/30, and 5 % thù lao biên tập
  });

  it('a new split after the lock is an adjustment in the next month, the locked lines stand', async () => {
    const before = await getStatement({ actor: reporter, month });
    const done = await setStoryShares({ actor: secretary, articleId: storyId, contributors: [{ userId: reporter.id, sharePercent: 50 }, { userId: photographer.id, sharePercent: 50 }] });
    expect(done).toMatchObject({ kind: 'adjustment', month: nextMonth(month), amount: 0 });
    expect((await getStatement({ actor: reporter, month })).total).toBe(before.total);
    const next = await getStatement({ actor: admin, month: nextMonth(month) });
    const amounts = Object.fromEntries(next.people.map((p) => [p.payee, p.lines.filter((l) => l.articleId === storyId).map((l) => l.amount)]));
    expect(amounts[reporter.name]).toEqual([Math.round(-0.2 * 6 * unit)]); // 50 % instead of 70 % of 6 units
    expect(amounts[photographer.name]).toEqual([Math.round(0.5 * 6 * unit)]);
    const [row] = (await listMonthStories({ actor: secretary, month })).filter((s) => s.id === storyId);
    expect(row.shares.map((s) => [s.userId, s.sharePercent])).toEqual([
      [reporter.id, 50],
      [photographer.id, 50],
    ]);
  });
});
