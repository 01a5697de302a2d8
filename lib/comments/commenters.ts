import 'server-only';
import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, type Comment, commenterBans, comments, users } from '@/db/schema';
import type { Actor } from '@/lib/articles/desk';
import { recordAudit } from '@/lib/audit';
import { now } from '@/lib/clock';
import { DomainError } from '@/lib/errors';
import { normaliseLine } from '@/lib/text';
import { activeBan, applyVerdict, assertCanModerate, assertCanReadModeration, bansMatching } from './comments';

/**
 * Who wrote a comment, as far as the desk can tell: the email they gave, the browser they wrote
 * from (its anonymous cookie) and the address. Vietnamese mobile carriers put a whole town behind
 * one address, so the address is the weakest of the three: history and bans prefer the others.
 */
export type BanKind = 'email' | 'browser' | 'ip';
export const banKindLabels: Record<BanKind, string> = { email: 'theo email', browser: 'theo trình duyệt', ip: 'theo địa chỉ IP' };

/** From this many different names behind one address, the address is shared: banning it would bar strangers. */
export const SHARED_ADDRESS_NAMES = 3;

const identityColumns = { email: comments.emailHash, browser: comments.browserHash, ip: comments.ipHash } as const;

function hashOf(comment: Pick<Comment, 'emailHash' | 'browserHash' | 'ipHash'>, kind: BanKind): string | null {
  return kind === 'email' ? comment.emailHash : kind === 'browser' ? comment.browserHash : comment.ipHash;
}

const sameAs = (kind: BanKind, hash: string | null) => (hash ? eq(identityColumns[kind], hash) : undefined);

/** The strongest identity a comment carries: what a ban should hold on to by default. */
export function preferredBanKind(comment: Pick<Comment, 'emailHash' | 'browserHash' | 'ipHash'>): BanKind {
  return comment.emailHash ? 'email' : comment.browserHash ? 'browser' : 'ip';
}

/**
 * Everything written under the same email, from the same browser or from the same address, newest
 * first, each row saying which of these it shares — and how many different names that address carries.
 */
