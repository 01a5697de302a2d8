import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleCard } from '@/components/reader/article-card';
import { MostRead } from '@/components/reader/most-read';
import { ShareBar } from '@/components/reader/share-bar';
import { CommentForm } from '@/components/comments/comment-form';
import { CommentThread } from '@/components/comments/comment-thread';
import { effectiveMode, isClosedForComments } from '@/lib/comments/rules';
import { articlePath, getArticleForReader, listRelatedArticles, parseArticleParam } from '@/lib/articles/public';
import { listApprovedComments } from '@/lib/comments/reader';
import { isDomainError } from '@/lib/errors';
import { getSiteSettings } from '@/lib/settings';
import { postCommentAction } from './actions';
import { Gone } from '@/components/reader/gone';
import { ArticleStory } from '@/components/reader/article-story';
import { ViewBeacon } from '@/components/reader/view-beacon';
import { JsonLd } from '@/components/reader/json-ld';
import { Corrections } from '@/components/reader/corrections';
import { listCorrections } from '@/lib/articles/corrections';
import { getCoverImage } from '@/lib/seo/feeds';
import { pageTags, tagThisPage } from '@/lib/cache/invalidation';
import { articleMetadata } from '@/lib/seo/metadata';
import { articleImages, breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/structured-data';

// Rendered at the first request and then served from the route cache. Publishing, editing, taking
// down and approving a comment expire it at once (its tags, lib/cache/change-events.ts).
export const revalidate = 120;
export const generateStaticParams = async (): Promise<{ section: string; article: string }[]> => [];

type Props = { params: Promise<{ section: string; article: string }> };

async function load(params: Props['params']) {
  const { section, article: param } = await params;
  const id = parseArticleParam(param);
  const found = id ? await getArticleForReader({ id }) : null;
  return { id, found, section, param };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ found }, site] = await Promise.all([load(params), getSiteSettings()]);
  if (!found || found.gone) return { title: `Không tìm thấy bài viết — ${site.siteName}` };
  const { article, section } = found;
  return articleMetadata({ article, section, site, coverImage: await getCoverImage({ mediaId: article.coverMediaId }) });
}

export default async function ArticlePage({ params }: Props) {
  const { id, found, section: sectionParam, param } = await load(params);
  // Tagged before the answer is known: a story not live yet (404) or taken down (410) is expired by its events too.
  if (found && !found.gone) await tagThisPage(pageTags.story(found.article.id), pageTags.storiesIn(found.section.slug));
  else if (id) await tagThisPage(pageTags.story(id));
  if (!found) notFound();
  if (found.gone) return <Gone />;
  const { article, section, tags } = found;
  const path = articlePath(article, section.slug);
  if (sectionParam !== section.slug || param !== `${article.slug}-${article.id}`) permanentRedirect(path);

  const [site, comments, related, cover, corrections] = await Promise.all([
    getSiteSettings(),
    // The story may go down between the lookup above and this read: then it is gone, not a 500.
    listApprovedComments({ articleId: article.id }).catch((err: unknown) => {
      if (isDomainError(err) && err.code === 'not_found') return null;
      throw err;
    }),
    listRelatedArticles({ articleId: article.id, sectionId: section.id, tagIds: tags.map((t) => t.id) }),
    getCoverImage({ mediaId: article.coverMediaId }),
    listCorrections({ articleId: article.id }),
  ]);
  if (!comments) return <Gone />;
  const publishedAt = article.publishedAt!;
  const mode = effectiveMode({ article: article.commentsMode, section: section.commentsMode, site: site.defaultCommentsMode });
  const commentsOpen = !isClosedForComments({ mode, publishedAt, closeAfterDays: site.commentsCloseAfterDays });
  const thread = {
    total: comments.total,
    nextCursor: comments.nextCursor,
    items: comments.items.map((c) => ({
      ...c,
      createdAt: c.createdAt.toISOString(),
      replies: c.replies.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    })),
  };

  return (
    <div className="grid gap-10 lg:grid-cols-3">
      <article className="lg:col-span-2">
        <JsonLd
          data={[
            {
              ...newsArticleJsonLd({ article, section, site, images: articleImages({ cover, body: article.body }) }),
              ...(corrections.length
                ? { correction: corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.body, datePublished: c.createdAt.toISOString() })) }
                : {}),
            },
            breadcrumbJsonLd({ article, section, site }),
          ]}
        />
        <ArticleStory article={article} section={section} tags={tags} dateline={site.dateline} publishedAt={publishedAt} />
        <Corrections items={corrections} />
        <ShareBar url={`${site.siteUrl}${path}`} title={article.title} />
        <ViewBeacon articleId={article.id} />

        <section aria-labelledby="binh-luan" className="mt-8">
          <h2 id="binh-luan" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand">
            Bình luận
          </h2>
          <CommentThread articleId={article.id} initial={thread} action={postCommentAction} open={commentsOpen} />
          {commentsOpen ? (
            <CommentForm articleId={article.id} action={postCommentAction} />
          ) : (
            <p className="mt-3 text-muted">Bài viết này đã đóng bình luận.</p>
          )}
        </section>

        {related.length ? (
          <section aria-labelledby="tin-lien-quan" className="mt-10">
            <h2 id="tin-lien-quan" className="mb-4 border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand">
              Tin liên quan
            </h2>
            <div className="grid gap-6 sm:grid-cols-2">
              {related.map((a) => (
                <ArticleCard key={a.id} article={a} size="small" />
              ))}
            </div>
          </section>
        ) : null}
      </article>
      <aside>
        <MostRead />
      </aside>
    </div>
  );
}
