import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { getDb, rowsOf } from '@/db/client';
import type { Role } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { statsScopeFor, type StatsScope } from './access';
import { addDays, type DayRange, daysOf, instantsOf } from './range';
import { type ViewSource, viewSources } from './referrer';
import { foldedUntil } from './rollup';

/**
 * Reader figures for the desk, in Vietnam days: reads per day, per source, per story, per section and
 * per person credited. Nothing about a reader is stored, only counters per story per hour per source.
 * Completed days come from the daily rollup, the hours since (today's) from the hourly counters.
 */
type Actor = { id: number; role: Role };
type Args = { actor: Actor; range: DayRange; authorId?: number | null };


/** The day the rows split at: days before it are folded, from it on they are read hour by hour. */
async function splitOf(range: DayRange): Promise<string> {
  const mark = await foldedUntil();
  return !mark || mark < range.from ? range.from : mark > range.to ? addDays(range.to, 1) : mark;
}

const hourlyOf = (range: DayRange, split: string) => sql`
  select article_id, ((hour at time zone 'UTC') + interval '7 hours')::date as day, source, views from article_views
  where hour >= ${instantsOf({ from: split, to: split }).start} and hour < ${instantsOf(range).end}`;

/**
 * The range's reads in the three shapes the figures take, each from its daily table for the days
 * before the rollup's mark and from the hourly counters from the mark on (the mark read once).
 */
async function rowsOfRange(range: DayRange) {
  const split = await splitOf(range);
  const foldedThenLive = (table: string, columns: string) => sql`(
    select ${sql.raw(columns)} from ${sql.raw(table)} where day >= ${range.from}::date and day < ${split}::date
    union all
    select ${sql.raw(columns)} from (${hourlyOf(range, split)}) h
  )`;
  return {
    /** (article_id, day, source, views): a row a story, day and source. */
    reads: foldedThenLive('article_views_daily', 'article_id, day, source, views'),
    /** (day, source, views) of the whole newsroom: the per-section totals, a few rows a day. */
    newsroomTotals: foldedThenLive('section_views_daily', 'day, source, views'),
    /** (article_id, day, views): a row a story-day, the sources together. */
    storyDays: foldedThenLive('article_day_views', 'article_id, day, views'),
  };
}

type RangeRows = Awaited<ReturnType<typeof rowsOfRange>>;

/** Rows with an article_id, narrowed to one writer's stories when the scope says so. */
function narrowed(rows: SQL, scope: StatsScope): SQL {
  if (scope.authorId === null) return rows;
  return sql`(select r.* from ${rows} r join articles a on a.id = r.article_id where a.author_id = ${scope.authorId})`;
}

/** Per day and per source: from the newsroom totals, or one writer's stories. */
function dayAndSourceRows(rows: RangeRows, scope: StatsScope): SQL {
  return scope.authorId === null ? rows.newsroomTotals : narrowed(rows.reads, scope);
}

export type ReaderOverview = {
  total: number;
  /** Every day of the range, oldest first, days without reads at 0. */
  perDay: { day: string; views: number }[];
  /** Every source in the desk's order, with its share of the total (0–1). */
  perSource: { source: ViewSource; views: number; share: number }[];
  /** Stories read at least once in the range. */
  storiesRead: number;
};

/** The range at a glance: reads per day and where readers came from. */
export async function getReaderOverview({ actor, range, authorId }: Args): Promise<ReaderOverview> {
  const scope = statsScopeFor(actor, authorId);
  const db = await getDb();
  const ranged = await rowsOfRange(range);
  const storyDays = narrowed(ranged.storyDays, scope);
  // One pass over the totals per day and per source; the stories read counted over the stories' own days.
  const [rows, stories] = await Promise.all([
    db.execute(sql`
      select to_char(day, 'YYYY-MM-DD') as day, source, sum(views)::bigint as views
      from ${dayAndSourceRows(ranged, scope)} r group by grouping sets ((day), (source))`),
    db.execute(sql`select count(distinct article_id)::int as n from ${storyDays} r`),
  ]);
  const cells = rowsOf<{ day: string | null; source: ViewSource | null; views: string | number }>(rows);
  const dayViews = new Map(cells.filter((r) => r.day !== null).map((r) => [r.day as string, Number(r.views)]));
  const sourceViews = new Map(cells.filter((r) => r.source !== null).map((r) => [r.source as ViewSource, Number(r.views)]));
  const total = [...sourceViews.values()].reduce((a, b) => a + b, 0);
  return {
    total,
    perDay: daysOf(range).map((day) => ({ day, views: dayViews.get(day) ?? 0 })),
    perSource: viewSources.map((source) => ({ source, views: sourceViews.get(source) ?? 0, share: total ? (sourceViews.get(source) ?? 0) / total : 0 })),
    storiesRead: Number(rowsOf<{ n: number }>(stories)[0]?.n ?? 0),
  };
}

