import 'server-only';
import { and, asc, desc, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Tx } from '@/db/client';
import { articles, auditLog, type Role, royaltyContributors, royaltyEntries, royaltyLines, royaltyMonths, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can } from '@/lib/auth/permissions';
import { now as clockNow } from '@/lib/clock';
import { vietnamIsoDay, vietnamMonthRange } from '@/lib/dates';
import { DomainError } from '@/lib/errors';
import { slugify } from '@/lib/text';
import { parseCreditContributors } from '@/lib/articles/credits';
import { type AddOnFlags, baseSalaryOn, coefficientTenths, editorFee, evenShares, monthOfDay, monthSchema, nextMonth, splitByShares, storyAmount, unitValue } from './rules';
import { holdsTitle } from '@/lib/auth/titles';
import { idSchema } from '@/lib/ids';
import { getRoyaltySettings, type RoyaltySettings } from './settings';
import '@/lib/zod-vi';

export type Actor = { id: number; role: Role };
/** A payee: a desk account or a cộng tác viên. */
export type Payee = { userId: number; contributorId?: undefined } | { contributorId: number; userId?: undefined };

export const setStoryRoyaltySchema = z.object({
  articleId: idSchema,
  genre: z.string().min(1).max(40),
  coefficient: z.number().positive().max(1000),
  addOns: z.object({ translation: z.boolean(), minorityLanguage: z.boolean(), hardConditions: z.boolean() }),
  contributors: z
    .array(
      z.union([
        z.object({ userId: idSchema, sharePercent: z.number().int().min(0).max(100) }),
        z.object({ contributorId: idSchema, sharePercent: z.number().int().min(0).max(100) }),
        // A cộng tác viên named for the first time: put on file once, by name.
        z.object({ name: z.string().trim().min(2, 'Tên cộng tác viên cần ít nhất 2 ký tự.').max(120), sharePercent: z.number().int().min(0).max(100) }),
      ]),
    )
    .min(1, 'Cần ít nhất một người hưởng nhuận bút.')
    .max(20)
    .optional(),
  note: z.string().trim().max(500).default(''),
});
export type SetStoryRoyaltyInput = z.input<typeof setStoryRoyaltySchema>;

function refuse(message: string): never {
  throw new DomainError('forbidden', message);
}

async function requireClerk(tx: Tx | undefined, actor: Actor, rules?: RoyaltySettings) {
  const s = rules ?? (await getRoyaltySettings({ tx }));
  if (!holdsTitle(s.clerks, actor, 'royalty.set')) refuse('Chỉ thư ký tòa soạn được chấm nhuận bút.');
  return s;
}

/** The month's row, created as a draft when first touched, held for the rest of the transaction. */
async function holdMonth(tx: Tx, month: string) {
  await tx.insert(royaltyMonths).values({ month }).onConflictDoNothing();
  const [row] = await tx.select().from(royaltyMonths).where(eq(royaltyMonths.month, month)).for('update');
  return row;
}

/** The first month from `month` on that is not locked (held). */
async function firstOpenMonth(tx: Tx, month: string) {
  let m = month;
  for (;;) {
    const row = await holdMonth(tx, m);
    if (row.status !== 'locked') return row;
    m = nextMonth(m);
  }
}

const payeeKey = (l: { part: string; userId: number | null; contributorId: number | null }) => `${l.part}:${l.userId ?? ''}:${l.contributorId ?? ''}`;
type DesiredLine = { part: 'author' | 'editor'; userId: number | null; contributorId: number | null; sharePercent: number; amount: number };

/** Contributors named in the credit line: an account whose name or bút danh matches, else a cộng tác viên (created once). */
async function payeesFromCredit(tx: Tx, credit: string, authorId: number): Promise<Payee[]> {
  const named = parseCreditContributors(credit);
  if (!named.length) return [{ userId: authorId }];
  const people = await tx.select({ id: users.id, name: users.name, penName: users.penName }).from(users);
  const payees: Payee[] = [];
  for (const c of named) {
    const user = people.find((u) => slugify(u.name) === c.slug || (u.penName && slugify(u.penName) === c.slug));
    if (user) {
      payees.push({ userId: user.id });
      continue;
    }
    payees.push({ contributorId: await holdContributor(tx, c.name) });
  }
  return payees;
}

