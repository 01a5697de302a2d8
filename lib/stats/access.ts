import 'server-only';
import type { Role } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';

type Actor = { id: number; role: Role };

/** Whose stories a statistics read counts: one writer's (their id), or the whole newsroom's (null). */
export type StatsScope = { authorId: number | null };

export const ownFiguresOnlyMessage = 'Bạn chỉ xem được số liệu các bài của chính mình.';

/**
 * The one rule for the desk's figures, applied inside every read: editors and admins read the whole
 * newsroom's and any one person's (`authorId`); a reporter reads their own stories' only, and asking
 * for someone else's is refused, not quietly narrowed.
 */
export function statsScopeFor(actor: Actor, authorId?: number | null): StatsScope {
  if (!can(actor.role, 'stats.read')) throw new DomainError('forbidden', 'Bạn không có quyền xem thống kê.');
  if (can(actor.role, 'stats.readAll')) return { authorId: authorId ?? null };
  if (authorId && authorId !== actor.id) throw new DomainError('forbidden', ownFiguresOnlyMessage);
  return { authorId: actor.id };
}

/** Whether the actor reads the whole newsroom's figures (the pages show the newsroom-only parts). */
export function readsWholeNewsroom(actor: Actor): boolean {
  return can(actor.role, 'stats.readAll');
}
