import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/articles/desk';
import { recordAudit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { normaliseLine } from '@/lib/text';
import { hashPassword, verifyPassword } from './passwords';
import { passwordProblems } from './password-rules';
import { can } from './permissions';

function assertStaff(actor: Actor) {
  if (!can(actor.role, 'desk.enter')) throw new DomainError('forbidden', 'Bạn không có quyền vào tòa soạn.');
}

/** A staff member changes the name the desk shows for them (their own account only). */
export async function updateOwnName({ actor, name }: { actor: Actor; name: string }) {
  assertStaff(actor);
  const clean = normaliseLine(name);
  if (clean.length < 2) throw new DomainError('invalid_input', 'Họ tên cần ít nhất 2 ký tự.');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.id)).for('update');
    if (!before) throw new DomainError('not_found', 'Không tìm thấy tài khoản.');
    if (before.name === clean) return;
    await tx.update(users).set({ name: clean, updatedAt: new Date() }).where(eq(users.id, actor.id));
    await recordAudit(tx, { actorId: actor.id, action: 'user.profile', subjectType: 'user', subjectId: actor.id, before: { name: before.name }, after: { name: clean } });
  });
}

export const wrongCurrentPassword = 'Mật khẩu hiện tại không đúng.';

/**
 * A staff member changes their own password, proving they know the current one. Every other
 * session of theirs is signed out (session_version goes up); the new version is returned so that
 * the caller can keep the session this change was made from.
 */
export async function changeOwnPassword({ actor, currentPassword, newPassword }: { actor: Actor; currentPassword: string; newPassword: string }) {
  assertStaff(actor);
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!user) throw new DomainError('not_found', 'Không tìm thấy tài khoản.');
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw new DomainError('invalid_input', wrongCurrentPassword);
  const problems = passwordProblems(newPassword, user.email);
  if (problems.length) throw new DomainError('invalid_input', problems.join(' '));
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, actor.id))
      .returning({ sessionVersion: users.sessionVersion });
    await recordAudit(tx, { actorId: actor.id, action: 'user.password_change', subjectType: 'user', subjectId: actor.id });
    return { sessionVersion: after.sessionVersion };
  });
}
