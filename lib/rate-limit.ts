import 'server-only';
import { and, count, eq, gt, lt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { rateLimitEvents } from '@/db/schema';

export type Limit = { max: number; windowMs: number };

/** Counts events in the DB so that the limit holds on every instance behind a load balancer. */
export async function countRecent(bucket: string, windowMs: number): Promise<number> {
  const db = await getDb();
  const since = new Date(Date.now() - windowMs);
  const [row] = await db
    .select({ n: count() })
    .from(rateLimitEvents)
    .where(and(eq(rateLimitEvents.bucket, bucket), gt(rateLimitEvents.at, since)));
  return row?.n ?? 0;
}

export async function isLimited(buckets: string[], limit: Limit): Promise<boolean> {
  for (const bucket of buckets) if ((await countRecent(bucket, limit.windowMs)) >= limit.max) return true;
  return false;
}

export async function recordEvent(buckets: string[]): Promise<void> {
  const db = await getDb();
  await db.insert(rateLimitEvents).values(buckets.map((bucket) => ({ bucket })));
  // Old events are worthless: sweep now and then instead of on every request.
  if (Math.random() < 0.02) {
    await db.delete(rateLimitEvents).where(lt(rateLimitEvents.at, new Date(Date.now() - 24 * 3600_000)));
  }
}

export async function clearEvents(bucket: string): Promise<void> {
  const db = await getDb();
  await db.delete(rateLimitEvents).where(eq(rateLimitEvents.bucket, bucket));
}

/**
 * Takes one event from `key`'s allowance: `ok: false` once `limit.max` events fell inside the window.
 * (Issue 9: to be made atomic on both databases and in Redis.)
 */
export async function consumeRateLimit(key: string, limit: Limit): Promise<{ ok: boolean; retryAfterMs: number }> {
  if ((await countRecent(key, limit.windowMs)) >= limit.max) return { ok: false, retryAfterMs: limit.windowMs };
  await recordEvent([key]);
  return { ok: true, retryAfterMs: 0 };
}
