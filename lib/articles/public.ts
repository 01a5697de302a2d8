import 'server-only';
import { and, asc, count, desc, eq, gt, inArray, isNotNull, lte, ne, type SQL, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { now } from '@/lib/clock';
import { memoize } from '@/lib/cache/memo';
import { articleCredits, articles, articleTags, articleViews, media, sections, tags } from '@/db/schema';

/** What a reader may see: published, and its time has come (scheduled stories wait). */
export const isLive = (at = now()) => and(eq(articles.status, 'published'), lte(articles.publishedAt, at));

export function articlePath(a: { slug: string; id: number }, sectionSlug: string): string {
  return `/${sectionSlug}/${a.slug}-${a.id}`;
}

/** `/thoi-su/cau-moi-thong-xe-42` → 42. */
export function parseArticleParam(param: string): number | null {
  const m = /-(\d{1,9})$/.exec(param) ?? /^(\d{1,9})$/.exec(param);
  return m ? Number(m[1]) : null;
}

export const listSections = memoize('sections', 10_000, async () => {
  const db = await getDb();
  return db.select().from(sections).orderBy(asc(sections.position), asc(sections.id));
});

const teaser = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  lead: articles.lead,
  publishedAt: articles.publishedAt,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  coverKey: media.storageKey,
  coverAlt: media.alt,
  coverWidth: media.width,
  coverHeight: media.height,
};

export type ArticleTeaser = {
  id: number;
  slug: string;
  title: string;
  lead: string;
  publishedAt: Date | null;
  sectionSlug: string;
  sectionName: string;
  coverKey: string | null;
  coverAlt: string | null;
  coverWidth: number | null;
  coverHeight: number | null;
};

export async function listLatestArticles({ limit = 30, sectionId }: { limit?: number; sectionId?: number } = {}): Promise<ArticleTeaser[]> {
  const db = await getDb();
  return db
    .select(teaser)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(and(isLive(), sectionId ? eq(articles.sectionId, sectionId) : undefined))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
}

