import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { bannedTerms } from '@/db/schema';
import type { Actor } from '@/lib/articles/desk';
import { recordAudit } from '@/lib/audit';
import { can } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { normaliseLine } from '@/lib/text';

export async function listBannedTerms({ actor }: { actor: Actor }) {
  if (!can(actor.role, 'comment.moderate')) throw new DomainError('forbidden', 'Bạn không có quyền quản lý từ ngữ cấm.');
  const db = await getDb();
  return db.select().from(bannedTerms).orderBy(asc(bannedTerms.term));
}

export async function addBannedTerm({ actor, term, action, ignoreDiacritics }: { actor: Actor; term: string; action: 'reject' | 'hold'; ignoreDiacritics: boolean }) {
  if (!can(actor.role, 'comment.moderate')) throw new DomainError('forbidden', 'Bạn không có quyền quản lý từ ngữ cấm.');
  const db = await getDb();
  const clean = normaliseLine(term).toLocaleLowerCase('vi');
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(bannedTerms).values({ term: clean, action, ignoreDiacritics }).onConflictDoNothing().returning();
    if (!row) throw new DomainError('invalid_input', `“${clean}” đã có trong danh sách.`);
    await recordAudit(tx, { actorId: actor.id, action: 'term.add', subjectType: 'settings', subjectId: `term:${row.id}`, after: { term: clean, action, ignoreDiacritics } });
    return row;
  });
}

export async function removeBannedTerm({ actor, id }: { actor: Actor; id: number }) {
  if (!can(actor.role, 'comment.moderate')) throw new DomainError('forbidden', 'Bạn không có quyền quản lý từ ngữ cấm.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(bannedTerms).where(eq(bannedTerms.id, id)).returning();
    if (!row) throw new DomainError('not_found', 'Không tìm thấy từ ngữ này.');
    await recordAudit(tx, { actorId: actor.id, action: 'term.remove', subjectType: 'settings', subjectId: `term:${id}`, before: { term: row.term } });
  });
}
