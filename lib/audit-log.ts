import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, auditLog, media, sections, tags, users, type User } from '@/db/schema';
import { auditActionLabels, recordedSubjectName } from './audit-view';
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
  const names = await subjectNames(entries);
  const named = entries.map((e) => ({ ...e, subjectName: names.get(`${e.subjectType}:${e.subjectId}`) ?? recordedSubjectName(e.before, e.after) }));
  return { entries: named, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/**
 * What each entry is about, by name as it is now: the story's title, the section's, tag's or
 * person's name, the photo's file name. One query per kind of subject on the page. A subject that
 * is gone (a deleted section) is named from what the entry recorded, if anything.
 */
async function subjectNames(entries: { subjectType: string; subjectId: string }[]): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(entries.filter((e) => e.subjectType === type && /^\d{1,9}$/.test(e.subjectId)).map((e) => Number(e.subjectId)))];
  const db = await getDb();
  const lookups = [
    { type: 'article', table: articles, name: articles.title, id: articles.id },
    { type: 'section', table: sections, name: sections.name, id: sections.id },
    { type: 'tag', table: tags, name: tags.name, id: tags.id },
    { type: 'user', table: users, name: users.name, id: users.id },
    { type: 'media', table: media, name: media.fileName, id: media.id },
  ] as const;
  const found = await Promise.all(
    lookups.map(async (l) => {
      const wanted = ids(l.type);
      if (!wanted.length) return [];
      const rows = await db.select({ id: l.id, name: l.name }).from(l.table).where(inArray(l.id, wanted));
      return rows.filter((r) => r.name).map((r) => [`${l.type}:${r.id}`, r.name] as const);
    }),
  );
  // A section's own sign-off chain is kept under `signoffChain:section:<id>`: named by its section.
  const chainSections = [...new Set(entries.flatMap((e) => (e.subjectType === 'settings' ? (/^signoffChain:section:(\d{1,9})$/.exec(e.subjectId)?.[1] ?? []) : [])))].map(Number);
  const chainNames = chainSections.length ? await db.select({ id: sections.id, name: sections.name }).from(sections).where(inArray(sections.id, chainSections)) : [];
  return new Map([...found.flat(), ...chainNames.map((s) => [`settings:signoffChain:section:${s.id}`, s.name] as const)]);
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
