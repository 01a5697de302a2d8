import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCreditBySlug, getSectionBySlug, getTagBySlug, listArticlePage, type ListFilter } from '@/lib/articles/public';
import { feedAlternates } from '@/lib/seo/metadata';
import { getSiteSettings } from '@/lib/settings';
import { pageTags, tagThisPage } from '@/lib/cache/invalidation';
import { ArticleListPage } from './article-list-page';
import { parsePageParam } from './pager';

/**
 * The three listings readers browse — a section, a tag (từ khóa, at /chu-de/…), an author (tác giả, from the credit
 * line) — each at `<base>` and `<base>/trang/<n>`.
 */
type Kind = 'section' | 'tag' | 'author';

const listTag = { section: pageTags.section, tag: pageTags.tag, author: pageTags.author } satisfies Record<Kind, (slug: string) => string>;

type Found = { name: string; slug: string; base: string; kicker?: string; filter: ListFilter; section?: { name: string; slug: string } };

async function resolve(kind: Kind, slug: string): Promise<Found | null> {
  if (kind === 'section') {
    const s = await getSectionBySlug({ slug });
    return s && { name: s.name, slug: s.slug, base: `/${s.slug}`, filter: { sectionId: s.id }, section: s };
  }
  if (kind === 'tag') {
    const t = await getTagBySlug({ slug });
    return t && { name: t.name, slug: t.slug, base: `/chu-de/${t.slug}`, kicker: 'Từ khóa', filter: { tagId: t.id } };
  }
  const c = await getCreditBySlug({ slug });
  return c && { name: c.name, slug: c.slug, base: `/tac-gia/${c.slug}`, kicker: 'Tác giả', filter: { creditSlug: c.slug } };
}

export async function listingMetadata(kind: Kind, slug: string, page?: string): Promise<Metadata> {
  const [site, found] = await Promise.all([getSiteSettings(), resolve(kind, slug)]);
  const n = parsePageParam(page);
  if (!found || !n) return { title: `Không tìm thấy trang — ${site.siteName}` };
  const what = kind === 'section' ? `Tin tức ${found.name}` : kind === 'tag' ? `Từ khóa ${found.name}` : `Bài viết của ${found.name}`;
  return {
    title: `${what}${n > 1 ? ` – trang ${n}` : ''} — ${site.siteName}`,
    description: `${what}: tin bài mới nhất trên ${site.siteName}.`,
    alternates: {
      canonical: `${site.siteUrl}${found.base}${n > 1 ? `/trang/${n}` : ''}`,
      types: feedAlternates(site, found.section),
    },
  };
}

export async function Listing({ kind, slug, page }: { kind: Kind; slug: string; page?: string }) {
  const n = parsePageParam(page);
  const found = await resolve(kind, slug);
  if (!found || !n) notFound();
  // Every page of the list (/thoi-su, /thoi-su/trang/2, …) carries the list's tag: one story more shifts them all.
  await tagThisPage(listTag[kind](found.slug));
  const list = await listArticlePage({ filter: found.filter, page: n });
  return <ArticleListPage heading={found.name} kicker={found.kicker} base={found.base} list={list} />;
}
