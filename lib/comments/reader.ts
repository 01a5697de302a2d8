import 'server-only';
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { articles, commentLikes, commentReports, comments } from '@/db/schema';
import { privateHash } from '@/lib/auth/secret';
import { isLive } from '@/lib/articles/public';
import { DomainError } from '@/lib/errors';
import { consumeRateLimit, type Limit } from '@/lib/rate-limit';
import { normaliseLine } from '@/lib/text';

/**
 * What anonymous readers do with comments besides writing them: read more of them, like, report.
 * Only comments of a live story (published, its time come) exist for readers; everything a reader
 * adds is limited per address and per browser, so neither rotating addresses nor dropping the
 * browser cookie inflates a count.
 */

/** Per address and per browser: more than a person clicks in ten minutes. */
export const LIKE_LIMIT: Limit = { max: 60, windowMs: 10 * 60_000 };
export const REPORT_LIMIT: Limit = { max: 10, windowMs: 10 * 60_000 };

const readerMessages = {
  storyGone: 'Bài viết không tồn tại hoặc đã bị gỡ.',
  commentGone: 'Bình luận không còn hiển thị.',
  tooFast: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.',
} as const;

/** The browser's id as stored: keyed, so the database never holds the cookie itself. */
const browserHash = (purpose: 'voter' | 'reporter', browser: string) => privateHash('ip', `${purpose}:${browser}`);

/** Takes one from each allowance, or refuses. */
async function withinLimits(keys: string[], limit: Limit): Promise<void> {
  for (const key of keys) {
    if (!(await consumeRateLimit(key, limit)).ok) throw new DomainError('rate_limited', readerMessages.tooFast);
  }
}

export type ReaderComment = {
  id: number;
  parentId: number | null;
  authorName: string;
  body: string;
  createdAt: Date;
  likes: number;
  /** Written by the desk: the page shows it as the newsroom's reply. */
  staff: boolean;
};

export type CommentPage = {
  total: number;
  items: (ReaderComment & { replies: ReaderComment[] })[];
  /** Pass back to get the next page; null when there is no more. */
  nextCursor: string | null;
};

const readerColumns = {
  id: comments.id,
  parentId: comments.parentId,
  authorName: comments.authorName,
  body: comments.body,
  createdAt: comments.createdAt,
  likes: comments.likes,
  staff: sql<boolean>`${comments.staffAuthorId} is not null`,
};

/**
 * The keyset cursor: created_at to the microsecond (as PostgreSQL keeps it) and the id. A cursor cut
 * to milliseconds would skip comments written within the same millisecond as a page's last one.
 */
