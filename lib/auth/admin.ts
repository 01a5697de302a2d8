import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { passwordTokens, type Role, users } from '@/db/schema';
import type { Actor } from '@/lib/articles/desk';
import { recordAudit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { normaliseLine } from '@/lib/text';
import { issuePasswordToken } from './password-links';
import { hashPassword } from './passwords';
import { can } from './permissions';

function assertManager(actor: Actor) {
  if (!can(actor.role, 'user.manage')) throw new DomainError('forbidden', 'Bạn không có quyền quản lý người dùng.');
}

/** Everyone with a desk account; `invited` marks those who have not yet set their password. */
export async function listUsers({ actor }: { actor: Actor }) {
  assertManager(actor);
  const db = await getDb();
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      invited: sql<boolean>`exists (select 1 from ${passwordTokens} t where t.user_id = users.id and t.purpose = 'invite')
        and not exists (select 1 from ${passwordTokens} t where t.user_id = users.id and t.used_at is not null)`,
    })
    .from(users)
    .orderBy(asc(users.id));
  return rows.map((r) => ({ ...r, invited: Boolean(r.invited) }));
}

/** A password nobody knows: the account exists but cannot sign in until its owner sets one. */
async function unusablePasswordHash() {
  return hashPassword(randomBytes(32).toString('base64url'));
}

/**
 * Refuses a change that would leave the newsroom without an active admin. The admins' rows are
 * locked first, so two admins demoting each other at the same moment cannot both succeed.
 */
async function assertAnotherAdminRemains(tx: Tx, userId: number) {
  const others = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, userId)))
    .for('update');
  if (others.length === 0) throw new DomainError('invalid_input', 'Tòa soạn phải còn ít nhất một quản trị viên đang hoạt động.');
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
  assertManager(actor);
  if (userId === actor.id) throw new DomainError('invalid_input', 'Bạn không thể tự khóa hoặc tự đổi vai trò của mình.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const removesAdmin = 'active' in change ? !change.active : change.role !== 'admin';
    // Lock the admins before reading the target, in one order for every caller.
    if (removesAdmin) await tx.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).orderBy(asc(users.id)).for('update');
    const [before] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!before) throw new DomainError('not_found', 'Không tìm thấy người dùng.');
    if (removesAdmin && before.role === 'admin' && before.active) await assertAnotherAdminRemains(tx, userId);
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

/**
 * An admin creates an account for a new colleague. Nobody can sign in to it until the person opens
 * the one-time link (returned here, shown once to the admin) and chooses a password.
 */
export async function inviteUser({ actor, name, email, role }: { actor: Actor; name: string; email: string; role: Role }) {
  assertManager(actor);
  const cleanName = normaliseLine(name);
  const cleanEmail = email.trim().toLowerCase();
  if (cleanName.length < 2) throw new DomainError('invalid_input', 'Họ tên cần ít nhất 2 ký tự.');
  const passwordHash = await unusablePasswordHash();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, cleanEmail));
    if (taken) throw new DomainError('conflict', 'Email này đã có tài khoản.');
    const [user] = await tx.insert(users).values({ name: cleanName, email: cleanEmail, role, passwordHash }).returning();
    const token = await issuePasswordToken(tx, { userId: user.id, purpose: 'invite', createdBy: actor.id });
    await recordAudit(tx, { actorId: actor.id, action: 'user.invite', subjectType: 'user', subjectId: user.id, after: { name: cleanName, email: cleanEmail, role } });
    return { user, token };
  });
}

/**
 * An admin resets someone's password: the old password stops working, every session of that person
 * is signed out, and a new one-time link (returned, shown once) lets them choose a new password.
 * For someone who never used their invitation, this is a fresh invitation.
 */
export async function resetUserPassword({ actor, userId }: { actor: Actor; userId: number }) {
  assertManager(actor);
  if (userId === actor.id) throw new DomainError('invalid_input', 'Hãy đổi mật khẩu của bạn ở trang “Tài khoản của tôi”.');
  const passwordHash = await unusablePasswordHash();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!user) throw new DomainError('not_found', 'Không tìm thấy người dùng.');
    if (!user.active) throw new DomainError('invalid_input', 'Tài khoản đang bị khóa. Hãy mở khóa trước khi cấp mật khẩu mới.');
    const [used] = await tx
      .select({ id: passwordTokens.id })
      .from(passwordTokens)
      .where(and(eq(passwordTokens.userId, userId), sql`${passwordTokens.usedAt} is not null`))
      .limit(1);
    const [invited] = await tx
      .select({ id: passwordTokens.id })
      .from(passwordTokens)
      .where(and(eq(passwordTokens.userId, userId), eq(passwordTokens.purpose, 'invite')))
      .limit(1);
    const purpose = invited && !used ? 'invite' : 'reset';
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId));
    const token = await issuePasswordToken(tx, { userId, purpose, createdBy: actor.id });
    await recordAudit(tx, { actorId: actor.id, action: 'user.password_reset', subjectType: 'user', subjectId: userId, after: { link: purpose } });
    return { user, token };
  });
}
