import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, auditLog, royaltyContributors, type Section, type User, users } from '@/db/schema';
import { withTestDatabase, unique } from '@/test/database';
import { createSection, createUser } from '@/test/fixtures';
import { vietnamMonthRange } from '@/lib/dates';
import { getMyMonthTotal, getStatement, listMonthStories, listMonthsToLock, lockMonth, reviewMonth, setStoryRoyalty } from './months';
import { nextMonth } from './rules';
import ExcelJS from 'exceljs';
import { statementCsv, statementXlsx } from './export';
import { getRoyaltySettings, type RoyaltySettings, saveRoyaltySettings } from './settings';

const { getDb } = withTestDatabase();

let reporter: User;
let photographer: User;
let otherReporter: User;
let secretary: User;
let admin: User;
let accountant: User;
let moderator: User;
let section: Section;
let saved: RoyaltySettings;
// Months of our own, far ahead, so runs on a shared PostgreSQL never meet each other's locked months.
const year = 2200 + Math.floor(Math.random() * 700);
const month = `${year}-03`;
const salaryDay = `${year}-05-01`;

async function named(role: User['role'], name: string) {
  const user = await createUser({ role });
  const db = await getDb();
  const [row] = await db.update(users).set({ name }).where(eq(users.id, user.id)).returning();
  return row;
}

async function publishedStory({ credit, day, publisher }: { credit: string; day: number; publisher: User }) {
  const db = await getDb();
  const at = new Date(vietnamMonthRange(month).start.getTime() + (day - 1) * 86_400_000 + 9 * 3600_000);
  const [story] = await db
    .insert(articles)
    .values({ slug: unique('bai'), title: `Bài ${unique('t')}`, body: { type: 'doc', content: [] }, credit, authorId: reporter.id, sectionId: section.id, status: 'published', publishedAt: at })
    .returning();
  await db.insert(auditLog).values({ actorId: publisher.id, action: 'article.publish', subjectType: 'article', subjectId: String(story.id) });
  return story;
}

beforeAll(async () => {
  section = await createSection();
  [reporter, photographer, otherReporter, secretary, admin, accountant, moderator] = await Promise.all([
    named('reporter', unique('Phóng viên An')),
    named('reporter', unique('Nhiếp ảnh Bình')),
    named('reporter', unique('Phóng viên Chi')),
    createUser({ role: 'editor' }),
    createUser({ role: 'admin' }),
    createUser({ role: 'accountant' }),
    createUser({ role: 'moderator' }),
  ]);
  saved = await getRoyaltySettings();
  // A rise of lương cơ sở from the 1st of May of our year: March keeps the value before it.
  await saveRoyaltySettings({ actor: admin, value: { ...saved, baseSalaries: [...saved.baseSalaries, { from: salaryDay, amount: 3_000_000 }] } });
});

afterAll(async () => {
  await saveRoyaltySettings({ actor: admin, value: saved });
});

const plain = { translation: false, minorityLanguage: false, hardConditions: false };

