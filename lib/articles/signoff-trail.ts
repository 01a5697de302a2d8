import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { articles, auditLog, type Role, users } from '@/db/schema';
import { assertCanReadOnDesk } from './access';
import { DomainError } from '@/lib/errors';
import { currentRound, pendingEditApprovers, type TrailRow, trailActions } from './signoff-round';

export type { SignoffStep } from './signoff-round';

type Actor = { id: number; role: Role };

async function trailRows(db: Tx | Awaited<ReturnType<typeof getDb>>, articleId: number): Promise<TrailRow[]> {
  const rows = await db
    .select({ action: auditLog.action, actorId: auditLog.actorId, actorName: users.name, before: auditLog.before, after: auditLog.after, at: auditLog.at })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.subjectType, 'article'), eq(auditLog.subjectId, String(articleId)), inArray(auditLog.action, [...trailActions])))
    .orderBy(asc(auditLog.id));
  return rows.map((r) => ({ ...r, action: r.action as TrailRow['action'], actorName: r.actorName ?? 'Người dùng đã xóa' }));
}

/** Who approved this round's earlier levels (the rule of a different person at each level); in the move's transaction. */
export async function approversThisRound(tx: Tx, articleId: number): Promise<number[]> {
  return currentRound(await trailRows(tx, articleId))
    .filter((s) => s.kind === 'approve')
    .map((s) => s.actorId)
    .filter((id): id is number => id !== null);
}

/** Who approved the pending edit of a live story since it was last saved; in the move's transaction. */
export async function pendingEditApproversOf(tx: Tx, articleId: number): Promise<number[]> {
  return pendingEditApprovers(await trailRows(tx, articleId));
}

/** The sign-off trail the desk shows on a story: who sent it, who approved at which level and when, who published it. */
export async function getSignoffTrail({ actor, articleId }: { actor: Actor; articleId: number }) {
  const db = await getDb();
  const [story] = await db.select().from(articles).where(eq(articles.id, articleId));
  if (!story) throw new DomainError('not_found', 'Không tìm thấy bài viết.');
  assertCanReadOnDesk(story, actor);
  return currentRound(await trailRows(db, articleId));
}
