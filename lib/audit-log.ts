import 'server-only';
import { and, asc, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditLog, users, type User } from '@/db/schema';
import { auditActionLabels } from './audit-view';
import { can } from './auth/permissions';
import { DomainError } from './errors';

type Actor = Pick<User, 'id' | 'role'>;

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = {
  actorId?: number;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  /** Inclusive start, exclusive end. */
  from?: Date;
  to?: Date;
};

function assertReader(actor: Actor) {
  if (!can(actor.role, 'audit.read')) throw new DomainError('forbidden', 'Bạn không có quyền xem nhật ký hoạt động.');
}

function conditions(filter: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.actorId) parts.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) parts.push(eq(auditLog.action, filter.action));
  if (filter.subjectType) parts.push(eq(auditLog.subjectType, filter.subjectType));
  if (filter.subjectId) parts.push(eq(auditLog.subjectId, filter.subjectId));
  if (filter.from) parts.push(gte(auditLog.at, filter.from));
  if (filter.to) parts.push(lt(auditLog.at, filter.to));
  return parts.length ? and(...parts) : undefined;
}

/** The audit log, newest first, one page at a time, with who did each act. */
export async function listAuditLog({ actor, filter = {}, page = 1 }: { actor: Actor; filter?: AuditFilter; page?: number }) {
  assertReader(actor);
  const db = await getDb();
  const where = conditions(filter);
  const [entries, [{ total }]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        action: auditLog.action,
        subjectType: auditLog.subjectType,
        subjectId: auditLog.subjectId,
        before: auditLog.before,
        after: auditLog.after,
        actorId: auditLog.actorId,
        actorName: users.name,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((Math.max(1, page) - 1) * AUDIT_PAGE_SIZE),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { entries, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** What the filters offer: every act the log knows of (named ones first) and everyone who acted. */
export async function auditFilterChoices({ actor }: { actor: Actor }) {
  assertReader(actor);
  const db = await getDb();
  const [actions, people] = await Promise.all([
    db.selectDistinct({ action: auditLog.action }).from(auditLog),
    db.select({ id: users.id, name: users.name, email: users.email }).from(users).orderBy(asc(users.name), asc(users.id)),
  ]);
  const known = Object.keys(auditActionLabels);
  const extra = actions.map((a) => a.action).filter((a) => !known.includes(a)).sort();
  return { actions: [...known, ...extra], people };
}
