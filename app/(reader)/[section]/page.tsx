import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/reader/article-card';
import { getSectionBySlug, listLatestArticles } from '@/lib/articles/public';
import { getSiteSettings } from '@/lib/settings';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ section: slug }, site] = await Promise.all([params, getSiteSettings()]);
  const section = await getSectionBySlug({ slug });
  return section ? { title: `${section.name} — ${site.siteName}` } : {};
}

export default async function SectionPage({ params }: Props) {
  const { section: slug } = await params;
  const section = await getSectionBySlug({ slug });
  if (!section) notFound();
  const items = await listLatestArticles({ sectionId: section.id, limit: 30 });
  return (
    <>
      <h1 className="mb-6 border-b-2 border-brand pb-1 text-2xl font-bold uppercase text-brand">{section.name}</h1>
      {items.length === 0 ? (
        <p className="text-muted">Chuyên mục chưa có bài viết.</p>
      ) : (
        <div className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((a) => (
            <ArticleCard key={a.id} article={a} />
          ))}
        </div>
      )}
    </>
  );
}