/** A cộng tác viên by name: the one already on file with the same name (without diacritics), else a new one. */
async function holdContributor(tx: Tx, name: string): Promise<number> {
  const slug = slugify(name);
  if (!slug) throw new DomainError('invalid_input', 'Tên cộng tác viên không hợp lệ.');
  await tx.insert(royaltyContributors).values({ name: name.trim(), slug }).onConflictDoNothing();
  const [row] = await tx.select({ id: royaltyContributors.id }).from(royaltyContributors).where(eq(royaltyContributors.slug, slug));
  return row.id;
}

/**
 * The shares a story's author lines stand at now: those of its latest entry (an adjustment keeps a
 * line for every person with a share, even when their amount did not move, so this stays true).
 */
function currentAuthorShares(entries: { id: number }[], lines: { entryId: number; part: string; userId: number | null; contributorId: number | null; sharePercent: number }[]) {
  const latest = entries.reduce<number | null>((a, e) => (a === null || e.id > a ? e.id : a), null);
  return lines
    .filter((l) => l.entryId === latest && l.part === 'author' && l.sharePercent > 0)
    .map((l) => (l.userId ? { userId: l.userId, sharePercent: l.sharePercent } : { contributorId: l.contributorId as number, sharePercent: l.sharePercent }));
}

/** Who published the story, from the audit log: the editor's thù lao goes to them. */
async function publisherOf(tx: Tx, articleId: number): Promise<number | null> {
  const [row] = await tx
    .select({ actorId: auditLog.actorId })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'article'), eq(auditLog.subjectId, String(articleId)), eq(auditLog.action, 'article.publish')))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(1);
  return row?.actorId ?? null;
}

/**
 * The thư ký sets a published story's genre and coefficient. In an open month the story's entry is
 * rewritten; once its month is locked the change goes in as an adjustment in the next open month,
 * naming the entry it corrects, for the difference per person — a locked month is never rewritten.
 */
