import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb, rowsOf } from '@/db/client';
import { settings } from '@/db/schema';
import { now as clockNow } from '@/lib/clock';
import { startOfIsoDay, vietnamIsoDay } from '@/lib/dates';
import { addDays, daysOf } from './range';

/**
 * The statistics rollup: completed Vietnam days of `article_views` (a row per story per hour per
 * source) are folded into `article_views_daily` (a row per story per day per source),
 * `article_day_views` (a row per story per day, the sources together) and `section_views_daily` (the
 * newsroom's totals per day, section and source). The setting below holds the first day not
 * folded yet: every day before it is in the daily tables, every hour from it on is read from the
 * hourly table (lib/stats/views.ts joins the two), so a read never counts an hour twice or misses
 * one, whenever the rollup last ran.
 *
 * Idempotent and safe on several instances: each batch re-reads the mark under a row lock, replaces
 * the days it folds (delete + insert of the same sums) and moves the mark in the same transaction.
 */
export const FOLDED_UNTIL_KEY = 'stats.viewsFoldedUntil';

/** Days folded per transaction: a first run over years of history goes a month at a time. */
const BATCH_DAYS = 31;

/** The first Vietnam day whose reads are still read hour by hour (null before the first rollup). */
export async function foldedUntil(): Promise<string | null> {
  const db = await getDb();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, FOLDED_UNTIL_KEY));
  return typeof row?.value === 'string' ? row.value : null;
}

/**
 * Folds every completed Vietnam day (before today's, as of `now`) not folded yet. Returns the days
 * folded, oldest first, and the new mark. Reads only ever arrive in the current hour; `since` folds
 * again from an older day, for reads loaded afterwards (an import, the demo, a test's backdated reads).
 */
export async function foldCompletedDays({ now = clockNow(), since }: { now?: Date; since?: string } = {}): Promise<{ folded: string[]; until: string }> {
  const db = await getDb();
  const today = vietnamIsoDay(now);
  const folded: string[] = [];
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      await tx.insert(settings).values({ key: FOLDED_UNTIL_KEY, value: sql`'null'::jsonb` }).onConflictDoNothing();
      const [row] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, FOLDED_UNTIL_KEY)).for('update');
      let from = typeof row?.value === 'string' ? row.value : null;
      if (since && from && since < from && !folded.length) from = since;
      if (!from) {
        // First run: start at the oldest read on record (or today, when there is none).
        const [oldest] = rowsOf<{ hour: string | Date | null }>(await tx.execute(sql`select min(hour) as hour from article_views`));
        from = oldest?.hour ? vietnamIsoDay(new Date(oldest.hour)) : today;
      }
      // A mark past today (the clock was moved ahead and back, as tests and a wrong server clock do)
      // comes back to today, or today's reads would be looked for among the folded days and missed.
      if (from > today) from = today;
      if (from >= today) {
        if (row?.value !== from) await tx.update(settings).set({ value: from, updatedAt: now }).where(eq(settings.key, FOLDED_UNTIL_KEY));
        return { days: [] as string[], until: from };
      }
      let to = addDays(from, BATCH_DAYS);
      if (to > today) to = today;
      const start = startOfIsoDay(from);
      const end = startOfIsoDay(to);
      await tx.execute(sql`delete from article_views_daily where day >= ${from}::date and day < ${to}::date`);
      await tx.execute(sql`delete from article_day_views where day >= ${from}::date and day < ${to}::date`);
      await tx.execute(sql`delete from section_views_daily where day >= ${from}::date and day < ${to}::date`);
      // Vietnam keeps UTC+7 all year: the day of an hour is the UTC date seven hours later.
      await tx.execute(sql`
        insert into article_views_daily (article_id, day, source, views)
        select article_id, ((hour at time zone 'UTC') + interval '7 hours')::date, source, sum(views)::int
        from article_views
        where hour >= ${start} and hour < ${end}
        group by 1, 2, 3`);
      // Each story's day, the sources together, and the newsroom's totals per day per section per
      // source, from the rows just written.
      await tx.execute(sql`
        insert into article_day_views (article_id, day, views)
        select article_id, day, sum(views) from article_views_daily
        where day >= ${from}::date and day < ${to}::date
        group by 1, 2`);
      await tx.execute(sql`
        insert into section_views_daily (day, section_id, source, views)
        select d.day, coalesce(a.section_id, 0), d.source, sum(d.views)
        from article_views_daily d join articles a on a.id = d.article_id
        where d.day >= ${from}::date and d.day < ${to}::date
        group by 1, 2, 3`);
      await tx.update(settings).set({ value: to, updatedAt: now }).where(eq(settings.key, FOLDED_UNTIL_KEY));
      return { days: daysOf({ from, to: addDays(to, -1) }), until: to };
    });
    folded.push(...batch.days);
    if (!batch.days.length) return { folded, until: batch.until };
  }
}