const cursorAt = sql<string>`to_char(${comments.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function encodeCursor(c: { cursorAt: string; id: number }) {
  return `${c.cursorAt}_${c.id}`;
}

function decodeCursor(cursor: string | undefined): { at: string; id: number } | null {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)_(\d{1,10})$/.exec(cursor ?? '');
  return m ? { at: m[1], id: Number(m[2]) } : null;
}

/**
 * One page of a live story's approved comments with their replies (one level deep); not found for a
 * story readers cannot see. Keyset paging on (created_at, id): page 400 of a 20,000-comment story
 * costs what page 1 does.
 */
export async function listApprovedComments({
  articleId,
  order = 'newest',
  cursor,
  limit = 20,
}: {
  articleId: number;
  order?: 'newest' | 'oldest';
  cursor?: string;
  limit?: number;
}): Promise<CommentPage> {
  const db = await getDb();
  const [story] = await db.select({ id: articles.id }).from(articles).where(and(eq(articles.id, articleId), isLive()));
  if (!story) throw new DomainError('not_found', readerMessages.storyGone);
  const after = decodeCursor(cursor);
  const newest = order === 'newest';
  const keyset = after
    ? newest
      ? sql`(${comments.createdAt}, ${comments.id}) < (${after.at}::timestamptz, ${after.id}::int)`
      : sql`(${comments.createdAt}, ${comments.id}) > (${after.at}::timestamptz, ${after.id}::int)`
    : undefined;
  const topLevel = and(eq(comments.articleId, articleId), eq(comments.status, 'approved'), isNull(comments.parentId));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ ...readerColumns, cursorAt })
      .from(comments)
      .where(and(topLevel, keyset))
      .orderBy(newest ? desc(comments.createdAt) : asc(comments.createdAt), newest ? desc(comments.id) : asc(comments.id))
      .limit(limit + 1),
    db
      .select({ total: count() })
      .from(comments)
      .where(and(eq(comments.articleId, articleId), eq(comments.status, 'approved'))),
  ]);
  const page = rows.slice(0, limit);
  const replies = page.length
    ? await db
        .select(readerColumns)
        .from(comments)
        .where(and(eq(comments.status, 'approved'), inArray(comments.parentId, page.map((c) => c.id))))
        .orderBy(asc(comments.createdAt), asc(comments.id))
    : [];
  return {
    total,
    items: page.map((c) => ({
      id: c.id,
      parentId: c.parentId,
      authorName: c.authorName,
      body: c.body,
      createdAt: c.createdAt,
      likes: c.likes,
      staff: c.staff,
      replies: replies.filter((r) => r.parentId === c.id),
    })),
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
  };
}

/** An approved comment under a live story, locked for the count that follows; anything else is not found. */
async function shownComment(tx: Tx, commentId: number) {
  const [comment] = await tx
    .select({ id: comments.id, likes: comments.likes })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(and(eq(comments.id, commentId), eq(comments.status, 'approved'), isLive()))
    .for('update', { of: comments });
  if (!comment) throw new DomainError('not_found', readerMessages.commentGone);
  return comment;
}

/** One like per browser per comment; returns the new count. */
export async function likeComment({ commentId, voter, ip }: { commentId: number; voter: string; ip: string }) {
  const voterHash = browserHash('voter', voter);
  await withinLimits([`like:ip:${privateHash('ip', ip)}`, `like:browser:${voterHash}`], LIKE_LIMIT);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const comment = await shownComment(tx, commentId);
    const inserted = await tx.insert(commentLikes).values({ commentId, voterHash }).onConflictDoNothing().returning({ commentId: commentLikes.commentId });
    if (!inserted.length) return { likes: comment.likes, counted: false };
    const [saved] = await tx
      .update(comments)
      .set({ likes: sql`${comments.likes} + 1` })
      .where(eq(comments.id, commentId))
      .returning({ likes: comments.likes });
    return { likes: saved.likes, counted: true };
  });
}

/** The most comments one question about likes may name: a page of comments and its replies. */
export const LIKES_QUERY_MAX = 100;

/**
 * The like counts of comments as they are now, and which of them this browser has liked. The
 * first page of comments comes inside the cached story page (the same for everyone, and as old as
 * the page); the thread asks here to show the live counts and the reader's own likes. Comments that
 * are not shown to readers are left out. A browser without an id yet has liked nothing.
 */
export async function readCommentLikes({ commentIds, voter }: { commentIds: number[]; voter: string | null }): Promise<{ likes: Record<number, number>; liked: number[] }> {
  const ids = [...new Set(commentIds)].slice(0, LIKES_QUERY_MAX);
  if (!ids.length) return { likes: {}, liked: [] };
  const db = await getDb();
  const [counts, mine] = await Promise.all([
    db
      .select({ id: comments.id, likes: comments.likes })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(and(inArray(comments.id, ids), eq(comments.status, 'approved'), isLive())),
    voter
      ? db
          .select({ id: commentLikes.commentId })
          .from(commentLikes)
          .where(and(eq(commentLikes.voterHash, browserHash('voter', voter)), inArray(commentLikes.commentId, ids)))
      : Promise.resolve([]),
  ]);
  const shown = new Set(counts.map((c) => c.id));
  return {
    likes: Object.fromEntries(counts.map((c) => [c.id, c.likes])),
    liked: mine.map((m) => m.id).filter((id) => shown.has(id)),
  };
}

export const reportReasons = {
  spam: 'Quảng cáo, spam',
  offensive: 'Xúc phạm, thô tục',
  off_topic: 'Không liên quan đến bài viết',
  other: 'Lý do khác',
} as const;
export type ReportReason = keyof typeof reportReasons;

/**
 * A reader flags a comment: counted once per browser per comment, so the count the moderation
 * queue shows is the number of different browsers that reported it; it then shows in the Reported queue.
 */
export async function reportComment({
  commentId,
  reason,
  note,
  reporter,
  ip,
}: {
  commentId: number;
  reason: ReportReason;
  note?: string;
  reporter: string;
  ip: string;
}) {
  const reporterHash = browserHash('reporter', reporter);
  await withinLimits([`report:ip:${privateHash('ip', ip)}`, `report:browser:${reporterHash}`], REPORT_LIMIT);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await shownComment(tx, commentId);
    const inserted = await tx
      .insert(commentReports)
      .values({ commentId, reason, note: note ? normaliseLine(note) : null, reporterHash })
      .onConflictDoNothing()
      .returning({ id: commentReports.id });
    if (inserted.length) await tx.update(comments).set({ reports: sql`${comments.reports} + 1` }).where(eq(comments.id, commentId));
    return { counted: inserted.length > 0 };
  });
}
