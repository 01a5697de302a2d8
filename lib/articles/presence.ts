import 'server-only';
import { and, asc, eq, gte, lt, ne, or } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { articlePresence, articles, users } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import type { Actor } from './desk';
import { canReadOnDesk } from './access';

/** An open editor says so every 15 seconds; after 45 seconds of silence it no longer counts. */
export const HEARTBEAT_MS = 15_000;
export const PRESENCE_WINDOW_MS = 45_000;
/** Rows of stories nobody has opened for a day are swept on any heartbeat, so the table stays small. */
const SWEEP_AFTER_MS = 24 * 60 * 60 * 1000;

export type PresentPerson = { name: string; since: string };

async function assertReadable(tx: Tx, actor: Actor, articleId: number) {
  const [article] = await tx
    .select({ authorId: articles.authorId, status: articles.status })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (!article) throw new DomainError('not_found', 'Không tìm thấy bài viết.');
  if (!canReadOnDesk(article, actor)) throw new DomainError('forbidden', 'Bạn không có quyền xem bài này.');
}

async function othersOnArticle(tx: Tx, actor: Actor, articleId: number, now: Date): Promise<PresentPerson[]> {
  const rows = await tx
    .select({ name: users.name, since: articlePresence.since })
    .from(articlePresence)
    .innerJoin(users, eq(users.id, articlePresence.userId))
    .where(
      and(
        eq(articlePresence.articleId, articleId),
        ne(articlePresence.userId, actor.id),
        gte(articlePresence.lastSeen, new Date(now.getTime() - PRESENCE_WINDOW_MS)),
      ),
    )
    .orderBy(asc(articlePresence.since));
  return rows.map((r) => ({ name: r.name, since: r.since.toISOString() }));
}

/**
 * The heartbeat of an open story: notes that the actor has it open (since their first heartbeat of
 * an unbroken run) and answers who else has it open. Not audited: it changes no newsroom record and
 * would write four audit rows a minute per open page.
 */
export async function markArticleOpen({
  actor,
  articleId,
  now = new Date(),
}: {
  actor: Actor;
  articleId: number;
  now?: Date;
}): Promise<PresentPerson[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertReadable(tx, actor, articleId);
    // An expired row is dropped first, so a person who comes back starts a fresh “since”.
    await tx
      .delete(articlePresence)
      .where(
        or(
          and(eq(articlePresence.articleId, articleId), lt(articlePresence.lastSeen, new Date(now.getTime() - PRESENCE_WINDOW_MS))),
          lt(articlePresence.lastSeen, new Date(now.getTime() - SWEEP_AFTER_MS)),
        ),
      );
    await tx
      .insert(articlePresence)
      .values({ articleId, userId: actor.id, since: now, lastSeen: now })
      .onConflictDoUpdate({ target: [articlePresence.articleId, articlePresence.userId], set: { lastSeen: now } });
    return othersOnArticle(tx, actor, articleId, now);
  });
}

/** The page was closed or left: the others stop seeing this person at once. */
export async function markArticleLeft({
  actor,
  articleId,
  now = new Date(),
}: {
  actor: Actor;
  articleId: number;
  now?: Date;
}): Promise<PresentPerson[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertReadable(tx, actor, articleId);
    await tx.delete(articlePresence).where(and(eq(articlePresence.articleId, articleId), eq(articlePresence.userId, actor.id)));
    return othersOnArticle(tx, actor, articleId, now);
  });
}

/** Who else has the story open now, without counting the actor in. */
export async function listArticlePresence({
  actor,
  articleId,
  now = new Date(),
}: {
  actor: Actor;
  articleId: number;
  now?: Date;
}): Promise<PresentPerson[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertReadable(tx, actor, articleId);
    return othersOnArticle(tx, actor, articleId, now);
  });
}
