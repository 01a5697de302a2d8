import 'server-only';
import { and, eq, inArray, or } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { users } from '@/db/schema';
import { type Title, titleHolderRoles } from './titles';

/** Active editors and admins: whom an admin may name to a title (the caller checks the admin's permission). */
export async function listTitleCandidates({ tx }: { tx?: Tx } = {}) {
  const db = tx ?? (await getDb());
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, [...titleHolderRoles])))
    .orderBy(users.name);
}

/** Active people who hold a title now, by role or by name (to tell them of work waiting for them). */
export async function listTitleHolders({ tx, title }: { tx?: Tx; title: Title }) {
  const byRole = title.roles.length ? inArray(users.role, [...title.roles]) : undefined;
  const byName = title.userIds.length ? inArray(users.id, [...title.userIds]) : undefined;
  if (!byRole && !byName) return [];
  const db = tx ?? (await getDb());
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, [...titleHolderRoles]), or(byRole, byName)));
}
