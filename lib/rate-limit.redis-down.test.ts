import { like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { unique, withTestDatabase } from '@/test/database';

// REDIS_URL names a Redis that is not there (nothing listens on port 1): limits are still counted,
// in the database, and an attempt does not wait for Redis to come back.
process.env.REDIS_URL = 'redis://127.0.0.1:1';

withTestDatabase();

describe('rate limits while Redis is unreachable', () => {
  it('counts in the database instead: the limit still holds, and each attempt is answered', async () => {
    const { consumeRateLimit, resetRateLimit } = await import('./rate-limit');
    const { getDb } = await import('@/db/client');
    const { rateLimits } = await import('@/db/schema');
    const key = unique('test-auth-redis-down');
    const limit = { max: 3, windowMs: 60_000 };
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await consumeRateLimit(key, limit));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false, false]);
    const db = await getDb();
    expect(await db.select().from(rateLimits).where(like(rateLimits.key, `%${key}`))).toHaveLength(1);
    // A successful sign-in forgets the failures: also while Redis is away.
    await resetRateLimit(key, limit);
    expect((await consumeRateLimit(key, limit)).ok).toBe(true);
  });
});
