import { describe, expect, it } from 'vitest';
import { unique, withTestDatabase } from '@/test/database';
import { consumeRateLimit, refundRateLimit, resetRateLimit } from './rate-limit';

withTestDatabase();

const limit = { max: 5, windowMs: 15 * 60_000 };

describe('rate limits', () => {
  it('lets exactly the limit through when 20 attempts arrive at once', async () => {
    const key = unique('test-auth:parallel');
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit(key, limit)));
    expect(results.filter((r) => r.ok)).toHaveLength(limit.max);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(20 - limit.max);
    for (const r of refused) {
      expect(r.retryAfterMs).toBeGreaterThan(0);
      expect(r.retryAfterMs).toBeLessThanOrEqual(limit.windowMs);
    }
  });

  it('keeps keys and windows apart', async () => {
    const key = unique('test-auth:apart');
    for (let i = 0; i < limit.max; i++) expect((await consumeRateLimit(key, limit)).ok).toBe(true);
    expect((await consumeRateLimit(key, limit)).ok).toBe(false);
    expect((await consumeRateLimit(unique('test-auth:other'), limit)).ok).toBe(true);
    // The same key under another limit has a counter of its own.
    expect((await consumeRateLimit(key, { max: 1, windowMs: 60_000 })).ok).toBe(true);
  });

  it('gives an attempt back on refund and forgets the key on reset', async () => {
    const key = unique('test-auth:refund');
    for (let i = 0; i < limit.max; i++) await consumeRateLimit(key, limit);
    await refundRateLimit(key, limit);
    expect((await consumeRateLimit(key, limit)).ok).toBe(true);
    expect((await consumeRateLimit(key, limit)).ok).toBe(false);
    await resetRateLimit(key, limit);
    expect((await consumeRateLimit(key, limit)).ok).toBe(true);
  });

  it('starts a fresh window once the old one has passed', async () => {
    const key = unique('test-auth:window');
    const short = { max: 2, windowMs: 300 };
    expect((await consumeRateLimit(key, short)).ok).toBe(true);
    expect((await consumeRateLimit(key, short)).ok).toBe(true);
    expect((await consumeRateLimit(key, short)).ok).toBe(false);
    await new Promise((r) => setTimeout(r, 400));
    expect((await consumeRateLimit(key, short)).ok).toBe(true);
  });
});
