import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, articleViews } from '@/db/schema';
import { privateHash } from '@/lib/auth/secret';
import { now } from '@/lib/clock';
import { DomainError } from '@/lib/errors';
import { consumeRateLimit, type Limit } from '@/lib/rate-limit';
import type { ViewSource } from '@/lib/stats/referrer';
import { isLive } from './public';

/** Reads one address may add in ten minutes: a newsroom's office behind one address reads less. */
export const VIEW_LIMIT: Limit = { max: 120, windowMs: 10 * 60_000 };
/** A browser's read of the same story counts again after this. */
export const REREAD_AFTER_MS = 30 * 60_000;

/**
 * One read of a live story: the hour's bucket for its source (most read sums the sources) and the running total. A browser counts
 * once per story per half hour and an address a bounded number of times, so a script cannot push a
 * story into "most read"; a read past those limits is simply not counted. Not found when the story is not live.
 */
export async function recordView({
  articleId,
  browser,
  address,
  source = 'direct',
  at = now(),
}: {
  articleId: number;
  browser: string;
  address: string;
  /** Where the read came from (classifyReferrer): kept as a counter per hour, never per reader. */
  source?: ViewSource;
  at?: Date;
}): Promise<{ counted: boolean }> {
  const db = await getDb();
  const [live] = await db.select({ id: articles.id }).from(articles).where(and(eq(articles.id, articleId), isLive(at)));
  if (!live) throw new DomainError('not_found', 'Bài viết không tồn tại hoặc đã bị gỡ.');
  const browserKey = `view:browser:${privateHash('ip', `voter:${browser}`)}:${articleId}`;
  if (!(await consumeRateLimit(browserKey, { max: 1, windowMs: REREAD_AFTER_MS })).ok) return { counted: false };
  if (!(await consumeRateLimit(`view:ip:${privateHash('ip', address)}`, VIEW_LIMIT)).ok) return { counted: false };
  const hour = new Date(Math.floor(at.getTime() / 3600_000) * 3600_000);
  await db.transaction(async (tx) => {
    await tx
      .update(articles)
      .set({ viewCount: sql`${articles.viewCount} + 1` })
      .where(eq(articles.id, articleId));
    await tx
      .insert(articleViews)
      .values({ articleId, hour, source, views: 1 })
      .onConflictDoUpdate({ target: [articleViews.articleId, articleViews.hour, articleViews.source], set: { views: sql`${articleViews.views} + 1` } });
  });
  return { counted: true };
}
