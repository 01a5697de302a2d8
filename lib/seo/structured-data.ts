import type { RichDoc } from '@/db/schema';
import { parseCreditNames } from '@/lib/articles/credits';
import { absoluteUrl, articleUrl, sectionPath } from './urls';

/** schema.org JSON-LD for search engines: plain objects built from what the article page already has. */

export type SeoImage = { url: string; width?: number | null; height?: number | null; alt?: string | null };
export type SeoSite = { siteName: string; siteUrl: string; logo?: SeoImage | null };
export type SeoSection = { slug: string; name: string };
export type SeoArticle = {
  id: number;
  slug: string;
  title: string;
  lead: string;
  credit: string;
  publishedAt: Date | null;
  updatedAt: Date;
  seoDescription?: string | null;
};

type JsonLd = Record<string, unknown>;

/** The time a story last changed for a reader: a story scheduled earlier changed when it went live. */
export function modifiedAt(article: Pick<SeoArticle, 'publishedAt' | 'updatedAt'>): Date {
  const published = article.publishedAt?.getTime() ?? 0;
  return new Date(Math.max(published, article.updatedAt.getTime()));
}

/** The cover first, then the body's figures, each once. */
export function articleImages({ cover, body }: { cover?: SeoImage | null; body?: RichDoc | null }): SeoImage[] {
  const images: SeoImage[] = cover ? [cover] : [];
  for (const node of body?.content ?? []) {
    const a = node.type === 'figure' ? node.attrs : undefined;
    if (!a || typeof a.src !== 'string' || !a.src) continue;
    if (images.some((i) => i.url === a.src)) continue;
    images.push({
      url: a.src,
      width: typeof a.width === 'number' ? a.width : null,
      height: typeof a.height === 'number' ? a.height : null,
      alt: typeof a.alt === 'string' ? a.alt : null,
    });
  }
  return images;
}

function imageObject(siteUrl: string, image: SeoImage): JsonLd {
  return {
    '@type': 'ImageObject',
    url: absoluteUrl(siteUrl, image.url),
    ...(image.width && image.height ? { width: image.width, height: image.height } : {}),
  };
}

export function publisherJsonLd(site: SeoSite): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    name: site.siteName,
    url: `${site.siteUrl}/`,
    ...(site.logo ? { logo: imageObject(site.siteUrl, site.logo) } : {}),
  };
}

export function newsArticleJsonLd({
  article,
  section,
  site,
  images = [],
}: {
  article: SeoArticle;
  section: SeoSection;
  site: SeoSite;
  images?: SeoImage[];
}): JsonLd {
  const url = articleUrl(site.siteUrl, article, section.slug);
  const people = parseCreditNames(article.credit);
  // A credit names the journalists; with none, the paper itself stands behind the story.
  const author = people.length
    ? people.map((p) => ({ '@type': 'Person', name: p.name }))
    : [{ '@type': 'Organization', name: site.siteName, url: `${site.siteUrl}/` }];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.seoDescription || article.lead,
    ...(images.length ? { image: images.map((i) => absoluteUrl(site.siteUrl, i.url)) } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
    dateModified: modifiedAt(article).toISOString(),
    author,
    publisher: publisherJsonLd(site),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    articleSection: section.name,
    inLanguage: 'vi',
  };
}

/** Trang chủ → chuyên mục → bài. */
export function breadcrumbJsonLd({ article, section, site }: { article: Pick<SeoArticle, 'id' | 'slug' | 'title'>; section: SeoSection; site: SeoSite }): JsonLd {
  const crumbs = [
    { name: 'Trang chủ', item: `${site.siteUrl}/` },
    { name: section.name, item: absoluteUrl(site.siteUrl, sectionPath(section.slug)) },
    { name: article.title, item: articleUrl(site.siteUrl, article, section.slug) },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, ...c })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` become \u escapes so that a title
 * holding `</script>` or `<!--` cannot end the script, and U+2028/U+2029 are escaped for old parsers.
 * JSON.parse of the result gives back exactly the input.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
