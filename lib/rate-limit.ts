import 'server-only';
import Redis from 'ioredis';
import { RateLimiterDrizzle, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { getDb, type Database } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { env } from '@/lib/env';

export type Limit = { max: number; windowMs: number };
export type RateLimitResult = { ok: boolean; retryAfterMs: number };

/**
 * Limits are counted by rate-limiter-flexible, one atomic statement per attempt (never a count and
 * then an insert, which let parallel requests through): in Redis when REDIS_URL is set (shared by
 * every instance, with the database as the fallback while Redis is unreachable), otherwise in the
 * database's rate_limits table through its Drizzle store, the same upsert on PGlite and PostgreSQL.
 */
type Stores = { db: Database; byLimit: Map<string, RateLimiterAbstract> };
const holder = (globalThis as { __toasoanRateLimits?: { stores?: Stores; redis?: Redis; connecting?: Promise<void> } }).__toasoanRateLimits ??= {};

/**
 * Redis down must not make a sign-in wait: no offline queue (a command while disconnected fails at
 * once, and the database counts it instead) and a short command timeout for a Redis that hangs.
 * The first use waits for the connection (at most its timeout), so that a healthy Redis counts from
 * the first attempt. The outage is logged once, not once per reconnection attempt.
 */
async function redisClient(url: string): Promise<Redis> {
  if (holder.redis) {
    await holder.connecting;
    return holder.redis;
  }
  const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2000, commandTimeout: 500, enableOfflineQueue: false });
  let down = false;
  redis.on('error', (err: Error) => {
    if (!down) console.error(`[rate-limit] Redis không trả lời (${err.message}); tạm đếm trong cơ sở dữ liệu.`);
    down = true;
  });
  redis.on('ready', () => (down = false));
  holder.redis = redis;
  holder.connecting = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 2000);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once('ready', done);
    redis.once('error', done);
  });
  await holder.connecting;
  return redis;
}

async function limiterFor(limit: Limit): Promise<RateLimiterAbstract> {
  const db = await getDb();
  // A test or a restore may install another database: limiters hold on to the one they were made for.
  if (holder.stores?.db !== db) holder.stores = { db, byLimit: new Map() };
  const id = `${limit.max}x${limit.windowMs}`;
  let limiter = holder.stores.byLimit.get(id);
  if (!limiter) {
    const opts = { keyPrefix: `rl${id}`, points: limit.max, duration: limit.windowMs / 1000 };
    const inDb = new RateLimiterDrizzle({ ...opts, storeClient: db, schema: rateLimits });
    const { REDIS_URL } = env();
    limiter = REDIS_URL ? new RateLimiterRedis({ ...opts, storeClient: await redisClient(REDIS_URL), insuranceLimiter: inDb }) : inDb;
    holder.stores.byLimit.set(id, limiter);
  }
  return limiter;
}

/** Takes one attempt from `key`'s allowance: `ok: false` once `limit.max` attempts fell inside the window. */
export async function consumeRateLimit(key: string, limit: Limit): Promise<RateLimitResult> {
  const limiter = await limiterFor(limit);
  try {
    await limiter.consume(key);
    return { ok: true, retryAfterMs: 0 };
  } catch (res) {
    if (res instanceof RateLimiterRes) return { ok: false, retryAfterMs: Math.max(res.msBeforeNext, 1000) };
    throw res;
  }
}

/** Gives one attempt back (it turned out to be a legitimate one, e.g. a valid password link). */
export async function refundRateLimit(key: string, limit: Limit): Promise<void> {
  await (await limiterFor(limit)).reward(key, 1);
}

/** Forgets `key`'s attempts, e.g. the failures before a successful sign-in. */
export async function resetRateLimit(key: string, limit: Limit): Promise<void> {
  await (await limiterFor(limit)).delete(key);
}

/** "15 phút", "1 phút" — for the Vietnamese wait messages. */
export function minutesToWait(ms: number): string {
  return `${Math.max(1, Math.ceil(ms / 60_000))} phút`;
}
