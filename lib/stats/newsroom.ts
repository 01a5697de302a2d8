import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { getDb, rowsOf } from '@/db/client';
import type { Role } from '@/db/schema';
import { getSignoffChain } from '@/lib/articles/chain';
import { DomainError } from '@/lib/errors';
import { readsWholeNewsroom, statsScopeFor, type StatsScope } from './access';
import { type DayRange, instantsOf } from './range';

/**
 * Newsroom figures over a range of Vietnam days, read from the stories and their sign-off trail
 * (the audit rows written in the same transaction as every step, lib/articles/signoff-round.ts):
 * output per reporter and per section, how long each level of the chain holds a story, how often
 * stories are sent back, and how long a comment waits for a moderator.
 */
type Actor = { id: number; role: Role };
type Args = { actor: Actor; range: DayRange; authorId?: number | null };

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Stories that went live in the range, within the scope, as a where-clause on `articles a`. */
function publishedIn(range: DayRange, scope: StatsScope): SQL {
  const { start, end } = instantsOf(range);
  const own = scope.authorId === null ? sql`` : sql` and a.author_id = ${scope.authorId}`;
  return sql`a.status = 'published' and a.published_at >= ${start} and a.published_at < ${end}${own}`;
}

export type OutputRow = { id: number | null; name: string; stories: number; returns: number; medianHours: number | null };

export type SignoffTimeRow = {
  /** `level-1`, `level-2` …, `publish` (from the last approval to publication), `total` (from sending). */
  step: string;
  label: string;
  stories: number;
  medianHours: number | null;
  p90Hours: number | null;
};

export type ReturnFigures = {
  stories: number;
  returned: number;
  /** Stories by how many times they were sent back: 0, 1, 2, 3 or more. */
  distribution: { returns: string; stories: number }[];
  /** The stories sent back most, most first. */
  mostReturned: { id: number; title: string; author: string; returns: number }[];
};

export type NewsroomFigures = {
  output: { perReporter: OutputRow[]; perSection: OutputRow[] };
  signoffTimes: SignoffTimeRow[];
  returns: ReturnFigures;
};

type OutputCell = { by: 'reporter' | 'section'; id: number | null; name: string; stories: number; returns: number | null; median_hours: number | null };
type SignoffCell = { step: string; level: number | null; stories: number; median: number | null; p90: number | null };
type ReturnCells = { stories: number; returned: number; buckets: { returns: string; stories: number }[] | null; most: { id: number; title: string; author: string | null; returns: number }[] | null };

/**
 * The figures of the Tòa soạn page over the stories that went live in the range, from one walk over
 * their sign-off trail (the audit rows written in the same transaction as every step,
 * lib/articles/signoff-round.ts), each story's rows through the subject index:
 * - output per reporter (the account that wrote them) and per section, with how often they were sent
 *   back and the median time from the first sending to going live;
 * - how long each level of the chain held them: from the story reaching the level (sent, or approved
 *   at the level below) to its approval there; then from the last approval to publication, and from
 *   sending to publication in all. Median and the 90th percentile, the figures an editor asks for:
 *   the slow tenth is what readers wait for;
 * - how often they were sent back to their writer, and the stories sent back most (`limit`).
 */
export async function getNewsroomFigures(args: Args & { limit?: number }): Promise<NewsroomFigures> {
  return readNewsroomFigures(args, allParts);
}

type Part = keyof NewsroomFigures;
const allParts: readonly Part[] = ['output', 'signoffTimes', 'returns'];

