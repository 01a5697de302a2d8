import 'server-only';
import { and, eq, inArray, like, or } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { type Role, settings, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can } from '@/lib/auth/permissions';
import { listTitleCandidates, listTitleHolders } from '@/lib/auth/title-holders';
import { DomainError } from '@/lib/errors';
import { normaliseLine } from '@/lib/text';
import { chainSchema } from './chain-schema';
import { defaultChain, type SignoffChain } from './signoff';

const KEY = 'signoffChain';
const SECTION_PREFIX = `${KEY}:section:`;
const sectionKey = (sectionId: number) => `${SECTION_PREFIX}${sectionId}`;
type Actor = { id: number; role: Role };

/**
 * The sign-off chain of a section: its own if an admin gave it one (a Thời sự story may need the
 * Tổng biên tập), else the newsroom's (one level, Biên tập viên, until an admin configures more).
 */
export async function getSignoffChain({ tx, sectionId }: { tx?: Tx; sectionId?: number | null } = {}): Promise<SignoffChain> {
  const db = tx ?? (await getDb());
  const keys = sectionId ? [KEY, sectionKey(sectionId)] : [KEY];
  const rows = await db.select({ key: settings.key, value: settings.value }).from(settings).where(inArray(settings.key, keys));
  const own = chainSchema.safeParse(rows.find((r) => r.key !== KEY)?.value);
  if (own.success) return own.data;
  const shared = chainSchema.safeParse(rows.find((r) => r.key === KEY)?.value);
  return shared.success ? shared.data : defaultChain;
}

/** The newsroom's chain and every section's own, for lists across sections ("waiting for my level"). */
export async function listSignoffChains(): Promise<{ shared: SignoffChain; bySection: Map<number, SignoffChain> }> {
  const db = await getDb();
  const rows = await db.select({ key: settings.key, value: settings.value }).from(settings).where(or(eq(settings.key, KEY), like(settings.key, `${SECTION_PREFIX}%`)));
  const bySection = new Map<number, SignoffChain>();
  let shared = defaultChain;
  for (const row of rows) {
    const parsed = chainSchema.safeParse(row.value);
    if (!parsed.success) continue;
    if (row.key === KEY) shared = parsed.data;
    else bySection.set(Number(row.key.slice(SECTION_PREFIX.length)), parsed.data);
  }
  return { shared, bySection };
}

/** Whether a section has a chain of its own. */
export async function hasOwnSignoffChain({ sectionId }: { sectionId: number }): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ key: settings.key }).from(settings).where(eq(settings.key, sectionKey(sectionId)));
  return Boolean(row);
}

/** A section goes back to the newsroom's chain; audited. */
export async function dropSectionSignoffChain({ actor, sectionId }: { actor: Actor; sectionId: number }) {
  if (!can(actor.role, 'workflow.manage')) throw new DomainError('forbidden', 'Bạn không có quyền sửa quy trình duyệt bài.');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const before = await getSignoffChain({ tx, sectionId });
    await tx.delete(settings).where(eq(settings.key, sectionKey(sectionId)));
    await recordAudit(tx, { actorId: actor.id, action: 'workflow.drop', subjectType: 'settings', subjectId: sectionKey(sectionId), before, after: null });
  });
}

/**
 * An admin sets the levels and who acts at each, for the newsroom or for one section; audited.
 * Named people must be active editors or admins (acting needs the review permission anyway).
 * A chain saved without `distinctApprovers` keeps the rule it had.
 */
export async function saveSignoffChain({ actor, chain, sectionId }: { actor: Actor; chain: SignoffChain; sectionId?: number | null }): Promise<SignoffChain> {
  if (!can(actor.role, 'workflow.manage')) throw new DomainError('forbidden', 'Bạn không có quyền sửa quy trình duyệt bài.');
  const parsed = chainSchema.safeParse(chain);
  if (!parsed.success) throw new DomainError('invalid_input', parsed.error.issues[0]?.message ?? 'Quy trình không hợp lệ.');
  const levels = parsed.data.levels.map((l) => ({ title: normaliseLine(l.title), roles: [...new Set(l.roles)], userIds: [...new Set(l.userIds)] }));
  const named = [...new Set(levels.flatMap((l) => l.userIds))];
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
    const before = await getSignoffChain({ tx, sectionId });
    const distinct = parsed.data.distinctApprovers ?? before.distinctApprovers;
    const clean: SignoffChain = distinct ? { levels, distinctApprovers: true } : { levels };
    await writeChain(tx, { actor, sectionId, before, after: clean });
    return clean;
  });
}

async function writeChain(tx: Tx, { actor, sectionId, before, after }: { actor: Actor; sectionId?: number | null; before: SignoffChain; after: SignoffChain }) {
  const key = sectionId ? sectionKey(sectionId) : KEY;
  await tx
    .insert(settings)
    .values({ key, value: after })
    .onConflictDoUpdate({ target: settings.key, set: { value: after, updatedAt: new Date() } });
  await recordAudit(tx, { actorId: actor.id, action: 'workflow.save', subjectType: 'settings', subjectId: key, before, after });
}

/**
 * The rule "a different person at each level" of a chain (the newsroom's or a section's, which then
 * gets a chain of its own with the same levels), switched on or off by an admin; audited.
 */
export async function setDistinctApprovers({ actor, sectionId, on }: { actor: Actor; sectionId?: number | null; on: boolean }): Promise<SignoffChain> {
  if (!can(actor.role, 'workflow.manage')) throw new DomainError('forbidden', 'Bạn không có quyền sửa quy trình duyệt bài.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await getSignoffChain({ tx, sectionId });
    const after: SignoffChain = on ? { levels: before.levels, distinctApprovers: true } : { levels: before.levels };
    await writeChain(tx, { actor, sectionId, before, after });
    return after;
  });
}

/** Active people who act at a level (1-based): by role or by name, and allowed to review. */
export async function listLevelActors({ tx, chain, level }: { tx?: Tx; chain: SignoffChain; level: number }) {
  const rule = chain.levels[level - 1];
  return rule ? listTitleHolders({ tx, title: rule }) : [];
}

/** Editors and admins an admin may name at a level (for the admin laying out the chain). */
export async function listPossibleSignoffPeople({ actor }: { actor: Actor }) {
  if (!can(actor.role, 'workflow.manage')) throw new DomainError('forbidden', 'Bạn không có quyền sắp xếp quy trình duyệt bài.');
  return listTitleCandidates();
}