export type SourceDayRow = { day: string } & Record<ViewSource, number>;

/** Reads per day per source: how each source moves over the range. */
export async function getSourcesPerDay({ actor, range, authorId }: Args): Promise<SourceDayRow[]> {
  const scope = statsScopeFor(actor, authorId);
  const db = await getDb();
  const reads = dayAndSourceRows(await rowsOfRange(range), scope);
  const rows = rowsOf<{ day: string; source: ViewSource; views: string | number }>(
    await db.execute(sql`select to_char(day, 'YYYY-MM-DD') as day, source, sum(views)::bigint as views from ${reads} r group by day, source`),
  );
  const byDay = new Map<string, SourceDayRow>(daysOf(range).map((day) => [day, { day, ...(Object.fromEntries(viewSources.map((s) => [s, 0])) as Record<ViewSource, number>) }]));
  for (const r of rows) {
    const row = byDay.get(r.day);
    if (row) row[r.source] = Number(r.views);
  }
  return [...byDay.values()];
}

export type StoryFigures = {
  id: number;
  title: string;
  section: string | null;
  author: string;
  publishedAt: Date | null;
  views: number;
  /** The source most of its readers came from. */
  topSource: ViewSource | null;
};

/** The most read stories of the range, most read first; among equals the newest story first (a story just published is the one the desk looks for). */
export async function listStoriesByViews({ actor, range, authorId, limit = 50 }: Args & { limit?: number }): Promise<StoryFigures[]> {
  const scope = statsScopeFor(actor, authorId);
  const db = await getDb();
  const { storyDays: allStoryDays, reads } = await rowsOfRange(range);
  const storyDays = narrowed(allStoryDays, scope);
  // The stories from their days; the main source of each of those few from its own rows (the
  // story's key in both tables, through the lateral).
  const rows = rowsOf<{ id: number; title: string; section: string | null; author: string | null; published_at: string | Date | null; views: string | number; top_source: ViewSource | null }>(
    await db.execute(sql`
      with per_story as (select article_id, sum(views)::bigint as views from ${storyDays} r group by article_id order by views desc, article_id desc limit ${limit})
      select a.id, a.title, s.name as section, u.name as author, a.published_at, p.views, t.top_source
      from per_story p join articles a on a.id = p.article_id
      left join lateral (
        select r.source as top_source from ${reads} r where r.article_id = p.article_id group by r.source order by sum(r.views) desc, r.source limit 1
      ) t on true
      left join sections s on s.id = a.section_id left join users u on u.id = a.author_id
      order by p.views desc, a.id desc`),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    title: r.title,
    section: r.section,
    author: r.author ?? 'Người dùng đã xóa',
    publishedAt: r.published_at ? new Date(r.published_at) : null,
    views: Number(r.views),
    topSource: r.top_source,
  }));
}

export type GroupFigures = { id: string; name: string; stories: number; views: number };

