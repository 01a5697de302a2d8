import 'server-only';
import crypto from 'node:crypto';
import { and, eq, gt, lte } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles } from '@/db/schema';
import { authSecret } from '@/lib/auth/secret';
import { claimStoriesGoingLive } from '@/lib/articles/going-live';
import { foldCompletedDays } from '@/lib/stats/rollup';
import { now } from '@/lib/clock';
import { vietnamIsoDay } from '@/lib/dates';

/** Proves a cache-expiry call comes from this deployment's own timer. */
export function internalToken(): string {
  return crypto.createHmac('sha256', authSecret()).update('reader-cache-expiry').digest('base64url');
}

export function isInternalToken(value: string | null): boolean {
  if (!value) return false;
  const expected = Buffer.from(internalToken());
  const given = Buffer.from(value);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/**
 * Expiring cached pages needs a request context, so timers ask this instance's own route
 * (/api/bo-nho-dem/het-han) to do it: a story's page (`path`), or every reader page (null).
 */
export async function askOwnInstanceToExpire(path: string | null): Promise<void> {
  const port = process.env.PORT ?? '3000';
  await fetch(`http://127.0.0.1:${port}/api/bo-nho-dem/het-han`, {
    method: 'POST',
    headers: { 'x-toasoan-token': internalToken(), 'content-type': 'application/json' },
    body: JSON.stringify({ path }),
  });
}

/** Stories whose scheduled time fell in (since, until]. */
export async function storiesGoingLive({ since, until }: { since: Date; until: Date }) {
  const db = await getDb();
  return db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, 'published'), gt(articles.publishedAt, since), lte(articles.publishedAt, until)))
    .limit(50);
}

/**
 * A scheduled story has nobody to expire the cached pages at its time, so every instance ticks:
 * when a story's time comes, the instance asks its own route handler to expire its reader pages
 * (cache expiry needs a request context). No job to run by hand, and it holds on every instance.
 */
export function startScheduledPublishing({ intervalMs = 5_000 }: { intervalMs?: number } = {}) {
  const g = globalThis as { __toasoanTicker?: NodeJS.Timeout };
  if (g.__toasoanTicker) return;
  let since = now();
  let lastFoldDay: string | null = null;
  g.__toasoanTicker = setInterval(async () => {
    // The injectable clock: an e2e run may move it forward (lib/clock.ts).
    const until = now();
    try {
      // Exactly one instance claims each due story and writes its one audit row (SKIP LOCKED)…
      await claimStoriesGoingLive({ now: until });
      // …but every instance still expires its own pages when a story's time passes, until the
      // change bus carries the claim to the others.
      const due = await storiesGoingLive({ since, until });
      if (due.length) await askOwnInstanceToExpire(null);
      since = until;
    } catch (err) {
      console.error('Không làm mới được bộ nhớ đệm cho bài hẹn giờ:', err);
    }
    // The statistics rollup: folds yesterday's reads once the day is over (a no-op the rest of the day).
    if (vietnamIsoDay(until) !== lastFoldDay) {
      try {
        await foldCompletedDays({ now: until });
        lastFoldDay = vietnamIsoDay(until);
      } catch (err) {
        console.error('Không gộp được lượt đọc theo ngày:', err);
      }
    }
  }, intervalMs);
  g.__toasoanTicker.unref();
}
