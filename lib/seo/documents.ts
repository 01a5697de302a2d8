import 'server-only';
import { parseCreditNames } from '@/lib/articles/credits';
import {
  countSitemapArticles,
  type FeedArticle,
  listFeedArticles,
  listNewsSitemapArticles,
  listSitemapArticles,
  listSitemapPageDates,
  listSitemapSections,
} from './feeds';
import type { SeoSection, SeoSite } from './structured-data';
import { absoluteUrl, articleUrl, mediaAbsoluteUrl, NEWS_SITEMAP_PATH, SITE_FEED_PATH, SITEMAP_PATH, sectionFeedPath, sectionPath, sitemapPagePath } from './urls';
import {
  buildNewsSitemap,
  buildRss,
  buildSitemap,
  buildSitemapIndex,
  countSitemapPages,
  NEWS_SITEMAP_WINDOW_MS,
  planSitemapPage,
  SITEMAP_PAGE_SIZE,
  type SitemapUrl,
} from './xml';

/** The documents served to machines: the queries of feeds.ts put through the builders of xml.ts. */

export const FEED_SIZE = 50;

export async function renderRss({ site, section, now = new Date() }: { site: SeoSite; section?: (SeoSection & { id: number }) | null; now?: Date }) {
  const rows = await listFeedArticles({ sectionId: section?.id, limit: FEED_SIZE, now });
  const link = absoluteUrl(site.siteUrl, section ? sectionPath(section.slug) : '/');
  const newest = rows.reduce<Date | null>((a, r) => (!a || r.lastmod > a ? r.lastmod : a), null);
  return buildRss({
    channel: {
      title: section ? `${section.name} — ${site.siteName}` : site.siteName,
      link,
      description: section ? `Tin ${section.name} mới nhất trên ${site.siteName}` : `Tin mới nhất trên ${site.siteName}`,
      selfUrl: absoluteUrl(site.siteUrl, section ? sectionFeedPath(section.slug) : SITE_FEED_PATH),
      language: 'vi',
      lastBuildDate: newest ?? now,
    },
    items: rows.map((r) => rssItem(site, r)),
  });
}

function rssItem(site: SeoSite, a: FeedArticle) {
  return {
    title: a.title,
    link: articleUrl(site.siteUrl, a, a.sectionSlug),
    description: a.lead,
    pubDate: a.publishedAt,
    category: a.sectionName,
    creators: parseCreditNames(a.credit).map((p) => p.name),
    image: a.cover && a.cover.size > 0 ? { ...a.cover, url: mediaAbsoluteUrl(site.siteUrl, a.cover.storageKey) } : null,
  };
}

async function staticSitemapUrls(site: SeoSite, now: Date): Promise<SitemapUrl[]> {
  const sections = await listSitemapSections({ now });
  const front = sections.reduce<Date | null>((a, s) => (s.lastmod && (!a || s.lastmod > a) ? s.lastmod : a), null);
  return [
    { loc: `${site.siteUrl}/`, lastmod: front },
    ...sections.map((s) => ({ loc: absoluteUrl(site.siteUrl, sectionPath(s.slug)), lastmod: s.lastmod })),
  ];
}

async function sitemapPageUrls(site: SeoSite, staticUrls: SitemapUrl[], page: number, pageSize: number, now: Date) {
  const plan = planSitemapPage({ page, staticCount: staticUrls.length, pageSize });
  const rows = await listSitemapArticles({ offset: plan.articleOffset, limit: plan.articleLimit, now });
  return [
    ...staticUrls.slice(plan.staticStart, plan.staticEnd),
    ...rows.map((r) => ({ loc: articleUrl(site.siteUrl, r, r.sectionSlug), lastmod: r.lastmod })),
  ];
}

/** `/sitemap.xml`: every URL in one file while they fit, else an index of numbered pages. */
export async function renderSitemap({ site, pageSize = SITEMAP_PAGE_SIZE, now = new Date() }: { site: SeoSite; pageSize?: number; now?: Date }) {
  const [staticUrls, articleCount] = await Promise.all([staticSitemapUrls(site, now), countSitemapArticles({ now })]);
  const pages = countSitemapPages({ staticCount: staticUrls.length, articleCount, pageSize });
  if (pages === 1) return buildSitemap(await sitemapPageUrls(site, staticUrls, 1, pageSize, now));
  const dates = new Map((await listSitemapPageDates({ staticCount: staticUrls.length, pageSize, now })).map((d) => [d.page, d.lastmod]));
  const frontDate = staticUrls[0]?.lastmod ?? null;
  // A story published between the count and the dates can add a page: list every page either saw,
  // and date a page the dates did not see as now.
  const pageTotal = Math.max(pages, ...dates.keys());
  return buildSitemapIndex(
    Array.from({ length: pageTotal }, (_, i) => ({
      loc: absoluteUrl(site.siteUrl, sitemapPagePath(i + 1)),
      // The first page also holds the front and section pages, which change with any story.
      lastmod: i === 0 && frontDate ? frontDate : (dates.get(i + 1) ?? now),
    })),
  );
}

/** `/sitemaps/<page>.xml`; null past the last page. */
export async function renderSitemapPage({ site, page, pageSize = SITEMAP_PAGE_SIZE, now = new Date() }: { site: SeoSite; page: number; pageSize?: number; now?: Date }) {
  const [staticUrls, articleCount] = await Promise.all([staticSitemapUrls(site, now), countSitemapArticles({ now })]);
  if (!Number.isInteger(page) || page < 1 || page > countSitemapPages({ staticCount: staticUrls.length, articleCount, pageSize })) return null;
  return buildSitemap(await sitemapPageUrls(site, staticUrls, page, pageSize, now));
}

export async function renderNewsSitemap({ site, now = new Date() }: { site: SeoSite; now?: Date }) {
  const rows = await listNewsSitemapArticles({ since: new Date(now.getTime() - NEWS_SITEMAP_WINDOW_MS), now });
  return buildNewsSitemap({
    publicationName: site.siteName,
    language: 'vi',
    items: rows.map((r) => ({ loc: articleUrl(site.siteUrl, r, r.sectionSlug), title: r.title, publishedAt: r.publishedAt })),
  });
}

/** Crawlers read the paper, not the desk, the sign-in page, the API or search result pages. */
export const ROBOTS_DISALLOW = ['/desk', '/dang-nhap', '/api', '/tim-kiem'];

export function renderRobots({ site }: { site: SeoSite }) {
  return [
    'User-agent: *',
    'Allow: /',
    ...ROBOTS_DISALLOW.map((p) => `Disallow: ${p}`),
    '',
    `Sitemap: ${absoluteUrl(site.siteUrl, SITEMAP_PATH)}`,
    `Sitemap: ${absoluteUrl(site.siteUrl, NEWS_SITEMAP_PATH)}`,
    '',
  ].join('\n');
}