export async function setStoryRoyalty({ actor, input }: { actor: Actor; input: SetStoryRoyaltyInput }) {
  const parsed = setStoryRoyaltySchema.safeParse(input);
  if (!parsed.success) throw new DomainError('invalid_input', parsed.error.issues[0]?.message ?? 'Thông tin nhuận bút không hợp lệ.');
  const data = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rules = await requireClerk(tx, actor);
    const [story] = await tx
      .select({ id: articles.id, status: articles.status, publishedAt: articles.publishedAt, credit: articles.credit, authorId: articles.authorId, title: articles.title })
      .from(articles)
      .where(eq(articles.id, data.articleId));
    if (!story) throw new DomainError('not_found', 'Không tìm thấy bài viết.');
    if (!story.publishedAt || story.status !== 'published') throw new DomainError('invalid_input', 'Chỉ chấm nhuận bút cho bài đã đăng.');
    const genre = rules.genres.find((g) => g.code === data.genre);
    if (!genre) throw new DomainError('invalid_input', 'Thể loại không có trong danh mục nhuận bút.');
    let tenths: number;
    try {
      tenths = coefficientTenths(genre, data.coefficient);
    } catch (err) {
      throw new DomainError('invalid_input', (err as Error).message);
    }
    const day = vietnamIsoDay(story.publishedAt);
    const salary = baseSalaryOn(rules.baseSalaries, day);
    if (!salary) throw new DomainError('invalid_input', 'Chưa có mức lương cơ sở áp dụng cho ngày đăng bài này.');
    const unit = unitValue(salary.amount, rules.unitSharePercent);
    const addOns: AddOnFlags = data.addOns;
    const amount = storyAmount({ tenths, unit, addOns, rates: rules.addOns });

    const entries = await tx.select().from(royaltyEntries).where(eq(royaltyEntries.articleId, story.id)).orderBy(asc(royaltyEntries.id));
    // Contributors: as given; else as the story's lines stand (a new coefficient keeps adjusted shares); else from the credit line.
    const standing = entries.length ? currentAuthorShares(entries, await tx.select().from(royaltyLines).where(inArray(royaltyLines.entryId, entries.map((e) => e.id)))) : [];
    const given = data.contributors
      ? await Promise.all(data.contributors.map(async (c) => ('name' in c ? { contributorId: await holdContributor(tx, c.name), sharePercent: c.sharePercent } : c)))
      : undefined;
    const payees =
      given ??
      (standing.length ? standing : (await payeesFromCredit(tx, story.credit, story.authorId)).map((p, i, all) => ({ ...p, sharePercent: evenShares(all.length)[i] })));
    const keys = payees.map((p) => ('userId' in p && p.userId ? `u${p.userId}` : `c${'contributorId' in p ? p.contributorId : ''}`));
    if (new Set(keys).size !== keys.length) throw new DomainError('invalid_input', 'Mỗi người chỉ có một dòng nhuận bút cho một bài.');
    let parts: number[];
    try {
      parts = splitByShares(amount, payees.map((p) => p.sharePercent));
    } catch (err) {
      throw new DomainError('invalid_input', (err as Error).message);
    }
    const userIds = payees.flatMap((p) => ('userId' in p && p.userId ? [p.userId] : []));
    if (userIds.length && (await tx.select({ id: users.id }).from(users).where(inArray(users.id, userIds))).length !== userIds.length)
      throw new DomainError('invalid_input', 'Có người hưởng nhuận bút không có trong tòa soạn.');
    const contributorIds = payees.flatMap((p) => ('contributorId' in p && p.contributorId ? [p.contributorId] : []));
    if (contributorIds.length && (await tx.select({ id: royaltyContributors.id }).from(royaltyContributors).where(inArray(royaltyContributors.id, contributorIds))).length !== contributorIds.length)
      throw new DomainError('invalid_input', 'Có cộng tác viên không có trong danh sách.');

    const desired: DesiredLine[] = payees.map((p, i) => ({
      part: 'author',
      userId: 'userId' in p && p.userId ? p.userId : null,
      contributorId: 'contributorId' in p && p.contributorId ? p.contributorId : null,
      sharePercent: p.sharePercent,
      amount: parts[i],
    }));
    const publisher = await publisherOf(tx, story.id);
    const fee = editorFee(amount, rules.editorFeePercent);
    if (publisher && fee > 0) desired.push({ part: 'editor', userId: publisher, contributorId: null, sharePercent: 100, amount: fee });

    const fields = { genre: genre.code, coefficientTenths: tenths, addOns, unitValue: unit, note: data.note, setBy: actor.id, updatedAt: clockNow() };
    const original = entries.find((e) => e.kind === 'story');
    const home = original ? await holdMonth(tx, original.month) : await firstOpenMonth(tx, monthOfDay(day));

    if (!original || (home.status !== 'locked' && entries.length === 1)) {
      let entryId: number;
      if (original) {
        await tx.update(royaltyEntries).set({ ...fields, amount }).where(eq(royaltyEntries.id, original.id));
        await tx.delete(royaltyLines).where(eq(royaltyLines.entryId, original.id));
        entryId = original.id;
      } else {
        const [row] = await tx.insert(royaltyEntries).values({ ...fields, articleId: story.id, month: home.month, kind: 'story', amount }).returning({ id: royaltyEntries.id });
        entryId = row.id;
      }
      await tx.insert(royaltyLines).values(desired.map((l) => ({ ...l, entryId })));
      await recordAudit(tx, { actorId: actor.id, action: original ? 'royalty.change' : 'royalty.set', subjectType: 'royalty', subjectId: entryId, before: original ?? null, after: { ...fields, amount, month: home.month, lines: desired } });
      return { entryId, month: home.month, kind: 'story' as const, amount };
    }

    // The story's month is locked (or already adjusted): pay the difference in the next open month.
    const target = await firstOpenMonth(tx, nextMonth(original.month));
    const pending = entries.filter((e) => e.kind === 'adjustment' && e.month === target.month);
    if (pending.length) await tx.delete(royaltyEntries).where(inArray(royaltyEntries.id, pending.map((e) => e.id)));
    const kept = entries.filter((e) => !pending.includes(e));
    const paidLines = await tx.select().from(royaltyLines).where(inArray(royaltyLines.entryId, kept.map((e) => e.id)));
    const paid = new Map<string, number>();
    for (const l of paidLines) paid.set(payeeKey(l), (paid.get(payeeKey(l)) ?? 0) + l.amount);
    const diff: DesiredLine[] = desired.map((l) => ({ ...l, amount: l.amount - (paid.get(payeeKey(l)) ?? 0) }));
    for (const l of paidLines) {
      const key = payeeKey(l);
      if (!desired.some((d) => payeeKey(d) === key) && !diff.some((d) => payeeKey(d) === key))
        diff.push({ part: l.part, userId: l.userId, contributorId: l.contributorId, sharePercent: 0, amount: -(paid.get(key) ?? 0) });
    }
    // Lines that move money, and every author's share as it now stands (0 đ when unchanged) so the shares stay on record.
    const lines = diff.filter((l) => l.amount !== 0 || (l.part === 'author' && l.sharePercent > 0));
    const paidTotal = kept.reduce((a, e) => a + e.amount, 0);
    const [row] = await tx
      .insert(royaltyEntries)
      .values({ ...fields, articleId: story.id, month: target.month, kind: 'adjustment', adjustsEntryId: original.id, amount: amount - paidTotal })
      .returning({ id: royaltyEntries.id });
    if (lines.length) await tx.insert(royaltyLines).values(lines.map((l) => ({ ...l, entryId: row.id })));
    await recordAudit(tx, { actorId: actor.id, action: 'royalty.adjust', subjectType: 'royalty', subjectId: row.id, before: { adjusts: original.id, paidTotal }, after: { ...fields, amount, month: target.month, lines } });
    return { entryId: row.id, month: target.month, kind: 'adjustment' as const, amount: amount - paidTotal };
  });
}

