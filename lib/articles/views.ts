import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, articleViews } from '@/db/schema';
import { isLive } from './public';

/** One read of a live story: the hour's bucket (for most read) and the running total. */
export async function recordView({ articleId, at = new Date() }: { articleId: number; at?: Date }): Promise<boolean> {
  const db = await getDb();
  const hour = new Date(Math.floor(at.getTime() / 3600_000) * 3600_000);
  return db.transaction(async (tx) => {
    const [live] = await tx
      .update(articles)
      .set({ viewCount: sql`${articles.viewCount} + 1` })
      .where(and(eq(articles.id, articleId), isLive()))
      .returning({ id: articles.id });
    if (!live) return false;
    await tx
      .insert(articleViews)
      .values({ articleId, hour, views: 1 })
      .onConflictDoUpdate({ target: [articleViews.articleId, articleViews.hour], set: { views: sql`${articleViews.views} + 1` } });
    return true;
  });
}
