import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { type Role, users } from '@/db/schema';
import type { Actor } from '@/lib/articles/desk';
import { recordAudit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { can } from './permissions';

export async function listUsers() {
  const db = await getDb();
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active })
    .from(users)
    .orderBy(asc(users.id));
}

/**
 * Changes a person's access. Bumping session_version voids every session they hold, so the change
 * applies on their very next request.
 */
export async function changeUserAccess({
  actor,
  userId,
  change,
}: {
  actor: Actor;
  userId: number;
  change: { active: boolean } | { role: Role };
}) {
  if (!can(actor.role, 'user.manage')) throw new DomainError('forbidden', 'Bạn không có quyền quản lý người dùng.');
  if (userId === actor.id) throw new DomainError('invalid_input', 'Bạn không thể tự khóa hoặc tự đổi vai trò của mình.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!before) throw new DomainError('not_found', 'Không tìm thấy người dùng.');
    const [after] = await tx
      .update(users)
      .set({ ...change, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'active' in change ? (change.active ? 'user.activate' : 'user.deactivate') : 'user.role',
      subjectType: 'user',
      subjectId: userId,
      before: { role: before.role, active: before.active },
      after: { role: after.role, active: after.active },
    });
    return after;
  });
}