/** Most read over a window, from the hourly counts the view beacon keeps. */
export async function listMostRead({ limit = 5, hours = 24 * 7 }: { limit?: number; hours?: number } = {}): Promise<ArticleTeaser[]> {
  const db = await getDb();
  const since = new Date(now().getTime() - hours * 3600_000);
  const views = db
    .select({ articleId: articleViews.articleId, total: sql<number>`sum(${articleViews.views})`.as('total') })
    .from(articleViews)
    .where(gt(articleViews.hour, since))
    .groupBy(articleViews.articleId)
    .as('v');
  return db
    .select(teaser)
    .from(views)
    .innerJoin(articles, eq(articles.id, views.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(isLive())
    .orderBy(desc(views.total), desc(articles.publishedAt))
    .limit(limit);
}

export const PAGE_SIZE = 12;

export type ListFilter = { sectionId?: number; tagId?: number; creditSlug?: string };

/** One page of a section, tag or author listing, newest first, with the total for the pager. */
export async function listArticlePage({ filter, page }: { filter: ListFilter; page: number }) {
  const db = await getDb();
  const conditions: (SQL | undefined)[] = [isLive()];
  if (filter.sectionId) conditions.push(eq(articles.sectionId, filter.sectionId));
  if (filter.tagId) {
    conditions.push(sql`exists (select 1 from ${articleTags} where ${articleTags.articleId} = ${articles.id} and ${articleTags.tagId} = ${filter.tagId})`);
  }
  if (filter.creditSlug) {
    conditions.push(sql`exists (select 1 from ${articleCredits} where ${articleCredits.articleId} = ${articles.id} and ${articleCredits.slug} = ${filter.creditSlug})`);
  }
  const where = and(...conditions);
  const [items, [{ total }]] = await Promise.all([
    db
      .select(teaser)
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .leftJoin(media, eq(media.id, articles.coverMediaId))
      .where(where)
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
    db.select({ total: count() }).from(articles).where(where),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export async function getTagBySlug({ slug }: { slug: string }) {
  const db = await getDb();
  const [tag] = await db.select().from(tags).where(eq(tags.slug, slug));
  return tag ?? null;
}

/** The person behind an author page: the name as it last appeared in a live story's credit line. */
export async function getCreditBySlug({ slug }: { slug: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ name: articleCredits.name, slug: articleCredits.slug })
    .from(articleCredits)
    .innerJoin(articles, eq(articles.id, articleCredits.articleId))
    .where(and(eq(articleCredits.slug, slug), isLive()))
    .orderBy(desc(articles.publishedAt))
    .limit(1);
  return row ?? null;
}

/** The front page: pinned stories first, then the latest; a block per section. */
export async function getFrontPage() {
  const db = await getDb();
  const [pinned, latest, sectionList] = await Promise.all([
    db
      .select(teaser)
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .leftJoin(media, eq(media.id, articles.coverMediaId))
      .where(and(isLive(), isNotNull(articles.pinnedRank)))
      .orderBy(asc(articles.pinnedRank), desc(articles.publishedAt))
      .limit(4),
    listLatestArticles({ limit: 24 }),
    listSections(),
  ]);
  const top = [...pinned, ...latest.filter((a) => !pinned.some((p) => p.id === a.id))];
  const [lead, ...rest] = top;
  const secondary = rest.slice(0, 4);
  const shown = new Set([lead?.id, ...secondary.map((a) => a.id)]);
  const newest = latest.filter((a) => !shown.has(a.id)).slice(0, 8);
  const perSection = await db.execute<{ id: number }>(sql`
    select id from (
      select ${articles.id} as id, row_number() over (partition by ${articles.sectionId} order by ${articles.publishedAt} desc) as n
      from ${articles}
      where ${isLive()}
    ) ranked where n <= 4`);
  const blockIds = (perSection as unknown as { rows: { id: number }[] }).rows.map((r) => Number(r.id));
  const blockItems = blockIds.length
    ? await db
        .select({ ...teaser, sectionId: articles.sectionId })
        .from(articles)
        .innerJoin(sections, eq(sections.id, articles.sectionId))
        .leftJoin(media, eq(media.id, articles.coverMediaId))
        .where(inArray(articles.id, blockIds))
        .orderBy(desc(articles.publishedAt))
    : [];
  const blocks = sectionList
    .map((section) => ({ section, items: blockItems.filter((a) => a.sectionId === section.id) }))
    .filter((b) => b.items.length > 0);
  return { lead, secondary, newest, blocks, pinnedIds: pinned.map((p) => p.id) };
}

export async function getSectionBySlug({ slug }: { slug: string }) {
  const db = await getDb();
  const [section] = await db.select().from(sections).where(eq(sections.slug, slug));
  return section ?? null;
}

/**
 * The article a reader asked for. `gone` when it was taken down (410), null when it never was public.
 */
export async function getArticleForReader({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ article: articles, section: sections })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id));
  if (!row) return null;
  const { article } = row;
  if (article.status === 'unpublished') return { gone: true as const };
  if (article.status !== 'published' || !article.publishedAt || article.publishedAt > now()) return null;
  const articleTagRows = await db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id));
  return { gone: false as const, article, section: row.section, tags: articleTagRows };
}

/** Same tags first, then the same section. */
export async function listRelatedArticles({ articleId, sectionId, tagIds, limit = 4 }: { articleId: number; sectionId: number; tagIds: number[]; limit?: number }) {
  const db = await getDb();
  const byTag = tagIds.length
    ? await db
        .selectDistinct({ ...teaser })
        .from(articles)
        .innerJoin(articleTags, eq(articleTags.articleId, articles.id))
        .innerJoin(sections, eq(sections.id, articles.sectionId))
        .leftJoin(media, eq(media.id, articles.coverMediaId))
        .where(and(isLive(), ne(articles.id, articleId), inArray(articleTags.tagId, tagIds)))
        .orderBy(desc(articles.publishedAt))
        .limit(limit)
    : [];
  if (byTag.length >= limit) return byTag;
  const seen = new Set([articleId, ...byTag.map((a) => a.id)]);
  const bySection = await listLatestArticles({ sectionId, limit: limit + seen.size });
  return [...byTag, ...bySection.filter((a) => !seen.has(a.id))].slice(0, limit);
}

export async function getArticlePathById({ id }: { id: number }): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: articles.id, slug: articles.slug, sectionSlug: sections.slug })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id));
  return row ? articlePath(row, row.sectionSlug) : null;
}
