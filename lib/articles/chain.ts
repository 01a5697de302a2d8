import 'server-only';
import { and, eq, inArray, or } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { type Role, settings, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { normaliseLine } from '@/lib/text';
import { chainSchema } from './chain-schema';
import { defaultChain, type SignoffChain } from './signoff';

const KEY = 'signoffChain';
type Actor = { id: number; role: Role };

/** The newsroom's sign-off chain (the default one level until an admin configures more). */
export async function getSignoffChain({ tx }: { tx?: Tx } = {}): Promise<SignoffChain> {
  const db = tx ?? (await getDb());
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY));
  const parsed = chainSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultChain;
}

/** An admin sets the levels and who acts at each; audited. Named people must be editors or admins. */
export async function saveSignoffChain({ actor, chain }: { actor: Actor; chain: SignoffChain }): Promise<SignoffChain> {
  if (!can(actor.role, 'workflow.manage')) throw new DomainError('forbidden', 'Bạn không có quyền sửa quy trình duyệt bài.');
  const parsed = chainSchema.safeParse(chain);
  if (!parsed.success) throw new DomainError('invalid_input', parsed.error.issues[0]?.message ?? 'Quy trình không hợp lệ.');
  const clean: SignoffChain = {
    levels: parsed.data.levels.map((l) => ({ title: normaliseLine(l.title), roles: [...new Set(l.roles)], userIds: [...new Set(l.userIds)] })),
  };
  const named = [...new Set(clean.levels.flatMap((l) => l.userIds))];
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (named.length) {
      const found = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.id, named), eq(users.active, true), inArray(users.role, ['editor', 'admin'])));
      if (found.length !== named.length) {
        throw new DomainError('invalid_input', 'Chỉ có thể giao cấp duyệt cho biên tập viên hoặc quản trị đang hoạt động.');
      }
    }
    const before = await getSignoffChain({ tx });
    await tx
      .insert(settings)
      .values({ key: KEY, value: clean })
      .onConflictDoUpdate({ target: settings.key, set: { value: clean, updatedAt: new Date() } });
    await recordAudit(tx, { actorId: actor.id, action: 'workflow.save', subjectType: 'settings', subjectId: KEY, before, after: clean });
    return clean;
  });
}

/** Active people who act at a level (1-based): by role or by name, and allowed to review. */
export async function listLevelActors({ tx, chain, level }: { tx?: Tx; chain: SignoffChain; level: number }) {
  const rule = chain.levels[level - 1];
  if (!rule) return [];
  const db = tx ?? (await getDb());
  const byRole = rule.roles.length ? inArray(users.role, rule.roles) : undefined;
  const byName = rule.userIds.length ? inArray(users.id, rule.userIds) : undefined;
  if (!byRole && !byName) return [];
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, ['editor', 'admin']), or(byRole, byName)));
}

/** Editors and admins an admin may name at a level. */
export async function listPossibleSignoffPeople() {
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, ['editor', 'admin'])))
    .orderBy(users.name);
}
