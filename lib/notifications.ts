import 'server-only';
import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { auditLog, type Notification, notifications } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { deliverDeadlineNotices } from '@/lib/planning/notices';

export type NotificationKind = Notification['kind'];

/**
 * Written inside the caller's transaction (the act and its notices stand or fall together). The
 * person who acted is never told about their own act.
 */
export async function notifyPeople(
  tx: Tx,
  {
    userIds,
    exceptUserId,
    articleId,
    topicId = null,
    kind,
    message,
  }: { userIds: number[]; exceptUserId?: number; articleId: number | null; topicId?: number | null; kind: NotificationKind; message: string },
) {
  const to = [...new Set(userIds)].filter((id) => id !== exceptUserId);
  if (!to.length) return;
  await tx.insert(notifications).values(to.map((userId) => ({ userId, articleId, topicId, kind, message })));
}

/** The reporter and whoever sent the story for review (an editor may submit on a reporter's behalf). */
export async function storyPeople(tx: Tx, article: { id: number; authorId: number }): Promise<number[]> {
  const submitters = await tx
    .selectDistinct({ actorId: auditLog.actorId })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'article'), eq(auditLog.subjectId, String(article.id)), inArray(auditLog.action, ['article.submit', 'article.editSubmit'])));
  return [article.authorId, ...submitters.map((s) => s.actorId).filter((id): id is number => id !== null)];
}

export async function countUnreadNotifications({ userId }: { userId: number }): Promise<number> {
  // Deadline notices are worked out when the bell is read: no timer has to run for them.
  await deliverDeadlineNotices({ userId });
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function listNotifications({ userId, limit = 100 }: { userId: number; limit?: number }) {
  await deliverDeadlineNotices({ userId });
  const db = await getDb();
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

/** Marks one notice read (only the owner's), or all of them with `id` omitted. */
/** Marks one of the person's own notices read (someone else's is not found), or all of them. */
export async function markNotificationsRead({ userId, id }: { userId: number; id?: number }) {
  const db = await getDb();
  if (id) {
    const [mine] = await db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
    if (!mine) throw new DomainError('not_found', 'Không tìm thấy thông báo.');
  }
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), id ? eq(notifications.id, id) : undefined));
}
