import 'server-only';
import { and, asc, desc, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import {
  articles,
  auditLog,
  bannedTerms,
  type CommentStatus,
  commenterBans,
  commentReports,
  comments,
  sections,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can } from '@/lib/auth/permissions';
import { privateHash } from '@/lib/auth/secret';
import type { Actor } from '@/lib/articles/desk';
import { isLive } from '@/lib/articles/public';
import { DomainError } from '@/lib/errors';
import { consumeRateLimit } from '@/lib/rate-limit';
import { now } from '@/lib/clock';
import { getSiteSettings } from '@/lib/settings';
import { normaliseLine, normaliseText } from '@/lib/text';
import type { ReportReason } from './reader';
import { decideComment, effectiveMode, isClosedForComments } from './rules';
import { compileTerms, exceedsLinkLimit } from './terms';

/** Per reader (IP) and per story: enough for a conversation, not for a flood. */
export const COMMENT_LIMIT = { max: 5, windowMs: 10 * 60_000 };
/** Faster than a person can read a story and type: a script. */
export const MIN_TIME_TO_SUBMIT_MS = 3_000;

export const messages = {
  held: 'Cảm ơn bạn! Bình luận đang chờ duyệt và sẽ hiển thị sau khi được kiểm duyệt.',
  shown: 'Cảm ơn bạn! Bình luận của bạn đã được đăng.',
  refusedTerms: 'Bình luận có từ ngữ không phù hợp với quy định của tòa soạn. Vui lòng sửa lại.',
  tooFast: 'Bạn gửi nhanh quá. Vui lòng đọc lại bình luận rồi gửi lần nữa.',
  rateLimited: 'Bạn gửi bình luận quá nhanh. Vui lòng chờ vài phút rồi thử lại.',
  busy: 'Bài viết đang nhận quá nhiều bình luận. Vui lòng thử lại sau ít phút.',
  closed: 'Bài viết này đã đóng bình luận.',
  missing: 'Bài viết không tồn tại hoặc đã bị gỡ.',
  badParent: 'Bình luận bạn trả lời không còn hiển thị.',
} as const;

async function loadTermMatcher() {
  const db = await getDb();
  const rows = await db.select().from(bannedTerms);
  return compileTerms(rows);
}

/** A ban still in force: its time not up, nobody lifted it. */
export function activeBan() {
  return and(gt(commenterBans.until, now()), isNull(commenterBans.liftedAt));
}

type Identity = { emailHash: string | null; browserHash: string | null; ipHash: string | null };

/** The bans that match any of a commenter's identities (email, browser, address). */
export function bansMatching({ emailHash, browserHash, ipHash }: Identity) {
  const by = (kind: 'email' | 'browser' | 'ip', hash: string | null) => (hash ? and(eq(commenterBans.kind, kind), eq(commenterBans.hash, hash)) : undefined);
  return or(by('email', emailHash), by('browser', browserHash), by('ip', ipHash)) ?? sql`false`;
}

async function isBanned(identity: Identity) {
  const db = await getDb();
  const [hit] = await db
    .select({ id: commenterBans.id })
    .from(commenterBans)
    .where(and(activeBan(), bansMatching(identity)))
    .limit(1);
  return Boolean(hit);
}

/** Someone whose comment a moderator already approved (same email, or same IP without email). */
async function hasApprovedBefore({ emailHash, ipHash }: { emailHash: string | null; ipHash: string }) {
  const db = await getDb();
  const [hit] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(
      and(
        eq(comments.status, 'approved'),
        emailHash ? eq(comments.emailHash, emailHash) : eq(comments.ipHash, ipHash),
        sql`${comments.moderatedBy} is not null`,
      ),
    )
    .limit(1);
  return Boolean(hit);
}

/** The browser id as stored on a comment: keyed, and apart from the like and report hashes. */
export const commenterBrowserHash = (browser: string) => privateHash('browser', `commenter:${browser}`);

/**
 * A reader's comment: checked against bans, the banned and suspect terms, the link limit and the
 * story's moderation mode, then stored. IPs and emails are kept only as salted hashes.
 */
export async function postComment({
  articleId,
  parentId,
  authorName,
  email,
  body,
  ip,
  browser,
  elapsedMs,
}: {
  articleId: number;
  parentId?: number;
  authorName: string;
  email?: string;
  body: string;
  ip: string;
  /** The browser's anonymous id (lib/comments/voter.ts), when it has one: bans and history follow it. */
  browser?: string | null;
  /** How long the form was open; undefined when the caller does not measure it (scripts, tests). */
  elapsedMs?: number;
}): Promise<{ id: number; status: CommentStatus; message: string }> {
  if (elapsedMs !== undefined && elapsedMs < MIN_TIME_TO_SUBMIT_MS) throw new DomainError('rate_limited', messages.tooFast);
  const db = await getDb();
  const site = await getSiteSettings();
  const [article] = await db
    .select({ id: articles.id, mode: articles.commentsMode, sectionMode: sections.commentsMode, publishedAt: articles.publishedAt })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(articles.id, articleId), isLive()));
  if (!article) throw new DomainError('not_found', messages.missing);
  const mode = effectiveMode({ article: article.mode, section: article.sectionMode, site: site.defaultCommentsMode });
  if (mode === 'closed' || isClosedForComments({ mode, publishedAt: article.publishedAt, closeAfterDays: site.commentsCloseAfterDays })) {
    throw new DomainError('closed', messages.closed);
  }
  if (parentId) {
    const [parent] = await db
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.id, parentId), eq(comments.articleId, articleId), eq(comments.status, 'approved'), isNull(comments.parentId)));
    if (!parent) throw new DomainError('invalid_input', messages.badParent);
  }

  const ipHash = privateHash('ip', ip);
  const emailHash = email ? privateHash('email', email.trim().toLowerCase()) : null;
  const browserHash = browser ? commenterBrowserHash(browser) : null;
  const ipBucket = `comment:ip:${ipHash}`;
  const articleBucket = `comment:article:${articleId}`;
  if (!(await consumeRateLimit(ipBucket, COMMENT_LIMIT)).ok) throw new DomainError('rate_limited', messages.rateLimited);
  if (!(await consumeRateLimit(articleBucket, { max: site.commentBurstPerMinute, windowMs: 60_000 })).ok) {
    throw new DomainError('rate_limited', messages.busy);
  }

  const text = normaliseText(body).trim();
  const name = normaliseLine(authorName);
  const terms = (await loadTermMatcher()).match(`${name}\n${text}`);
  const decision = decideComment(mode, {
    banned: await isBanned({ emailHash, browserHash, ipHash }),
    termVerdict: terms.verdict,
    tooManyLinks: exceedsLinkLimit(text, site.commentMaxLinks),
    firstTime: mode === 'open' ? !(await hasApprovedBefore({ emailHash, ipHash })) : false,
  });
  if (decision.outcome === 'refused') throw new DomainError('invalid_input', messages.refusedTerms);

  const [saved] = await db
    .insert(comments)
    .values({
      articleId,
      parentId: parentId ?? null,
      authorName: name,
      emailHash,
      body: text,
      ipHash,
      browserHash,
      status: decision.status,
      heldFor: decision.heldFor,
      matchedTerms: terms.matches.length ? [...new Set(terms.matches.map((m) => String(m.term.term)))] : null,
      reason: decision.silent ? 'Người bình luận đang bị chặn' : null,
    })
    .returning({ id: comments.id, status: comments.status });
  // A banned commenter is told the same as everyone whose comment waits.
  return { ...saved, message: saved.status === 'approved' ? messages.shown : messages.held };
}