/** The figures asked for, from one statement (a part not asked for is not worked out, and comes back empty). */
async function readNewsroomFigures({ actor, range, authorId, limit = 20 }: Args & { limit?: number }, parts: readonly Part[]): Promise<NewsroomFigures> {
  const scope = statsScopeFor(actor, authorId);
  const db = await getDb();
  const part = (name: Part, query: SQL) => (parts.includes(name) ? query : sql`null::json`);
  const [row] = rowsOf<{ output: OutputCell[] | null; signoff: SignoffCell[] | null; returns: ReturnCells | null }>(
    await db.execute(sql`
      with stories as materialized (
        select a.id, a.title, a.author_id, a.section_id, a.published_at from articles a where ${publishedIn(range, scope)}
      ),
      -- Each story's own audit rows through the subject index (offset 0 keeps the planner from
      -- hashing the whole audit log instead, which it estimates cheaper and is not).
      trail as materialized (
        select l.id, s.id as article_id, l.action, l.at, l.level
        from stories s cross join lateral (
          select l.id, l.action, l.at, case when l.action = 'article.approve' then (l.before ->> 'reviewLevel')::int end as level from audit_log l
          where l.subject_type = 'article' and l.subject_id = s.id::text
            and l.action in ('article.submit', 'article.reviewAgain', 'article.approve', 'article.publish', 'article.return')
          offset 0
        ) l
      ),
      per_story as (
        select s.*, coalesce(t.returns, 0) as returns, extract(epoch from (s.published_at - t.first_sent)) / 3600 as hours
        from stories s left join (
          select article_id, count(*) filter (where action = 'article.return')::int as returns,
            min(at) filter (where action = 'article.submit') as first_sent
          from trail group by article_id
        ) t on t.article_id = s.id
      ),
      output as (
        select case when grouping(p.author_id) = 0 then 'reporter' else 'section' end as by,
          coalesce(p.author_id, p.section_id) as id,
          case when grouping(p.author_id) = 0 then coalesce(min(u.name), 'Người dùng đã xóa') else coalesce(min(x.name), 'Chưa có chuyên mục') end as name,
          count(*)::int as stories, sum(p.returns)::int as returns, percentile_cont(0.5) within group (order by p.hours) as median_hours
        from per_story p left join users u on u.id = p.author_id left join sections x on x.id = p.section_id
        group by grouping sets ((p.author_id), (p.section_id))
      ),
      steps as (
        -- Each story's steps in order; a return is not a step of the chain. One window for both: the
        -- ids are unique, so its frame (up to the current row) is the rows up to this one.
        select action, at, level, lag(at) over w as prev_at,
          max(case when action in ('article.submit', 'article.reviewAgain') then at end) over w as sent_at
        from trail where action <> 'article.return'
        window w as (partition by article_id order by id)
      ),
      -- Only waits of zero hours or more (a clock set back makes none); compared as instants, so each
      -- wait's hours are worked out once.
      waits as (
        select case when action = 'article.approve' then 'level' else 'publish' end as step,
          case when action = 'article.approve' then level end as level,
          extract(epoch from (at - prev_at)) / 3600 as hours
        from steps where (action = 'article.approve' or action = 'article.publish') and at >= prev_at
        union all
        select 'total', null, extract(epoch from (at - sent_at)) / 3600 from steps where action = 'article.publish' and at >= sent_at
      ),
      signoff as (
        select step, level, count(*)::int as stories,
          percentile_cont(0.5) within group (order by hours) as median,
          percentile_cont(0.9) within group (order by hours) as p90
        from waits group by step, level
      )
      select
        ${part('output', sql`(select json_agg(o order by o.stories desc, o.name) from output o)`)} as output,
        ${part('signoffTimes', sql`(select json_agg(g order by g.step = 'total', g.step = 'publish', g.level) from signoff g)`)} as signoff,
        ${part(
          'returns',
          sql`(select json_build_object(
          'stories', (select count(*) from per_story),
          'returned', (select count(*) from per_story where returns > 0),
          'buckets', (select json_agg(json_build_object('returns', b.returns, 'stories', b.stories)) from (
            select case when returns >= 3 then '3+' else returns::text end as returns, count(*)::int as stories from per_story group by 1) b),
          'most', (select json_agg(m order by m.returns desc, m.id) from (
            select p.id, p.title, u.name as author, p.returns from per_story p left join users u on u.id = p.author_id
            where p.returns > 0 order by p.returns desc, p.id limit ${limit}) m)
        ))`,
        )} as returns`),
  );
  const outputRows = row.output ?? [];
  const toOutput = (r: OutputCell): OutputRow => ({ id: num(r.id), name: r.name, stories: Number(r.stories), returns: Number(r.returns ?? 0), medianHours: num(r.median_hours) });
  const chain = await getSignoffChain();
  const signoffTimes = (row.signoff ?? []).map((r): SignoffTimeRow => {
    const level = num(r.level);
    const step = r.step === 'level' ? `level-${level}` : r.step;
    const label =
      r.step === 'level'
        ? `Cấp ${level}${chain.levels[(level ?? 0) - 1]?.title ? `: ${chain.levels[(level ?? 0) - 1].title}` : ''}`
        : r.step === 'publish'
          ? 'Từ khi duyệt xong đến khi xuất bản'
          : 'Từ khi gửi duyệt đến khi xuất bản';
    return { step, label, stories: Number(r.stories), medianHours: num(r.median), p90Hours: num(r.p90) };
  });
  const returns = row.returns ?? { stories: 0, returned: 0, buckets: null, most: null };
  const buckets = new Map((returns.buckets ?? []).map((b) => [b.returns, Number(b.stories)]));
  return {
    output: { perReporter: outputRows.filter((r) => r.by === 'reporter').map(toOutput), perSection: outputRows.filter((r) => r.by === 'section').map(toOutput) },
    signoffTimes,
    returns: {
      stories: Number(returns.stories),
      returned: Number(returns.returned),
      distribution: ['0', '1', '2', '3+'].map((b) => ({ returns: b, stories: buckets.get(b) ?? 0 })),
      mostReturned: (returns.most ?? []).map((r) => ({ id: Number(r.id), title: r.title, author: r.author ?? 'Người dùng đã xóa', returns: Number(r.returns) })),
    },
  };
}

