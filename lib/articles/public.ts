import 'server-only';
import { and, asc, desc, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, articleTags, media, sections, tags } from '@/db/schema';

/** What a reader may see: published, and its time has come (scheduled stories wait). */
export const isLive = (now = new Date()) => and(eq(articles.status, 'published'), lte(articles.publishedAt, now));

export function articlePath(a: { slug: string; id: number }, sectionSlug: string): string {
  return `/${sectionSlug}/${a.slug}-${a.id}`;
}

/** `/thoi-su/cau-moi-thong-xe-42` → 42. */
export function parseArticleParam(param: string): number | null {
  const m = /-(\d{1,9})$/.exec(param) ?? /^(\d{1,9})$/.exec(param);
  return m ? Number(m[1]) : null;
}

export async function listSections() {
  const db = await getDb();
  return db.select().from(sections).orderBy(asc(sections.position), asc(sections.id));
}

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

export async function listMostRead({ limit = 5 }: { limit?: number } = {}): Promise<ArticleTeaser[]> {
  const db = await getDb();
  return db
    .select(teaser)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(and(isLive(), sql`${articles.publishedAt} > now() - interval '7 days'`))
    .orderBy(desc(articles.viewCount), desc(articles.publishedAt))
    .limit(limit);
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
  if (article.status !== 'published' || !article.publishedAt || article.publishedAt > new Date()) return null;
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
