import 'server-only';
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles } from '@/db/schema';
import { recordAudit } from '@/lib/audit';

/**
 * A scheduled story goes live when its time comes, with nobody pressing a button. Every instance
 * ticks, but exactly one claims each story: the due rows are locked with FOR UPDATE SKIP LOCKED in
 * the transaction that marks them live and writes their audit row, so a second ticker at the same
 * moment skips them instead of waiting and claiming them again. Returns the stories this call claimed.
 */
export async function claimStoriesGoingLive({ now, limit = 50 }: { now: Date; limit?: number }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: articles.id, sectionId: articles.sectionId, authorId: articles.authorId, publishedAt: articles.publishedAt })
      .from(articles)
      .where(and(eq(articles.goLivePending, true), eq(articles.status, 'published'), lte(articles.publishedAt, now)))
      .orderBy(asc(articles.publishedAt), asc(articles.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    await tx.update(articles).set({ goLivePending: false }).where(inArray(articles.id, due.map((d) => d.id)));
    for (const story of due) {
      await recordAudit(tx, {
        actorId: null,
        action: 'article.wentLive',
        subjectType: 'article',
        subjectId: story.id,
        after: { publishedAt: story.publishedAt },
      });
    }
    return due;
  });
}