export async function listCommenterHistory({ actor, commentId }: { actor: Actor; commentId: number }) {
  assertCanReadModeration(actor);
  const db = await getDb();
  const [comment] = await db.select().from(comments).where(eq(comments.id, commentId));
  if (!comment) return null;
  const found = await db
    .select({
      id: comments.id,
      authorName: comments.authorName,
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      articleTitle: articles.title,
      emailHash: comments.emailHash,
      browserHash: comments.browserHash,
      ipHash: comments.ipHash,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    // A comment that carries no identity at all (made by a script, or before addresses were kept) is alone.
    .where(or(sameAs('email', comment.emailHash), sameAs('browser', comment.browserHash), sameAs('ip', comment.ipHash)) ?? eq(comments.id, comment.id))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(100);
  const rows = found.map(({ emailHash, browserHash, id, authorName, body, status, createdAt, articleTitle }) => ({
    id,
    authorName,
    body,
    status,
    createdAt,
    articleTitle,
    shares: (comment.emailHash && emailHash === comment.emailHash ? 'email' : comment.browserHash && browserHash === comment.browserHash ? 'browser' : 'ip') as BanKind,
  }));
  const waiting = found.filter((r) => r.status === 'pending');
  /** What "ban and reject what is waiting" would reject, for each way of banning. */
  const pendingBy: Record<BanKind, number> = {
    email: comment.emailHash ? waiting.filter((r) => r.emailHash === comment.emailHash).length : 0,
    browser: comment.browserHash ? waiting.filter((r) => r.browserHash === comment.browserHash).length : 0,
    ip: comment.ipHash ? waiting.filter((r) => r.ipHash === comment.ipHash).length : 0,
  };
  const addressNames = comment.ipHash
    ? (
        await db
          .select({ n: sql<number>`count(distinct lower(${comments.authorName}))`.mapWith(Number) })
          .from(comments)
          .where(and(eq(comments.ipHash, comment.ipHash), isNull(comments.staffAuthorId)))
      )[0].n
    : 0;
  const bans = await db.select().from(commenterBans).where(and(activeBan(), bansMatching(comment))).orderBy(desc(commenterBans.until));
  return { comment, rows, bans, pendingBy, addressNames, sharedAddress: addressNames >= SHARED_ADDRESS_NAMES, preferredKind: preferredBanKind(comment) };
}

/**
 * Bars the author of a comment for some days, by the identity the moderator chose; their new
 * comments are rejected silently. With `rejectPending`, what they still have waiting is rejected in
 * the same act, as one batch that "Hoàn tác" can put back (the ban itself is lifted with "Bỏ chặn").
 */
export async function banCommenter({
  actor,
  commentId,
  by,
  days,
  reason,
  rejectPending = false,
}: {
  actor: Actor;
  commentId: number;
  by: BanKind;
  days: number;
  reason: string;
  rejectPending?: boolean;
}) {
  assertCanModerate(actor);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [comment] = await tx.select().from(comments).where(eq(comments.id, commentId));
    if (!comment) throw new DomainError('not_found', 'Không tìm thấy bình luận.');
    const hash = hashOf(comment, by);
    if (!hash) {
      throw new DomainError(
        'invalid_input',
        by === 'email' ? 'Người này không để lại email: hãy chặn theo trình duyệt hoặc địa chỉ IP.' : 'Bình luận này không có mã trình duyệt: hãy chặn theo email hoặc địa chỉ IP.',
      );
    }
    const until = new Date(now().getTime() + days * 24 * 3600_000);
    const [ban] = await tx
      .insert(commenterBans)
      .values({ kind: by, hash, until, reason: normaliseLine(reason), createdBy: actor.id, commentId, authorName: comment.authorName })
      .returning();
    let rejected: number[] = [];
    if (rejectPending) {
      const waiting = await tx.select({ id: comments.id }).from(comments).where(and(sameAs(by, hash), eq(comments.status, 'pending')));
      rejected = waiting.map((c) => c.id);
      if (rejected.length) {
        await applyVerdict(tx, { actor, commentIds: rejected, verdict: 'reject', reason: `Người bình luận bị chặn: ${ban.reason}`, batch: crypto.randomUUID() });
      }
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'comment.ban',
      subjectType: 'comment',
      subjectId: commentId,
      after: { by, until, reason: ban.reason, ban: ban.id, ...(rejectPending ? { rejected: rejected.length } : {}) },
    });
    const articleIds = rejected.length
      ? [...new Set((await tx.select({ a: comments.articleId }).from(comments).where(inArray(comments.id, rejected))).map((r) => r.a))]
      : [];
    return { ban, rejected, articleIds };
  });
}

/** The bans in force, newest first, with who made them. */
export async function listActiveBans({ actor }: { actor: Actor }) {
  assertCanReadModeration(actor);
  const db = await getDb();
  return db
    .select({
      id: commenterBans.id,
      kind: commenterBans.kind,
      until: commenterBans.until,
      reason: commenterBans.reason,
      createdAt: commenterBans.createdAt,
      commentId: commenterBans.commentId,
      authorName: commenterBans.authorName,
      createdBy: users.name,
    })
    .from(commenterBans)
    .leftJoin(users, eq(users.id, commenterBans.createdBy))
    .where(activeBan())
    .orderBy(desc(commenterBans.createdAt), desc(commenterBans.id))
    .limit(500);
}

/** "Bỏ chặn": the ban ends now; the row stays, and the audit log says who lifted it. */
export async function liftBan({ actor, banId }: { actor: Actor; banId: number }) {
  assertCanModerate(actor);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [ban] = await tx.select().from(commenterBans).where(eq(commenterBans.id, banId)).for('update');
    if (!ban) throw new DomainError('not_found', 'Không tìm thấy lệnh chặn.');
    if (ban.liftedAt || ban.until <= now()) throw new DomainError('invalid_transition', 'Lệnh chặn này đã hết hiệu lực.');
    const [saved] = await tx.update(commenterBans).set({ liftedAt: now(), liftedBy: actor.id }).where(eq(commenterBans.id, banId)).returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'comment.unban',
      subjectType: 'comment',
      subjectId: ban.commentId ?? `ban:${ban.id}`,
      before: { by: ban.kind, until: ban.until, reason: ban.reason, ban: ban.id },
      after: { liftedAt: saved.liftedAt },
    });
    return saved;
  });
}