export type Queue = 'pending' | 'reported' | 'approved' | 'rejected' | 'spam';
export const queueLabels: Record<Queue, string> = {
  pending: 'Chờ duyệt',
  reported: 'Bị báo cáo',
  approved: 'Đã duyệt',
  rejected: 'Đã từ chối',
  spam: 'Spam',
};

function queueCondition(queue: Queue) {
  if (queue === 'reported') return and(eq(comments.status, 'approved'), gt(comments.reports, 0));
  return eq(comments.status, queue);
}

export type QueueFilter = { articleId?: number; sectionId?: number; from?: Date; to?: Date; q?: string };

/** Every moderation read (queues, counts, a commenter's history, metrics) is for moderators only. */
export function assertCanReadModeration(actor: Actor) {
  if (!can(actor.role, 'comment.moderate')) throw new DomainError('forbidden', 'Bạn không có quyền xem hàng chờ kiểm duyệt.');
}

export async function listModerationQueue({ actor, queue = 'pending', filter = {}, limit = 50 }: { actor: Actor; queue?: Queue; filter?: QueueFilter; limit?: number }) {
  assertCanReadModeration(actor);
  const db = await getDb();
  const parent = sql<string | null>`(select p.body from ${comments} p where p.id = ${comments.parentId})`;
  // The readers' reasons since the comment was last decided on (approving clears the count, not the rows).
  const reportsSince = sql`r.comment_id = ${comments.id} and r.created_at > coalesce(${comments.moderatedAt}, '-infinity'::timestamptz)`;
  const reportReasons = sql<Partial<Record<ReportReason, number>> | null>`(select json_object_agg(x.reason, x.n) from (select r.reason, count(*)::int as n from ${commentReports} r where ${reportsSince} group by r.reason) x)`;
  const reportNotes = sql<string[] | null>`(select json_agg(y.note) from (select r.note from ${commentReports} r where ${reportsSince} and r.note is not null order by r.created_at desc limit 5) y)`;
  return db
    .select({
      id: comments.id,
      authorName: comments.authorName,
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      heldFor: comments.heldFor,
      matchedTerms: comments.matchedTerms,
      reports: comments.reports,
      reportReasons: queue === 'reported' ? reportReasons : sql<null>`null`,
      reportNotes: queue === 'reported' ? reportNotes : sql<null>`null`,
      staff: sql<boolean>`${comments.staffAuthorId} is not null`,
      parentBody: parent,
      articleId: articles.id,
      articleTitle: articles.title,
      articleSlug: articles.slug,
      sectionSlug: sections.slug,
      sectionName: sections.name,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(
      and(
        queueCondition(queue),
        filter.articleId ? eq(comments.articleId, filter.articleId) : undefined,
        filter.sectionId ? eq(articles.sectionId, filter.sectionId) : undefined,
        filter.from ? sql`${comments.createdAt} >= ${filter.from}` : undefined,
        filter.to ? lt(comments.createdAt, filter.to) : undefined,
        filter.q ? sql`f_unaccent(lower(${comments.body})) like '%' || f_unaccent(lower(${normaliseLine(filter.q)})) || '%'` : undefined,
      ),
    )
    .orderBy(queue === 'pending' ? asc(comments.createdAt) : desc(comments.createdAt), asc(comments.id))
    .limit(limit);
}

export async function countQueues({ actor }: { actor: Actor }): Promise<Record<Queue, number>> {
  assertCanReadModeration(actor);
  const db = await getDb();
  const [row] = await db
    .select({
      pending: sql<number>`count(*) filter (where ${comments.status} = 'pending')`.mapWith(Number),
      reported: sql<number>`count(*) filter (where ${comments.status} = 'approved' and ${comments.reports} > 0)`.mapWith(Number),
      approved: sql<number>`count(*) filter (where ${comments.status} = 'approved')`.mapWith(Number),
      rejected: sql<number>`count(*) filter (where ${comments.status} = 'rejected')`.mapWith(Number),
      spam: sql<number>`count(*) filter (where ${comments.status} = 'spam')`.mapWith(Number),
    })
    .from(comments);
  return row;
}

export async function countPendingComments({ actor }: { actor: Actor }): Promise<number> {
  return (await countQueues({ actor })).pending;
}

const verdicts = { approve: 'approved', reject: 'rejected', spam: 'spam' } as const;
export type Verdict = keyof typeof verdicts;

/**
 * A moderator's decision on one or more comments, in one transaction with its audit entries. The
 * entries share a batch id so that "undo" can put every comment of the batch back as it was.
 * Approving a reported comment keeps it and clears its reports.
 */
export async function moderateComments({
  actor,
  commentIds,
  verdict,
  reason,
}: {
  actor: Actor;
  commentIds: number[];
  verdict: Verdict;
  reason?: string;
}) {
  assertCanModerate(actor);
  if (commentIds.length === 0) throw new DomainError('invalid_input', 'Chưa chọn bình luận nào.');
  const db = await getDb();
  return db.transaction((tx) => applyVerdict(tx, { actor, commentIds, verdict, reason, batch: crypto.randomUUID() }));
}

export function assertCanModerate(actor: Actor) {
  if (!can(actor.role, 'comment.moderate')) throw new DomainError('forbidden', 'Bạn không có quyền kiểm duyệt bình luận.');
}

/**
 * The verdict itself, inside the caller's transaction: every comment changed gets its audit entry
 * with the batch id, so that "undo" finds it (a ban that rejects the waiting comments uses it too).
 */
export async function applyVerdict(
  tx: Tx,
  { actor, commentIds, verdict, reason, batch }: { actor: Actor; commentIds: number[]; verdict: Verdict; reason?: string; batch: string },
) {
  const current = await tx.select().from(comments).where(inArray(comments.id, commentIds)).for('update');
  if (current.length !== new Set(commentIds).size) throw new DomainError('not_found', 'Không tìm thấy bình luận.');
  const saved = await tx
    .update(comments)
    .set({
      status: verdicts[verdict],
      moderatedBy: actor.id,
      moderatedAt: new Date(),
      reason: reason ? normaliseLine(reason) : null,
      ...(verdict === 'approve' ? { reports: 0 } : {}),
    })
    .where(inArray(comments.id, commentIds))
    .returning();
  for (const before of current) {
    const after = saved.find((s) => s.id === before.id)!;
    await recordAudit(tx, {
      actorId: actor.id,
      action: `comment.${verdict}`,
      subjectType: 'comment',
      subjectId: before.id,
      before: { status: before.status, reports: before.reports, reason: before.reason, moderatedBy: before.moderatedBy, moderatedAt: before.moderatedAt, batch },
      after: { status: after.status, reason: after.reason ?? undefined, reports: after.reports, moderatedAt: after.moderatedAt?.toISOString(), batch },
    });
  }
  return saved;
}

export const moderateComment = ({ actor, commentId, verdict, reason }: { actor: Actor; commentId: number; verdict: Verdict; reason?: string }) =>
  moderateComments({ actor, commentIds: [commentId], verdict, reason }).then((rows) => rows[0]);
export const approveComment = (a: { actor: Actor; commentId: number }) => moderateComment({ ...a, verdict: 'approve' });
export const rejectComment = (a: { actor: Actor; commentId: number; reason?: string }) => moderateComment({ ...a, verdict: 'reject' });

type ModerationEntry = {
  subjectId: string;
  before: { status: CommentStatus; reports: number; reason: string | null; moderatedBy: number | null; moderatedAt: string | null };
  after: { status: CommentStatus; reports?: number; moderatedAt?: string; batch: string };
};

const verdictActions = ['comment.approve', 'comment.reject', 'comment.spam'];

/**
 * Puts back the comments of this moderator's latest batch as they were before it — only those still
 * as the batch left them: a later decision (another moderator's, or an admin's) is never overwritten.
 * A batch is undone once; asking again is refused.
 */
export async function undoLastModeration({ actor }: { actor: Actor }): Promise<{ restored: number[]; skipped: number[]; articleIds: number[] }> {
  if (!can(actor.role, 'comment.moderate')) throw new DomainError('forbidden', 'Bạn không có quyền kiểm duyệt bình luận.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const batchOf = sql<string>`${auditLog.after}->>'batch'`;
    const [last] = await tx
      .select({ batch: batchOf })
      .from(auditLog)
      .where(and(eq(auditLog.actorId, actor.id), eq(auditLog.subjectType, 'comment'), inArray(auditLog.action, [...verdictActions, 'comment.undo'])))
      .orderBy(desc(auditLog.id))
      .limit(1);
    if (!last?.batch) throw new DomainError('not_found', 'Không có thao tác nào để hoàn tác.');
    const rows = await tx
      .select({ action: auditLog.action, subjectId: auditLog.subjectId, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.actorId, actor.id), eq(auditLog.subjectType, 'comment'), eq(batchOf, last.batch)));
    if (rows.some((r) => r.action === 'comment.undo')) throw new DomainError('invalid_transition', 'Thao tác gần nhất của bạn đã được hoàn tác rồi.');
    const entries = rows.filter((r) => verdictActions.includes(r.action)) as unknown as ModerationEntry[];
    // A moderator's edit made with the verdict (lib/comments/newsroom.ts) goes back with it.
    const edits = new Map(
      (rows.filter((r) => r.action === 'comment.edit') as unknown as { subjectId: string; before: { body: string }; after: { body: string } }[]).map((r) => [Number(r.subjectId), r]),
    );
    const ids = entries.map((e) => Number(e.subjectId));
    const current = new Map((await tx.select().from(comments).where(inArray(comments.id, ids)).for('update')).map((c) => [c.id, c]));
    const restored: number[] = [];
    const skipped: number[] = [];
    for (const e of entries) {
      const id = Number(e.subjectId);
      const present = current.get(id);
      const leftByBatch =
        present &&
        present.status === e.after.status &&
        present.moderatedBy === actor.id &&
        (!e.after.moderatedAt || present.moderatedAt?.toISOString() === e.after.moderatedAt);
      if (!leftByBatch) {
        skipped.push(id);
        continue;
      }
      // Reports that came in after the batch are the readers', not the batch's: they stay counted.
      const newReports = Math.max(0, present.reports - (e.after.reports ?? present.reports));
      const edit = edits.get(id);
      await tx
        .update(comments)
        .set({
          status: e.before.status,
          reports: e.before.reports + newReports,
          reason: e.before.reason,
          moderatedBy: e.before.moderatedBy,
          moderatedAt: e.before.moderatedAt ? new Date(e.before.moderatedAt) : null,
          ...(edit && present.body === edit.after.body ? { body: edit.before.body } : {}),
        })
        .where(eq(comments.id, id));
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'comment.undo',
        subjectType: 'comment',
        subjectId: id,
        before: { status: present.status },
        after: { status: e.before.status, batch: last.batch },
      });
      restored.push(id);
    }
    const articleIds = [...new Set(entries.map((e) => current.get(Number(e.subjectId))?.articleId).filter((a): a is number => a !== undefined))];
    return { restored, skipped, articleIds };
  });
}