/** Reads per section: how many of its stories were read, and how often. */
export async function listSectionsByViews({ actor, range, authorId }: Args): Promise<GroupFigures[]> {
  const scope = statsScopeFor(actor, authorId);
  const db = await getDb();
  const storyDays = narrowed((await rowsOfRange(range)).storyDays, scope);
  const rows = rowsOf<{ id: number | null; name: string | null; stories: number; views: string | number }>(
    await db.execute(sql`
      with per_story as (select article_id, sum(views)::bigint as views from ${storyDays} r group by article_id)
      select s.id, s.name, count(*)::int as stories, sum(p.views)::bigint as views
      from per_story p join articles a on a.id = p.article_id left join sections s on s.id = a.section_id
      group by s.id, s.name order by views desc, s.name`),
  );
  return rows.map((r) => ({ id: String(r.id ?? 'none'), name: r.name ?? 'Chưa có chuyên mục', stories: Number(r.stories), views: Number(r.views) }));
}

/**
 * Reads per person credited on the story's credit line (`Bài, ảnh: …`), which is not the account
 * that typed it: a story credited to two people counts in full for each.
 */
export async function listPeopleByViews({ actor, range, authorId }: Args): Promise<GroupFigures[]> {
  const scope = statsScopeFor(actor, authorId);
  const db = await getDb();
  const storyDays = narrowed((await rowsOfRange(range)).storyDays, scope);
  const rows = rowsOf<{ slug: string; name: string; stories: number; views: string | number }>(
    await db.execute(sql`
      with per_story as (select article_id, sum(views)::bigint as views from ${storyDays} r group by article_id)
      select c.slug, min(c.name) as name, count(*)::int as stories, sum(p.views)::bigint as views
      from per_story p join article_credits c on c.article_id = p.article_id
      group by c.slug order by views desc, c.slug`),
  );
  return rows.map((r) => ({ id: r.slug, name: r.name, stories: Number(r.stories), views: Number(r.views) }));
}

export type StoryReads = {
  id: number;
  title: string;
  /** Per hour over the range's last two days at most (the hours a story is read most), oldest first. */
  perHour: { hour: Date; views: number }[];
  perDay: { day: string; views: number }[];
  perSource: { source: ViewSource; views: number }[];
};

/** One story's reads by hour and by day; its author, editors and admins only. */
export async function getStoryReads({ actor, range, articleId }: { actor: Actor; range: DayRange; articleId: number }): Promise<StoryReads> {
  const db = await getDb();
  const [story] = rowsOf<{ id: number; title: string; author_id: number }>(await db.execute(sql`select id, title, author_id from articles where id = ${articleId}`));
  if (!story) throw new DomainError('not_found', 'Không tìm thấy bài viết.');
  const scope = statsScopeFor(actor);
  if (scope.authorId !== null && scope.authorId !== Number(story.author_id)) throw new DomainError('forbidden', 'Bạn chỉ xem được số liệu các bài của chính mình.');
  const { reads } = await rowsOfRange(range);
  const hoursFrom = instantsOf({ from: range.to > range.from ? addDays(range.to, -1) : range.from, to: range.to });
  const [byDay, bySource, byHour] = await Promise.all([
    db.execute(sql`select to_char(day, 'YYYY-MM-DD') as day, sum(views)::bigint as views from ${reads} r where article_id = ${articleId} group by day`),
    db.execute(sql`select source, sum(views)::bigint as views from ${reads} r where article_id = ${articleId} group by source`),
    db.execute(sql`
      select h.hour, coalesce(sum(v.views), 0)::bigint as views
      from generate_series(${hoursFrom.start}::timestamptz, ${hoursFrom.end}::timestamptz - interval '1 hour', interval '1 hour') as h(hour)
      left join article_views v on v.article_id = ${articleId} and v.hour = h.hour
      group by h.hour order by h.hour`),
  ]);
  const dayViews = new Map(rowsOf<{ day: string; views: string }>(byDay).map((r) => [r.day, Number(r.views)]));
  const sourceViews = new Map(rowsOf<{ source: ViewSource; views: string }>(bySource).map((r) => [r.source, Number(r.views)]));
  return {
    id: Number(story.id),
    title: story.title,
    perHour: rowsOf<{ hour: string | Date; views: string }>(byHour).map((r) => ({ hour: new Date(r.hour), views: Number(r.views) })),
    perDay: daysOf(range).map((day) => ({ day, views: dayViews.get(day) ?? 0 })),
    perSource: viewSources.map((source) => ({ source, views: sourceViews.get(source) ?? 0 })),
  };
}