/**
 * The thư ký changes who shares a story's nhuận bút, keeping its genre, coefficient and add-ons as
 * they stand. Goes through setStoryRoyalty, so a locked month gets an adjustment in the next one.
 */
export async function setStoryShares({ actor, articleId, contributors }: { actor: Actor; articleId: number; contributors: NonNullable<SetStoryRoyaltyInput['contributors']> }) {
  const id = idSchema.parse(articleId);
  await requireClerk(undefined, actor);
  const db = await getDb();
  const [latest] = await db.select().from(royaltyEntries).where(eq(royaltyEntries.articleId, id)).orderBy(desc(royaltyEntries.id)).limit(1);
  if (!latest) throw new DomainError('invalid_input', 'Chấm thể loại và hệ số cho bài trước, rồi mới chia nhuận bút.');
  const total = contributors.reduce((a, c) => a + c.sharePercent, 0);
  if (total !== 100) throw new DomainError('invalid_input', `Tỷ lệ chia đang cộng lại ${total}%, cần đúng 100%.`);
  return setStoryRoyalty({
    actor,
    input: { articleId: id, genre: latest.genre, coefficient: latest.coefficientTenths / 10, addOns: latest.addOns as AddOnFlags, contributors, note: latest.note },
  });
}

/** The people a share can go to: desk accounts and the cộng tác viên on file. */
export async function listPayees({ actor }: { actor: Actor }) {
  await requireClerk(undefined, actor);
  const db = await getDb();
  const [people, contributors] = await Promise.all([
    db.select({ id: users.id, name: users.name }).from(users).where(eq(users.active, true)).orderBy(asc(users.name)),
    db.select({ id: royaltyContributors.id, name: royaltyContributors.name }).from(royaltyContributors).orderBy(asc(royaltyContributors.name)),
  ]);
  return { people, contributors };
}

/** The month moves draft → reviewed (the thư ký or the tổng biên tập) → locked (the tổng biên tập only). */
export async function reviewMonth({ actor, month }: { actor: Actor; month: string }) {
  const m = monthSchema.parse(month);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rules = await getRoyaltySettings({ tx });
    if (!holdsTitle(rules.clerks, actor, 'royalty.set') && !holdsTitle(rules.lockers, actor, 'royalty.lock')) refuse('Bạn không có quyền soát bảng nhuận bút.');
    const row = await holdMonth(tx, m);
    if (row.status !== 'draft') throw new DomainError('invalid_transition', row.status === 'locked' ? 'Tháng này đã khóa sổ.' : 'Tháng này đã được soát.');
    await tx.update(royaltyMonths).set({ status: 'reviewed', reviewedBy: actor.id, reviewedAt: clockNow() }).where(eq(royaltyMonths.month, m));
    await recordAudit(tx, { actorId: actor.id, action: 'royalty.review', subjectType: 'royalty', subjectId: m, before: { status: row.status }, after: { status: 'reviewed' } });
  });
}

