import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/reader/article-card';
import { MostRead } from '@/components/reader/most-read';
import { getFrontPage } from '@/lib/articles/public';
import { pageTags, tagThisPage } from '@/lib/cache/invalidation';
import { feedAlternates } from '@/lib/seo/metadata';
import { getSiteSettings } from '@/lib/settings';

// The front page is served at `/` through a rewrite to this route (next.config.ts): a dynamic
// segment lets it be rendered at the first request and cached, never prerendered at build, where
// the embedded database must not be opened.
const FRONT_EDITION = 'moi-nhat';
export const revalidate = 120;
export const generateStaticParams = async (): Promise<{ ban: string }[]> => [];

type Props = { params: Promise<{ ban: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings();
  return {
    title: `${site.siteName} — Tin tức mới nhất`,
    description: `${site.siteName}: tin tức thời sự, chính trị, kinh tế, xã hội, văn hóa, thể thao.`,
    alternates: { canonical: `${site.siteUrl}/`, types: feedAlternates(site) },
  };
}

export default async function FrontPage({ params }: Props) {
  if ((await params).ban !== FRONT_EDITION) notFound();
  await tagThisPage(pageTags.front);
  const { lead, secondary, newest, blocks } = await getFrontPage();
  if (!lead) return <p className="py-16 text-center text-muted">Chưa có bài viết nào được xuất bản.</p>;
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <h1 className="sr-only">Tin chính</h1>
        <ArticleCard article={lead} size="lead" headingLevel={2} />
        <div className="mt-8 grid gap-6 border-t border-line pt-6 sm:grid-cols-2">
          {secondary.map((a) => (
            <ArticleCard key={a.id} article={a} size="medium" headingLevel={2} />
          ))}
        </div>
        {blocks.map(({ section, items }) => (
          <section key={section.id} aria-labelledby={`khoi-${section.slug}`} className="mt-10">
            <h2 id={`khoi-${section.slug}`} className="mb-4 border-b-2 border-brand pb-1 text-lg font-bold uppercase">
              <Link href={`/${section.slug}`} className="text-brand hover:underline">
                {section.name}
              </Link>
            </h2>
            <div className="grid gap-6 sm:grid-cols-2">
              {items.map((a, i) => (
                <ArticleCard key={a.id} article={a} size={i === 0 ? 'medium' : 'small'} />
              ))}
            </div>
          </section>
        ))}
      </div>
      <aside className="space-y-10">
        <section aria-labelledby="tin-moi">
          <h2 id="tin-moi" className="mb-3 border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand">
            Tin mới
          </h2>
          <div className="space-y-4">
            {newest.map((a) => (
              <ArticleCard key={a.id} article={a} size="small" />
            ))}
          </div>
        </section>
        <MostRead />
      </aside>
    </div>
  );
}
