import 'server-only';
import { and, asc, count, desc, eq, gte, max, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, media, sections } from '@/db/schema';
import { isLive } from '@/lib/articles/public';
import { mediaUrl } from '@/lib/media/storage';
import type { SeoImage } from './structured-data';
import { NEWS_SITEMAP_LIMIT } from './xml';

/** What the feeds and sitemaps read: live stories only (published, and their time has come). */

// A story scheduled earlier changed for readers when it went live, not when it was scheduled.
const lastmod = sql<Date>`greatest(${articles.updatedAt}, ${articles.publishedAt})`.mapWith(articles.updatedAt);

export type FeedArticle = {
  id: number;
  slug: string;
  title: string;
  lead: string;
  credit: string;
  publishedAt: Date;
  lastmod: Date;
  sectionSlug: string;
  sectionName: string;
  cover: { storageKey: string; mime: string; size: number; width: number; height: number; alt: string } | null;
};

/** The newest live stories, of one section or of the whole paper. */
export async function listFeedArticles({
  sectionId,
  limit = 50,
  now = new Date(),
}: {
  sectionId?: number;
  limit?: number;
  now?: Date;
}): Promise<FeedArticle[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      lead: articles.lead,
      credit: articles.credit,
      publishedAt: articles.publishedAt,
      lastmod,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      coverKey: media.storageKey,
      coverMime: media.mime,
      coverSize: media.size,
      coverWidth: media.width,
      coverHeight: media.height,
      coverAlt: media.alt,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(and(isLive(now), sectionId === undefined ? undefined : eq(articles.sectionId, sectionId)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  return rows.map(({ coverKey, coverMime, coverSize, coverWidth, coverHeight, coverAlt, publishedAt, ...a }) => ({
    ...a,
    publishedAt: publishedAt!,
    cover:
      coverKey && coverMime
        ? { storageKey: coverKey, mime: coverMime, size: coverSize ?? 0, width: coverWidth ?? 0, height: coverHeight ?? 0, alt: coverAlt ?? '' }
        : null,
  }));
}

export async function countSitemapArticles({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(articles).where(isLive(now));
  return row?.n ?? 0;
}

/** One page of the sitemap's articles, oldest first (see planSitemapPage). */
export async function listSitemapArticles({ offset, limit, now = new Date() }: { offset: number; limit: number; now?: Date }) {
  if (limit <= 0) return [];
  const db = await getDb();
  return db
    .select({ id: articles.id, slug: articles.slug, sectionSlug: sections.slug, lastmod })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(isLive(now))
    .orderBy(asc(articles.id))
    .offset(offset)
    .limit(limit);
}

/** The sections in the masthead's order, each with the time its newest live story changed. */
export async function listSitemapSections({ now = new Date() }: { now?: Date } = {}) {
  const db = await getDb();
  return db
    .select({ slug: sections.slug, name: sections.name, lastmod: max(lastmod).mapWith(articles.updatedAt) })
    .from(sections)
    .leftJoin(articles, and(eq(articles.sectionId, sections.id), isLive(now)))
    .groupBy(sections.id)
    .orderBy(asc(sections.position), asc(sections.id));
}

/**
 * The last change on each page of a split sitemap, for the index's `lastmod`, in one pass: the
 * article numbered n (from 0, oldest first) sits on page ⌊(staticCount + n) / pageSize⌋ + 1.
 */
export async function listSitemapPageDates({ staticCount, pageSize, now = new Date() }: { staticCount: number; pageSize: number; now?: Date }) {
  const db = await getDb();
  const numbered = db
    .select({ n: sql<number>`row_number() over (order by ${articles.id}) - 1`.as('n'), lastmod: lastmod.as('lastmod') })
    .from(articles)
    .where(isLive(now))
    .as('numbered');
  // Grouped and ordered by position: the page expression carries bound parameters, which PostgreSQL
  // would not recognise as the same expression a second time.
  return db
    .select({
      page: sql<number>`(${staticCount}::int + ${numbered.n}) / ${pageSize}::int + 1`.mapWith(Number),
      // As ISO text: node-postgres and PGlite hand back an aggregated timestamp in different shapes.
      lastmod: sql<string>`to_char(max(${numbered.lastmod}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.mapWith((v: string) => new Date(v)),
    })
    .from(numbered)
    .groupBy(sql`1`)
    .orderBy(sql`1`);
}

/** Google News: live stories published since `since` (two days back), newest first. */
export async function listNewsSitemapArticles({ since, now = new Date(), limit = NEWS_SITEMAP_LIMIT }: { since: Date; now?: Date; limit?: number }) {
  const db = await getDb();
  const rows = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, sectionSlug: sections.slug, publishedAt: articles.publishedAt })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isLive(now), gte(articles.publishedAt, since)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt! }));
}

/** The cover photo of one story, for the article page's Open Graph card and JSON-LD. */
export async function getCoverImage({ mediaId }: { mediaId: number | null }): Promise<SeoImage | null> {
  if (!mediaId) return null;
  const db = await getDb();
  const [row] = await db
    .select({ storageKey: media.storageKey, width: media.width, height: media.height, alt: media.alt })
    .from(media)
    .where(eq(media.id, mediaId));
  return row ? { url: mediaUrl(row.storageKey), width: row.width, height: row.height, alt: row.alt } : null;
}
