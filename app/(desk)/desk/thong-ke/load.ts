import 'server-only';
import { statsQuery } from '@/components/desk/stats-parts';
import { listDeskAuthors } from '@/lib/articles/my-desk';
import { requireDeskUser } from '@/lib/auth/session';
import { now as clockNow } from '@/lib/clock';
import { refusedOnDesk } from '@/lib/desk-pages';
import { firstValues } from '@/lib/search-params';
import { readsWholeNewsroom, statsScopeFor } from '@/lib/stats/access';
import { parseStatsParams, rangeFromParams, statsParamNotice } from '@/lib/stats/range';

/**
 * What every statistics page starts with: the person (may they read figures?), the range and the
 * writer picked from the address bar, and the desk's writers for the picker (for those who read the
 * whole newsroom). A reporter who asks for someone else's figures is refused, as the reads refuse.
 */
export async function openStatsPage(path: string, searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const user = await requireDeskUser('stats.read', path);
  const { params, problems } = parseStatsParams(firstValues(await searchParams));
  // A mistyped day in the address bar falls back to a preset (the last 7 days), and the page says so.
  const { range, preset } = rangeFromParams(params, clockNow());
  try {
    statsScopeFor(user, params.nguoi);
  } catch (err) {
    refusedOnDesk(err);
  }
  const whole = readsWholeNewsroom(user);
  const authors = whole ? await listDeskAuthors({ actor: user }) : null;
  // Someone not on the desk (a mistyped or stale link) is no one to narrow to: the whole newsroom.
  const person = authors && params.nguoi ? (authors.find((a) => a.id === params.nguoi) ?? null) : null;
  if (authors && params.nguoi && !person) problems.push('person');
  const authorId = person?.id ?? null;
  return {
    path,
    user,
    range,
    preset,
    authorId,
    person,
    authors,
    /** What the page's reads take: this person, this range, the writer picked. */
    reads: { actor: user, range, authorId },
    query: statsQuery({ range, preset, authorId }),
    own: !whole,
    /** What the page says about a part of its address it could not read, shown by the shared header. */
    invalid: statsParamNotice(problems, { preset, own: !whole }),
  };
}

export type StatsPage = Awaited<ReturnType<typeof openStatsPage>>;
export type StatsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };
