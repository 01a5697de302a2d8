import 'server-only';
import { eq, or, type SQL, sql } from 'drizzle-orm';
import { type ArticleStatus, articles, type Role } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { DomainError } from '@/lib/errors';
import { isLive } from './public';

/**
 * The one rule for what the desk shows of a story, in two degrees:
 * - open it (the editor, its history, its preview, who has it open): its author, and the editors and
 *   admins who may edit any story;
 * - know it exists (its title in a list, in "this photo is used in …", its tags as suggestions): the
 *   same people, and everyone on the desk once it is live, since readers see it then anyway.
 * A reporter never learns of another reporter's unpublished work, scheduled stories included.
 * Every desk read applies it here, as a check on one story or as a where-clause on a list.
 */
type Actor = { id: number; role: Role };
type StoryAccess = { authorId: number; status?: ArticleStatus; publishedAt?: Date | null };

export function canReadOnDesk(article: Pick<StoryAccess, 'authorId'>, actor: Actor): boolean {
  if (can(actor.role, 'article.editAny')) return true;
  return article.authorId === actor.id && can(actor.role, 'article.editOwn');
}

/** Whether the story is live for readers now (published, and its time has come). */
function isLiveNow(article: StoryAccess, at: Date): boolean {
  return article.status === 'published' && !!article.publishedAt && article.publishedAt <= at;
}

export function canSeeOnDesk(article: StoryAccess, actor: Actor, at = now()): boolean {
  return canReadOnDesk(article, actor) || isLiveNow(article, at);
}

/** The stories the actor may open, as a where-clause on `articles` (undefined: every story). */
export function readableOnDesk(actor: Actor): SQL | undefined {
  if (can(actor.role, 'article.editAny')) return undefined;
  return can(actor.role, 'article.editOwn') ? eq(articles.authorId, actor.id) : sql`false`;
}

/** The stories whose existence the actor may learn of, as a where-clause on `articles` (undefined: every story). */
export function seeableOnDesk(actor: Actor, at = now()): SQL | undefined {
  const readable = readableOnDesk(actor);
  return readable ? or(readable, isLive(at)) : undefined;
}

export const noAccessMessage = 'Bạn không có quyền xem bài này.';

/** Refuses, in the newsroom's words, a read of a story the actor may not open. */
export function assertCanReadOnDesk(article: Pick<StoryAccess, 'authorId'>, actor: Actor, message = noAccessMessage): void {
  if (!canReadOnDesk(article, actor)) throw new DomainError('forbidden', message);
}