export async function lockMonth({ actor, month }: { actor: Actor; month: string }) {
  const m = monthSchema.parse(month);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rules = await getRoyaltySettings({ tx });
    if (!holdsTitle(rules.lockers, actor, 'royalty.lock')) refuse('Chỉ tổng biên tập được khóa sổ nhuận bút.');
    const row = await holdMonth(tx, m);
    if (row.status === 'locked') throw new DomainError('invalid_transition', 'Tháng này đã khóa sổ.');
    if (row.status !== 'reviewed') throw new DomainError('invalid_transition', 'Cần soát bảng nhuận bút trước khi khóa sổ.');
    await tx.update(royaltyMonths).set({ status: 'locked', lockedBy: actor.id, lockedAt: clockNow() }).where(eq(royaltyMonths.month, m));
    await recordAudit(tx, { actorId: actor.id, action: 'royalty.lock', subjectType: 'royalty', subjectId: m, before: { status: row.status }, after: { status: 'locked' } });
  });
}

export async function getMonthStatus({ month }: { month: string }) {
  const db = await getDb();
  const [row] = await db.select().from(royaltyMonths).where(eq(royaltyMonths.month, monthSchema.parse(month)));
  return row ?? { month, status: 'draft' as const, reviewedBy: null, reviewedAt: null, lockedBy: null, lockedAt: null, createdAt: null };
}

