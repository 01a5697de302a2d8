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

/**
 * Stories that went live in the range per reporter (the account that wrote them) and per section,
 * with how often they were sent back and the median time from sending to going live.
 */
export async function getNewsroomOutput({ actor, range, authorId }: Args): Promise<{ perReporter: OutputRow[]; perSection: OutputRow[] }> {
  const scope = statsScopeFor(actor, authorId);
  const db = await getDb();
  // Each story's returns and first sending from its own audit rows (the subject index), in one pass.
  const rows = rowsOf<{ by: 'reporter' | 'section'; id: number | null; name: string; stories: number; returns: number; median_hours: number | string | null }>(
    await db.execute(sql`
      with s as (
        select a.author_id, a.section_id, t.returns, extract(epoch from (a.published_at - t.first_sent)) / 3600 as hours
        from articles a
        cross join lateral (
          select count(*) filter (where l.action = 'article.return')::int as returns, min(l.at) filter (where l.action = 'article.submit') as first_sent
          from audit_log l where l.subject_type = 'article' and l.subject_id = a.id::text and l.action in ('article.return', 'article.submit')
        ) t
        where ${publishedIn(range, scope)}
      )
      select case when grouping(s.author_id) = 0 then 'reporter' else 'section' end as by,
        coalesce(s.author_id, s.section_id) as id,
        case when grouping(s.author_id) = 0 then coalesce(min(u.name), 'Người dùng đã xóa') else coalesce(min(x.name), 'Chưa có chuyên mục') end as name,
        count(*)::int as stories, sum(s.returns)::int as returns, percentile_cont(0.5) within group (order by s.hours) as median_hours
      from s left join users u on u.id = s.author_id left join sections x on x.id = s.section_id
      group by grouping sets ((s.author_id), (s.section_id))
      order by stories desc, name`),
  );
  const map = (r: (typeof rows)[number]): OutputRow => ({
    id: num(r.id),
    name: r.name,
    stories: Number(r.stories),
    returns: Number(r.returns ?? 0),
    medianHours: num(r.median_hours),
  });
  return { perReporter: rows.filter((r) => r.by === 'reporter').map(map), perSection: rows.filter((r) => r.by === 'section').map(map) };
}

export type SignoffTimeRow = {
  /** `level-1`, `level-2` …, `publish` (from the last approval to publication), `total` (from sending). */
  step: string;
  label: string;
  stories: number;
  medianHours: number | null;
  p90Hours: number | null;
};

/**
 * How long each level of the sign-off chain held the stories that went live in the range: from the
 * story reaching the level (sent, or approved at the level below) to its approval there; then from
 * the last approval to publication, and from sending to publication in all. Median and the 90th
 * percentile, the figures an editor asks for: the slow tenth is what readers wait for.
 */
export async function getSignoffTimes({ actor, range, authorId }: Args): Promise<SignoffTimeRow[]> {
  const scope = statsScopeFor(actor, authorId);
  const db = await getDb();
  const rows = rowsOf<{ step: string; level: number | null; stories: number; median: number | string | null; p90: number | string | null }>(
    await db.execute(sql`
      with trail as (
        -- Each story's own audit rows through the subject index, its steps in order.
        select t.* from articles a
        cross join lateral (
          select l.action, l.at, (l.before ->> 'reviewLevel')::int as level,
            lag(l.at) over (order by l.id) as prev_at,
            max(case when l.action in ('article.submit', 'article.reviewAgain') then l.at end) over (order by l.id rows unbounded preceding) as sent_at
          from audit_log l
          where l.subject_type = 'article' and l.subject_id = a.id::text
            and l.action in ('article.submit', 'article.reviewAgain', 'article.approve', 'article.publish')
        ) t
        where ${publishedIn(range, scope)}
      ),
      waits as (
        select case when action = 'article.approve' then 'level' else 'publish' end as step,
          case when action = 'article.approve' then level end as level,
          extract(epoch from (at - prev_at)) / 3600 as hours
        from trail where action = 'article.approve' or (action = 'article.publish' and prev_at is not null)
        union all
        select 'total', null, extract(epoch from (at - sent_at)) / 3600 from trail where action = 'article.publish' and sent_at is not null
      )
      select step, level, count(*)::int as stories,
        percentile_cont(0.5) within group (order by hours) as median,
        percentile_cont(0.9) within group (order by hours) as p90
      from waits where hours >= 0 group by step, level order by step = 'total', step = 'publish', level`),
  );
  const chain = await getSignoffChain();
  return rows.map((r) => {
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
}

export type ReturnFigures = {
  stories: number;
  returned: number;
  /** Stories by how many times they were sent back: 0, 1, 2, 3 or more. */
  distribution: { returns: string; stories: number }[];
  /** The stories sent back most, most first. */
  mostReturned: { id: number; title: string; author: string; returns: number }[];
};

/** How often the stories that went live in the range were sent back to their writer. */
export async function getReturnFigures({ actor, range, authorId, limit = 20 }: Args & { limit?: number }): Promise<ReturnFigures> {
  const scope = statsScopeFor(actor, authorId);
  const db = await getDb();
  const rows = rowsOf<{ id: number; title: string; author: string | null; returns: number }>(
    await db.execute(sql`
      select a.id, a.title, u.name as author,
        (select count(*) from audit_log l where l.subject_type = 'article' and l.subject_id = a.id::text and l.action = 'article.return')::int as returns
      from articles a left join users u on u.id = a.author_id where ${publishedIn(range, scope)}`),
  );
  const buckets = ['0', '1', '2', '3+'];
  const counts = new Map(buckets.map((b) => [b, 0]));
  for (const r of rows) {
    const b = r.returns >= 3 ? '3+' : String(r.returns);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return {
    stories: rows.length,
    returned: rows.filter((r) => Number(r.returns) > 0).length,
    distribution: buckets.map((b) => ({ returns: b, stories: counts.get(b) ?? 0 })),
    mostReturned: rows
      .filter((r) => Number(r.returns) > 0)
      .sort((a, b) => b.returns - a.returns || a.id - b.id)
      .slice(0, limit)
      .map((r) => ({ id: Number(r.id), title: r.title, author: r.author ?? 'Người dùng đã xóa', returns: Number(r.returns) })),
  };
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
