import 'server-only';
import { rangeQuery } from '@/components/desk/stats-parts';
import { requireDeskUser } from '@/lib/auth/session';
import { now as clockNow } from '@/lib/clock';
import { firstValues } from '@/lib/search-params';
import { readsWholeNewsroom } from '@/lib/stats/access';
import { rangeFromParams, statsParamsSchema } from '@/lib/stats/range';

/** What every statistics page starts with: the person (may they read figures?), the range from the address bar. */
export async function openStatsPage(path: string, searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const user = await requireDeskUser('stats.read', path);
  const parsed = statsParamsSchema.safeParse(firstValues(await searchParams));
  // A mistyped day in the address bar falls back to the last 7 days, and the page says so.
  const { range, preset } = rangeFromParams(parsed.success ? parsed.data : {}, clockNow());
  return { path, user, range, preset, query: rangeQuery(range, preset), own: !readsWholeNewsroom(user), invalid: !parsed.success };
}

export type StatsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };
