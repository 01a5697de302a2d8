import type { Metadata } from 'next';
import { parseCreditNames } from '@/lib/articles/credits';
import { modifiedAt, type SeoArticle, type SeoImage, type SeoSection, type SeoSite } from './structured-data';
import { absoluteUrl, articleUrl, SITE_FEED_PATH, sectionFeedPath } from './urls';

type FeedLinks = NonNullable<NonNullable<Metadata['alternates']>['types']>;

/**
 * `<link rel="alternate" type="application/rss+xml">` for the site's feed, and the section's when
 * given. Next replaces a layout's `alternates` wholesale with a page's, so every page that sets
 * `alternates` (e.g. a canonical) must include these again.
 */
export function feedAlternates(site: SeoSite, section?: SeoSection | null): FeedLinks {
  const links = [{ title: site.siteName, url: absoluteUrl(site.siteUrl, SITE_FEED_PATH) }];
  if (section) links.push({ title: `${section.name} — ${site.siteName}`, url: absoluteUrl(site.siteUrl, sectionFeedPath(section.slug)) });
  return { 'application/rss+xml': links };
}

/** Title, description, canonical, Open Graph and X card of an article page. */
export function articleMetadata({
  article,
  section,
  site,
  coverImage,
}: {
  article: SeoArticle & { seoTitle?: string | null };
  section: SeoSection;
  site: SeoSite;
  coverImage?: SeoImage | null;
}): Metadata {
  const url = articleUrl(site.siteUrl, article, section.slug);
  const title = article.seoTitle || article.title;
  const description = article.seoDescription || article.lead;
  const image = coverImage
    ? {
        url: absoluteUrl(site.siteUrl, coverImage.url),
        ...(coverImage.width && coverImage.height ? { width: coverImage.width, height: coverImage.height } : {}),
        ...(coverImage.alt ? { alt: coverImage.alt } : {}),
      }
    : null;
  return {
    title: `${title} — ${site.siteName}`,
    description,
    alternates: { canonical: url, types: feedAlternates(site, section) },
    openGraph: {
      type: 'article',
      locale: 'vi_VN',
      siteName: site.siteName,
      url,
      title: article.title,
      description,
      ...(image ? { images: [image] } : {}),
      ...(article.publishedAt ? { publishedTime: article.publishedAt.toISOString() } : {}),
      modifiedTime: modifiedAt(article).toISOString(),
      section: section.name,
      authors: parseCreditNames(article.credit).map((p) => p.name),
    },
    twitter: {
      card: 'summary_large_image',
      title: article.title,
      description,
      ...(image ? { images: [image.alt ? { url: image.url, alt: image.alt } : image.url] } : {}),
    },
  };
}
