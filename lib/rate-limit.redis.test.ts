import { describe, expect, it } from 'vitest';
import { unique, withTestDatabase } from '@/test/database';

// Runs where a Redis server is named (CI machines may have none): the limits then live in Redis.
const url = process.env.TEST_REDIS_URL;
if (url) process.env.REDIS_URL = url;

withTestDatabase();

describe.runIf(url)('rate limits in Redis', () => {
  it('lets exactly the limit through when 20 attempts arrive at once, and counts nothing in the database', async () => {
    const { consumeRateLimit } = await import('./rate-limit');
    const { getDb } = await import('@/db/client');
    const { rateLimits } = await import('@/db/schema');
    const { like } = await import('drizzle-orm');
    const key = unique('test-auth-redis:parallel');
    const limit = { max: 5, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit(key, limit)));
    expect(results.filter((r) => r.ok)).toHaveLength(limit.max);
    const db = await getDb();
    expect(await db.select().from(rateLimits).where(like(rateLimits.key, `%${key}`))).toEqual([]);
  });
});