describe('a month of nhuận bút', () => {
  it('the thư ký sets a story: the credit line names who is paid, the publisher gets thù lao', async () => {
    const story = await publishedStory({ credit: `Bài: ${reporter.name}; Ảnh: ${photographer.name}`, day: 3, publisher: secretary });
    const result = await setStoryRoyalty({ actor: secretary, input: { articleId: story.id, genre: 'phong-su', coefficient: 12, addOns: plain } });
    expect(result).toMatchObject({ month, kind: 'story', amount: 12 * 234_000 });
    const mine = await getStatement({ actor: reporter, month });
    expect(mine.people).toHaveLength(1);
    expect(mine.total).toBe(1_404_000);
    expect((await getStatement({ actor: photographer, month })).total).toBe(1_404_000);
    expect((await getStatement({ actor: secretary, month })).total).toBe(140_400); // 5 % thù lao biên tập
    expect(await getMyMonthTotal({ actor: reporter, month })).toBe(1_404_000);
  });

  it('a cộng tác viên without an account is a payee of their own; shares are adjustable', async () => {
    const outsider = unique('Cộng tác viên Dũng');
    const story = await publishedStory({ credit: `Tin, ảnh: ${outsider}`, day: 5, publisher: secretary });
    await setStoryRoyalty({ actor: secretary, input: { articleId: story.id, genre: 'tin', coefficient: 7.5, addOns: { ...plain, hardConditions: true } } });
    const db = await getDb();
    const [ctv] = await db.select().from(royaltyContributors).where(eq(royaltyContributors.name, outsider));
    expect(ctv).toBeTruthy();
    const all = await getStatement({ actor: accountant, month, contributorId: ctv.id });
    expect(all.total).toBe(2_106_000); // 7,5 × 234.000 × 120 %
    await setStoryRoyalty({ actor: secretary, input: { articleId: story.id, genre: 'tin', coefficient: 7.5, addOns: plain, contributors: [{ contributorId: ctv.id, sharePercent: 67 }, { userId: otherReporter.id, sharePercent: 33 }] } });
    expect((await getStatement({ actor: accountant, month, contributorId: ctv.id })).total).toBe(1_175_850);
    expect((await getStatement({ actor: otherReporter, month })).total).toBe(579_150);
    await expect(setStoryRoyalty({ actor: secretary, input: { articleId: story.id, genre: 'tin', coefficient: 7.5, addOns: plain, contributors: [{ contributorId: ctv.id, sharePercent: 60 }] } })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('refuses a coefficient above the genre’s cap, and anyone who is not the thư ký', async () => {
    const story = await publishedStory({ credit: '', day: 7, publisher: secretary });
    await expect(setStoryRoyalty({ actor: secretary, input: { articleId: story.id, genre: 'tin', coefficient: 11, addOns: plain } })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/từ 1 đến 10/) });
    for (const who of [reporter, accountant, moderator])
      await expect(setStoryRoyalty({ actor: who, input: { articleId: story.id, genre: 'tin', coefficient: 5, addOns: plain } })).rejects.toMatchObject({ code: 'forbidden' });
    const rows = await listMonthStories({ actor: secretary, month });
    expect(rows.find((r) => r.id === story.id)?.entry).toBeNull();
  });

  it('a new lương cơ sở applies from its date, not to a month before it', async () => {
    const db = await getDb();
    const mayStory = await publishedStory({ credit: '', day: 1, publisher: secretary });
    await db.update(articles).set({ publishedAt: new Date(vietnamMonthRange(`${year}-05`).start.getTime() + 3600_000) }).where(eq(articles.id, mayStory.id));
    const may = await setStoryRoyalty({ actor: secretary, input: { articleId: mayStory.id, genre: 'tin', coefficient: 10, addOns: plain } });
    expect(may).toMatchObject({ month: `${year}-05`, amount: 3_000_000 });
  });

  it('a reporter sees only their own statement; the accountant sees everyone', async () => {
    await expect(getStatement({ actor: reporter, month, userId: photographer.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getStatement({ actor: moderator, month })).rejects.toMatchObject({ code: 'forbidden' });
    const own = await getStatement({ actor: reporter, month });
    expect(own.people.every((p) => p.userId === reporter.id)).toBe(true);
    const everyone = await getStatement({ actor: accountant, month });
    expect(everyone.everyone).toBe(true);
    expect(everyone.people.map((p) => p.userId)).toEqual(expect.arrayContaining([reporter.id, photographer.id, secretary.id]));
    await expect(listMonthStories({ actor: reporter, month })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('the tổng biên tập locks the month; a later change is an adjustment in the next open month', async () => {
    const story = await publishedStory({ credit: reporter.name, day: 20, publisher: secretary });
    await setStoryRoyalty({ actor: secretary, input: { articleId: story.id, genre: 'tin', coefficient: 5, addOns: plain } });
    const before = await getStatement({ actor: reporter, month });
    expect(await listMonthsToLock({ actor: admin })).toEqual(expect.arrayContaining([expect.objectContaining({ month, status: 'draft' })]));
    expect(await listMonthsToLock({ actor: secretary })).toEqual([]);
    await expect(lockMonth({ actor: admin, month })).rejects.toMatchObject({ code: 'invalid_transition' });
    await reviewMonth({ actor: secretary, month });
    await expect(lockMonth({ actor: secretary, month })).rejects.toMatchObject({ code: 'forbidden' });
    await lockMonth({ actor: admin, month });
    await expect(lockMonth({ actor: admin, month })).rejects.toMatchObject({ code: 'invalid_transition' });

    const change = await setStoryRoyalty({ actor: secretary, input: { articleId: story.id, genre: 'tin', coefficient: 8, addOns: plain } });
    expect(change).toMatchObject({ kind: 'adjustment', month: nextMonth(month), amount: 3 * 234_000 });
    expect((await getStatement({ actor: reporter, month })).total).toBe(before.total); // the locked month stands
    const april = await getStatement({ actor: reporter, month: nextMonth(month) });
    const line = april.people[0].lines.find((l) => l.articleId === story.id)!;
    expect(line).toMatchObject({ kind: 'adjustment', adjustsMonth: month, amount: 702_000 });
    // Changing it again before April locks replaces April's adjustment, never stacks it.
    await setStoryRoyalty({ actor: secretary, input: { articleId: story.id, genre: 'tin', coefficient: 4, addOns: plain } });
    const again = await getStatement({ actor: reporter, month: nextMonth(month) });
    expect(again.people[0].lines.filter((l) => l.articleId === story.id).map((l) => l.amount)).toEqual([-234_000]);

    const db = await getDb();
    const trail = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectType, 'royalty'));
    expect(trail.map((t) => t.action)).toEqual(expect.arrayContaining(['royalty.set', 'royalty.change', 'royalty.review', 'royalty.lock', 'royalty.adjust']));
  });
  it('the bảng kê exports: XLSX read back has numbers in the VND format, the CSV starts with a BOM', async () => {
    const statement = await getStatement({ actor: accountant, month });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await statementXlsx(statement)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(2).getCell(1).value).toBe('Người nhận');
    const amounts: number[] = [];
    sheet.eachRow((row, n) => {
      if (n > 2 && row.getCell(1).value !== 'Tổng cộng') amounts.push(row.getCell(7).value as number);
    });
    expect(amounts.every((a) => typeof a === 'number')).toBe(true);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(statement.total);
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(1).value).toBe('Tổng cộng');
    expect(last.getCell(7).value).toBe(statement.total);
    expect(sheet.getColumn(7).numFmt).toContain('#,##0');
    const csv = statementCsv(statement);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`${reporter.name};`);
    expect(csv.trimEnd().endsWith(`;${statement.total}`)).toBe(true);
  });
});