/** The stories published in a month and what each was given: the thư ký's worksheet. */
export async function listMonthStories({ actor, month }: { actor: Actor; month: string }) {
  const m = monthSchema.parse(month);
  const rules = await getRoyaltySettings();
  if (!holdsTitle(rules.clerks, actor, 'royalty.set') && !holdsTitle(rules.lockers, actor, 'royalty.lock') && !can(actor.role, 'royalty.readAll'))
    refuse('Bạn không có quyền xem bảng chấm nhuận bút.');
  const { start, end } = vietnamMonthRange(m);
  const db = await getDb();
  const stories = await db
    .select({ id: articles.id, title: articles.title, credit: articles.credit, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(eq(articles.status, 'published'), gte(articles.publishedAt, start), lt(articles.publishedAt, end)))
    .orderBy(asc(articles.publishedAt), asc(articles.id));
  const ids = stories.map((s) => s.id);
  const all = ids.length ? await db.select().from(royaltyEntries).where(inArray(royaltyEntries.articleId, ids)) : [];
  const lines = all.length
    ? await db
        .select({
          entryId: royaltyLines.entryId,
          part: royaltyLines.part,
          userId: royaltyLines.userId,
          contributorId: royaltyLines.contributorId,
          sharePercent: royaltyLines.sharePercent,
          payee: sql<string>`coalesce(${users.name}, ${royaltyContributors.name})`,
        })
        .from(royaltyLines)
        .leftJoin(users, eq(users.id, royaltyLines.userId))
        .leftJoin(royaltyContributors, eq(royaltyContributors.id, royaltyLines.contributorId))
        .where(inArray(royaltyLines.entryId, all.map((e) => e.id)))
        .orderBy(asc(royaltyLines.id))
    : [];
  return stories.map((s) => {
    const own = all.filter((e) => e.articleId === s.id);
    const latest = own.reduce<(typeof own)[number] | null>((a, e) => (!a || e.id > a.id ? e : a), null);
    const shares = latest ? lines.filter((l) => l.entryId === latest.id && l.part === 'author' && l.sharePercent > 0) : [];
    return {
      ...s,
      entry: own.find((e) => e.kind === 'story') ?? null,
      // What the story stands at now, adjustments included (the worksheet edits this).
      latest,
      shares: shares.map((l) => ({ userId: l.userId, contributorId: l.contributorId, payee: l.payee, sharePercent: l.sharePercent })),
    };
  });
}

export type StatementLine = {
  entryId: number;
  articleId: number;
  title: string;
  publishedAt: Date | null;
  kind: 'story' | 'adjustment';
  adjustsMonth: string | null;
  part: 'author' | 'editor';
  genre: string;
  coefficientTenths: number;
  sharePercent: number;
  amount: number;
  userId: number | null;
  contributorId: number | null;
  payee: string;
};

/**
 * The bảng kê of a month: every line, or one person's. A reporter (or anyone without `royalty.readAll`)
 * gets only their own, whatever they ask for; asking for someone else is refused.
 */
export async function getStatement({ actor, month, userId, contributorId }: { actor: Actor; month: string; userId?: number; contributorId?: number }) {
  const m = monthSchema.parse(month);
  if (!can(actor.role, 'royalty.read')) refuse('Bạn không có quyền xem bảng kê nhuận bút.');
  const all = can(actor.role, 'royalty.readAll');
  if (!all && (contributorId !== undefined || (userId !== undefined && userId !== actor.id))) refuse('Bạn chỉ xem được bảng kê của mình.');
  const onlyUser = all ? userId : actor.id;
  const db = await getDb();
  const adjusted = db.$with('adjusted').as(db.select({ id: royaltyEntries.id, month: royaltyEntries.month }).from(royaltyEntries));
  const rows = await db
    .with(adjusted)
    .select({
      entryId: royaltyEntries.id,
      articleId: royaltyEntries.articleId,
      title: articles.title,
      publishedAt: articles.publishedAt,
      kind: royaltyEntries.kind,
      adjustsMonth: adjusted.month,
      part: royaltyLines.part,
      genre: royaltyEntries.genre,
      coefficientTenths: royaltyEntries.coefficientTenths,
      sharePercent: royaltyLines.sharePercent,
      amount: royaltyLines.amount,
      userId: royaltyLines.userId,
      contributorId: royaltyLines.contributorId,
      payee: sql<string>`coalesce(${users.name}, ${royaltyContributors.name})`,
    })
    .from(royaltyLines)
    .innerJoin(royaltyEntries, eq(royaltyEntries.id, royaltyLines.entryId))
    .innerJoin(articles, eq(articles.id, royaltyEntries.articleId))
    .leftJoin(adjusted, eq(adjusted.id, royaltyEntries.adjustsEntryId))
    .leftJoin(users, eq(users.id, royaltyLines.userId))
    .leftJoin(royaltyContributors, eq(royaltyContributors.id, royaltyLines.contributorId))
    .where(
      and(
        eq(royaltyEntries.month, m),
        // A 0 đ line only records an unchanged share in an adjustment: nothing to pay, nothing to show.
        ne(royaltyLines.amount, 0),
        onlyUser !== undefined ? eq(royaltyLines.userId, onlyUser) : undefined,
        all && contributorId !== undefined ? eq(royaltyLines.contributorId, contributorId) : undefined,
      ),
    )
    .orderBy(sql`coalesce(${users.name}, ${royaltyContributors.name})`, asc(articles.publishedAt), asc(royaltyLines.id));
  const lines = rows as StatementLine[];
  const byPayee = new Map<string, { payee: string; userId: number | null; contributorId: number | null; total: number; lines: StatementLine[] }>();
  for (const l of lines) {
    const key = l.userId ? `u${l.userId}` : `c${l.contributorId}`;
    const p = byPayee.get(key) ?? { payee: l.payee, userId: l.userId, contributorId: l.contributorId, total: 0, lines: [] };
    p.total += l.amount;
    p.lines.push(l);
    byPayee.set(key, p);
  }
  const status = await getMonthStatus({ month: m });
  return { month: m, status: status.status, people: [...byPayee.values()], total: lines.reduce((a, l) => a + l.amount, 0), everyone: all && userId === undefined && contributorId === undefined };
}

/** For the desk home (h-stats): what the person earns in a month, whole đồng. */
export async function getMyMonthTotal({ actor, month }: { actor: Actor; month: string }): Promise<number> {
  if (!can(actor.role, 'royalty.read')) return 0;
  const statement = await getStatement({ actor, month, userId: actor.id });
  return statement.total;
}

/** For the tổng biên tập's home (h-stats): months with royalties not yet locked, oldest first; empty for anyone else. */
export async function listMonthsToLock({ actor }: { actor: Actor }): Promise<{ month: string; status: 'draft' | 'reviewed'; total: number }[]> {
  const rules = await getRoyaltySettings();
  if (!holdsTitle(rules.lockers, actor, 'royalty.lock')) return [];
  const db = await getDb();
  const rows = await db
    .select({ month: royaltyMonths.month, status: royaltyMonths.status, total: sql<number>`coalesce(sum(${royaltyEntries.amount}), 0)::bigint` })
    .from(royaltyMonths)
    .innerJoin(royaltyEntries, eq(royaltyEntries.month, royaltyMonths.month))
    .where(ne(royaltyMonths.status, 'locked'))
    .groupBy(royaltyMonths.month, royaltyMonths.status)
    .orderBy(asc(royaltyMonths.month));
  return rows.map((r) => ({ month: r.month, status: r.status as 'draft' | 'reviewed', total: Number(r.total) }));
}