/** Stories that went live in the range per reporter and per section (see getNewsroomFigures). */
export async function getNewsroomOutput(args: Args): Promise<NewsroomFigures['output']> {
  return (await readNewsroomFigures(args, ['output'])).output;
}

/** How long each level of the sign-off chain held the stories that went live in the range (see getNewsroomFigures). */
export async function getSignoffTimes(args: Args): Promise<SignoffTimeRow[]> {
  return (await readNewsroomFigures(args, ['signoffTimes'])).signoffTimes;
}

/** How often the stories that went live in the range were sent back to their writer (see getNewsroomFigures). */
export async function getReturnFigures(args: Args & { limit?: number }): Promise<ReturnFigures> {
  return (await readNewsroomFigures(args, ['returns'])).returns;
}

export type ModerationFigures = {
  moderated: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  perOutcome: { status: 'approved' | 'rejected' | 'spam'; comments: number; medianMinutes: number | null }[];
};

/**
 * How long readers' comments waited for a moderator, over the comments moderated in the range.
 * The whole newsroom's figure: editors and admins only (a reporter's stories are not theirs to moderate).
 */
export async function getModerationTimes({ actor, range }: { actor: Actor; range: DayRange }): Promise<ModerationFigures> {
  statsScopeFor(actor);
  if (!readsWholeNewsroom(actor)) throw new DomainError('forbidden', 'Bạn không có quyền xem số liệu kiểm duyệt.');
  const db = await getDb();
  const { start, end } = instantsOf(range);
  const rows = rowsOf<{ status: string | null; comments: number; median: number | string | null; p90: number | string | null }>(
    await db.execute(sql`
      select status::text, count(*)::int as comments,
        percentile_cont(0.5) within group (order by extract(epoch from (moderated_at - created_at)) / 60) as median,
        percentile_cont(0.9) within group (order by extract(epoch from (moderated_at - created_at)) / 60) as p90
      from comments
      where moderated_at >= ${start} and moderated_at < ${end} and moderated_by is not null and status <> 'pending'
      group by grouping sets ((status), ())`),
  );
  const all = rows.find((r) => r.status === null);
  const outcomes = ['approved', 'rejected', 'spam'] as const;
  return {
    moderated: Number(all?.comments ?? 0),
    medianMinutes: num(all?.median),
    p90Minutes: num(all?.p90),
    perOutcome: outcomes.map((status) => {
      const r = rows.find((x) => x.status === status);
      return { status, comments: Number(r?.comments ?? 0), medianMinutes: num(r?.median) };
    }),
  };
}
