import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleStory } from '@/components/reader/article-story';
import { getArticleForDesk } from '@/lib/articles/desk';
import { renderRichText } from '@/lib/articles/rich-text';
import { now } from '@/lib/clock';
import { statusLabelOf } from '@/lib/articles/workflow';
import { requireDeskUser } from '@/lib/auth/session';
import { refusedOnDesk } from '@/lib/desk-pages';
import { getSiteSettings } from '@/lib/settings';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Xem trước bài viết', robots: { index: false, follow: false } };

/**
 * The saved story inside the public page's frame, for staff only: the same component as the
 * article page, so what an editor checks here is what readers will get.
 */
export default async function PreviewArticle({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const user = await requireDeskUser('desk.enter', `/xem-truoc/${raw}`);
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const [found, site] = await Promise.all([getArticleForDesk({ actor: user, id }).catch(refusedOnDesk), getSiteSettings()]);
  if (!found) notFound();
  const { article, section } = found;
  return (
    <div className="grid gap-10 lg:grid-cols-3">
      <article className="lg:col-span-2">
        <p role="note" className="mb-4 rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm" data-testid="preview-banner">
          Bản xem trước — {statusLabelOf(article, now())}, chỉ người trong tòa soạn xem được.
        </p>
        <ArticleStory
          article={{ ...article, bodyHtml: renderRichText(article.body) }}
          // A draft may not have its section yet: the breadcrumb says so.
          section={section ?? { slug: '', name: 'Chưa có chuyên mục' }}
          tags={found.tags}
          dateline={site.dateline}
          publishedAt={article.publishedAt ?? new Date()}
        />
      </article>
    </div>
  );
}
