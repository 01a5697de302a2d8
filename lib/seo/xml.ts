/**
 * The XML documents we hand to machines (RSS readers, search engines), built as strings by pure
 * functions so that every one of them is tested without a database or a server.
 */

/** Google and the sitemap protocol allow at most 50,000 URLs per sitemap file. */
export const SITEMAP_PAGE_SIZE = 50_000;
/** Google News reads at most 1,000 URLs per news sitemap, from the last two days. */
export const NEWS_SITEMAP_LIMIT = 1_000;
export const NEWS_SITEMAP_WINDOW_MS = 48 * 3600_000;

// Characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE/U+FFFF; lone surrogates), and the
// C1/DEL controls it discourages: a stray one pasted from Word would make the whole feed unreadable.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute value → XML: NFC like the rest of the site, forbidden characters dropped, markup escaped. */
export function xmlEscape(value: string): string {
  return value
    .normalize('NFC')
    .replace(FORBIDDEN, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** RSS 2.0 dates are RFC 822: `Sat, 28 Nov 2026 01:25:00 GMT`. */
export const rfc822 = (date: Date) => date.toUTCString();

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const el = (name: string, text: string) => `<${name}>${xmlEscape(text)}</${name}>`;
const attrs = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');

// ---------------------------------------------------------------------------------------------- RSS

export type RssImage = { url: string; mime: string; size: number; width: number; height: number };

export type RssItem = {
  title: string;
  link: string;
  description: string;
  pubDate: Date;
  category?: string;
  /** People from the credit line. */
  creators?: string[];
  image?: RssImage | null;
};

export type RssChannel = {
  title: string;
  link: string;
  description: string;
  /** The feed's own address, for atom:link rel="self". */
  selfUrl: string;
  language?: string;
  lastBuildDate: Date;
};

export function buildRss({ channel, items }: { channel: RssChannel; items: RssItem[] }): string {
  const out = [
    XML_HEAD,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '<channel>',
    el('title', channel.title),
    el('link', channel.link),
    el('description', channel.description),
    el('language', channel.language ?? 'vi'),
    el('lastBuildDate', rfc822(channel.lastBuildDate)),
    `<atom:link${attrs({ href: channel.selfUrl, rel: 'self', type: 'application/rss+xml' })}/>`,
  ];
  for (const item of items) {
    out.push('<item>', el('title', item.title), el('link', item.link));
    out.push(`<guid isPermaLink="true">${xmlEscape(item.link)}</guid>`);
    out.push(el('pubDate', rfc822(item.pubDate)), el('description', item.description));
    if (item.category) out.push(el('category', item.category));
    for (const name of item.creators ?? []) out.push(el('dc:creator', name));
    if (item.image) {
      const { url, mime, size, width, height } = item.image;
      out.push(`<enclosure${attrs({ url, length: size, type: mime })}/>`);
      out.push(`<media:content${attrs({ url, medium: 'image', type: mime, width, height })}/>`);
    }
    out.push('</item>');
  }
  out.push('</channel>', '</rss>');
  return out.join('\n');
}

// ------------------------------------------------------------------------------------------ sitemaps

export type SitemapUrl = { loc: string; lastmod?: Date | null };

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const sitemapEntry = (tag: 'url' | 'sitemap', { loc, lastmod }: SitemapUrl) =>
  `<${tag}>${el('loc', loc)}${lastmod ? el('lastmod', lastmod.toISOString()) : ''}</${tag}>`;

export function buildSitemap(urls: SitemapUrl[]): string {
  return [XML_HEAD, `<urlset xmlns="${SITEMAP_NS}">`, ...urls.map((u) => sitemapEntry('url', u)), '</urlset>'].join('\n');
}

export function buildSitemapIndex(sitemaps: SitemapUrl[]): string {
  return [XML_HEAD, `<sitemapindex xmlns="${SITEMAP_NS}">`, ...sitemaps.map((s) => sitemapEntry('sitemap', s)), '</sitemapindex>'].join(
    '\n',
  );
}

/**
 * The site's sitemap is one ordered list: the front page and section pages (`staticCount` of them),
 * then every live article, oldest first so that a page's contents stay put as new stories arrive.
 * Up to `pageSize` URLs it is one file; beyond, an index of numbered pages of `pageSize` URLs.
 */
export function countSitemapPages({ staticCount, articleCount, pageSize = SITEMAP_PAGE_SIZE }: { staticCount: number; articleCount: number; pageSize?: number }) {
  return Math.max(1, Math.ceil((staticCount + articleCount) / pageSize));
}

/** Which static URLs (`[staticStart, staticEnd)`) and which articles (offset, limit) page `page` (1-based) holds. */
export function planSitemapPage({ page, staticCount, pageSize = SITEMAP_PAGE_SIZE }: { page: number; staticCount: number; pageSize?: number }) {
  const start = (page - 1) * pageSize;
  const end = start + pageSize;
  const staticStart = Math.min(start, staticCount);
  const staticEnd = Math.min(end, staticCount);
  const articleOffset = Math.max(0, start - staticCount);
  const articleLimit = end - start - (staticEnd - staticStart);
  return { staticStart, staticEnd, articleOffset, articleLimit };
}

// ------------------------------------------------------------------------------------- Google News

export type NewsSitemapItem = { loc: string; title: string; publishedAt: Date };

export function buildNewsSitemap({ publicationName, language = 'vi', items }: { publicationName: string; language?: string; items: NewsSitemapItem[] }): string {
  const publication = `<news:publication>${el('news:name', publicationName)}${el('news:language', language)}</news:publication>`;
  return [
    XML_HEAD,
    `<urlset xmlns="${SITEMAP_NS}" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`,
    ...items.map(
      (i) =>
        `<url>${el('loc', i.loc)}<news:news>${publication}${el('news:publication_date', i.publishedAt.toISOString())}${el('news:title', i.title)}</news:news></url>`,
    ),
    '</urlset>',
  ].join('\n');
}
