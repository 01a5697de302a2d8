import type { Metadata } from 'next';
import { ArticleCard } from '@/components/reader/article-card';
import { MostRead } from '@/components/reader/most-read';
import { listLatestArticles } from '@/lib/articles/public';
import { getSiteSettings } from '@/lib/settings';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings();
  return { title: `${site.siteName} — Tin tức mới nhất`, description: `${site.siteName}: tin tức thời sự, kinh tế, xã hội, văn hóa, thể thao.` };
}

export default async function FrontPage() {
  const latest = await listLatestArticles({ limit: 24 });
  if (latest.length === 0) {
    return <p className="py-16 text-center text-muted">Chưa có bài viết nào được xuất bản.</p>;
  }
  const [lead, ...rest] = latest;
  const secondary = rest.slice(0, 3);
  const more = rest.slice(3);
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <h1 className="sr-only">Tin chính</h1>
        <ArticleCard article={lead} size="lead" />
        <div className="mt-8 grid gap-6 border-t border-line pt-6 sm:grid-cols-3">
          {secondary.map((a) => (
            <ArticleCard key={a.id} article={a} size="medium" />
          ))}
        </div>
        <section aria-labelledby="tin-moi" className="mt-10">
          <h2 id="tin-moi" className="mb-4 border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand">
            Tin mới
          </h2>
          <div className="grid gap-6 sm:grid-cols-2">
            {more.map((a) => (
              <ArticleCard key={a.id} article={a} size="small" />
            ))}
          </div>
        </section>
      </div>
      <aside>
        <MostRead />
      </aside>
    </div>
  );
}
