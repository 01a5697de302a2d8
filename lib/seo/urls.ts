import { articlePath } from '@/lib/articles/public';
import { mediaUrl } from '@/lib/media/storage';

/** Where the machine-readable documents live: one place, so links and routes agree. */
export const SITE_FEED_PATH = '/rss.xml';
export const SITEMAP_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';

export const sectionPath = (sectionSlug: string) => `/${sectionSlug}`;
export const sectionFeedPath = (sectionSlug: string) => `/${sectionSlug}/rss.xml`;
export const sitemapPagePath = (page: number) => `/sitemaps/${page}.xml`;

/** `/thoi-su/x-1` → `https://bao.vn/thoi-su/x-1`; an address that is already absolute is kept. */
export function absoluteUrl(siteUrl: string, pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl;
  const base = siteUrl.replace(/\/+$/, '');
  return `${base}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
}

export const articleUrl = (siteUrl: string, article: { slug: string; id: number }, sectionSlug: string) =>
  absoluteUrl(siteUrl, articlePath(article, sectionSlug));

export const mediaAbsoluteUrl = (siteUrl: string, storageKey: string) => absoluteUrl(siteUrl, mediaUrl(storageKey));
