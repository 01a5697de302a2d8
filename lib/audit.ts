import 'server-only';
import type { Tx } from '@/db/client';
import { auditLog } from '@/db/schema';

export type AuditEntry = {
  actorId: number | null;
  action: string;
  subjectType: 'article' | 'comment' | 'user' | 'section' | 'tag' | 'settings' | 'media' | 'topic' | 'royalty';
  subjectId: number | string;
  before?: unknown;
  after?: unknown;
};

/** Written inside the caller's transaction: the act and its record stand or fall together. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: String(entry.subjectId),
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
