import 'server-only';
import { and, eq, gt, lte } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles } from '@/db/schema';
import { claimStoriesGoingLive } from '@/lib/articles/going-live';
import { pagesTouchedBy } from './change-events';
import { readStoryFootprints } from './invalidation';
import { askOwnInstanceToExpire } from './own-instance';
import { foldCompletedDays } from '@/lib/stats/rollup';
import { now } from '@/lib/clock';
import { vietnamIsoDay } from '@/lib/dates';

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
 * when a story's time comes, the instance asks its own route handler to expire the pages that story
 * touches (cache expiry needs a request context). No job to run by hand, and it holds on every instance.
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
      // …but every instance expires its own pages when a story's time passes: each ticks anyway,
      // so the going-live is not announced (lib/cache/fan-out.ts) on top.
      const due = await storiesGoingLive({ since, until });
      for (const story of await readStoryFootprints(due.map((d) => d.id))) {
        await askOwnInstanceToExpire(pagesTouchedBy({ kind: 'story.wentLive', story }));
      }
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