/** For the metrics page: median time to moderate, acts per moderator, queue size hour by hour. */
export async function getModerationMetrics({ actor, days = 7 }: { actor: Actor; days?: number }) {
  assertCanReadModeration(actor);
  const db = await getDb();
  const at = now();
  const since = new Date(at.getTime() - days * 24 * 3600_000);
  const median = (await db.execute(sql`
    select percentile_cont(0.5) within group (order by extract(epoch from (moderated_at - created_at))) as seconds
    from comments where moderated_at is not null and moderated_by is not null and moderated_at > ${since}`)) as unknown as {
    rows: { seconds: number | string | null }[];
  };
  const perModerator = (await db.execute(sql`
    select u.name, count(*)::int as acts from audit_log a join users u on u.id = a.actor_id
    where a.subject_type = 'comment' and a.at > ${since} group by u.name order by acts desc`)) as unknown as { rows: { name: string; acts: number }[] };
  const queue = (await db.execute(sql`
    select h.hour, (select count(*)::int from comments c where c.created_at <= h.hour and (c.moderated_at is null or c.moderated_at > h.hour) and (c.moderated_by is not null or c.status = 'pending')) as pending
    from generate_series(date_trunc('hour', ${at}::timestamptz) - interval '47 hours', date_trunc('hour', ${at}::timestamptz), interval '1 hour') as h(hour)
    order by h.hour`)) as unknown as { rows: { hour: string | Date; pending: number }[] };
  const seconds = median.rows[0]?.seconds;
  return {
    medianSeconds: seconds === null || seconds === undefined ? null : Number(seconds),
    perModerator: perModerator.rows.map((r) => ({ name: r.name, acts: Number(r.acts) })),
    queue: queue.rows.map((r) => ({ hour: new Date(r.hour), pending: Number(r.pending) })),
  };
}
