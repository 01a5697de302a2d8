import type { ArticleStatus, Role } from '@/db/schema';
import { can } from '@/lib/auth/permissions';

/**
 * Who may read a story on the desk (its history, who has it open): its author, and the editors and
 * admins who may edit any story. The same rule the desk article page applies.
 */
export function canReadOnDesk(article: { authorId: number; status?: ArticleStatus }, actor: { id: number; role: Role }) {
  if (can(actor.role, 'article.editAny')) return true;
  return article.authorId === actor.id && can(actor.role, 'article.editOwn');
}
