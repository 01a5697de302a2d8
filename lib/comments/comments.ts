import 'server-only';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, type CommentStatus, comments, sections } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { privateHash } from '@/lib/auth/secret';
import { can } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/articles/desk';
import { isLive } from '@/lib/articles/public';
import { DomainError } from '@/lib/errors';
import { isLimited, recordEvent } from '@/lib/rate-limit';
import { getSiteSettings } from '@/lib/settings';
import { normaliseLine, normaliseText } from '@/lib/text';

export const COMMENT_LIMIT = { max: 5, windowMs: 10 * 60_000 };

/**
 * A reader's comment. It is stored as pending and shown only once a moderator approves it; the IP
 * and email are kept only as salted hashes.
 */
export async function postComment({
  articleId,
  authorName,
  email,
  body,
  ip,
}: {
  articleId: number;
  authorName: string;
  email?: string;
  body: string;
  ip: string;
}) {
  const db = await getDb();
  const [article] = await db
    .select({ id: articles.id, commentsMode: articles.commentsMode, sectionMode: sections.commentsMode })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(articles.id, articleId), isLive()));
  if (!article) throw new DomainError('not_found', 'Bài viết không tồn tại hoặc đã bị gỡ.');
  const mode = article.commentsMode ?? article.sectionMode ?? (await getSiteSettings()).defaultCommentsMode;
  if (mode === 'closed') throw new DomainError('closed', 'Bài viết này đã đóng bình luận.');

  const ipHash = privateHash('ip', ip);
  const buckets = [`comment:ip:${ipHash}`];
  if (await isLimited(buckets, COMMENT_LIMIT)) {
    throw new DomainError('rate_limited', 'Bạn gửi bình luận quá nhanh. Vui lòng chờ vài phút rồi thử lại.');
  }
  const [saved] = await db
    .insert(comments)
    .values({
      articleId,
      authorName: normaliseLine(authorName),
      emailHash: email ? privateHash('email', email.trim().toLowerCase()) : null,
      body: normaliseText(body).trim(),
      ipHash,
      status: 'pending',
    })
    .returning({ id: comments.id, status: comments.status });
  await recordEvent(buckets);
  return saved;
}

export async function listApprovedComments({ articleId, limit = 50 }: { articleId: number; limit?: number }) {
  const db = await getDb();
  return db
    .select({ id: comments.id, authorName: comments.authorName, body: comments.body, createdAt: comments.createdAt })
    .from(comments)
    .where(and(eq(comments.articleId, articleId), eq(comments.status, 'approved')))
    .orderBy(asc(comments.createdAt))
    .limit(limit);
}

export async function listModerationQueue({ status = 'pending' }: { status?: CommentStatus } = {}) {
  const db = await getDb();
  return db
    .select({
      id: comments.id,
      authorName: comments.authorName,
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      articleId: articles.id,
      articleTitle: articles.title,
      articleSlug: articles.slug,
      sectionSlug: sections.slug,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(comments.status, status))
    .orderBy(status === 'pending' ? asc(comments.createdAt) : desc(comments.createdAt))
    .limit(100);
}

export async function countPendingComments(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(comments).where(eq(comments.status, 'pending'));
  return row?.n ?? 0;
}

const verdicts = { approve: 'approved', reject: 'rejected', spam: 'spam' } as const;
export type Verdict = keyof typeof verdicts;

/** A moderator's decision on one comment, in the audit log with the same transaction. */
export async function moderateComment({
  actor,
  commentId,
  verdict,
  reason,
}: {
  actor: Actor;
  commentId: number;
  verdict: Verdict;
  reason?: string;
}) {
  if (!can(actor.role, 'comment.moderate')) {
    throw new DomainError('forbidden', 'Bạn không có quyền kiểm duyệt bình luận.');
  }
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(comments).where(eq(comments.id, commentId)).for('update');
    if (!current) throw new DomainError('not_found', 'Không tìm thấy bình luận.');
    const [saved] = await tx
      .update(comments)
      .set({
        status: verdicts[verdict],
        moderatedBy: actor.id,
        moderatedAt: new Date(),
        reason: reason ? normaliseLine(reason) : null,
      })
      .where(eq(comments.id, commentId))
      .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: `comment.${verdict}`,
      subjectType: 'comment',
      subjectId: commentId,
      before: { status: current.status },
      after: { status: saved.status, reason: saved.reason ?? undefined },
    });
    return saved;
  });
}

export const approveComment = (a: { actor: Actor; commentId: number }) => moderateComment({ ...a, verdict: 'approve' });
export const rejectComment = (a: { actor: Actor; commentId: number; reason?: string }) =>
  moderateComment({ ...a, verdict: 'reject' });
