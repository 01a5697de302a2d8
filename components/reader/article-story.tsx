import Link from 'next/link';
import { TextSizeControl } from '@/components/reader/text-size';
import { formatPublishedAt } from '@/lib/dates';
import { ChevronRightIcon } from '@/components/ui/icons';

/**
 * The story as readers see it: breadcrumb, title, time, lead with the dateline, body, credit and
 * tags. The public article page and the desk's preview both render this, so a preview is exact.
 */
export function ArticleStory({
  article,
  section,
  tags,
  dateline,
  publishedAt,
}: {
  article: { title: string; lead: string; bodyHtml: string; credit: string };
  section: { slug: string; name: string };
  tags: { id: number; slug: string; name: string }[];
  dateline: string;
  publishedAt: Date;
}) {
  return (
    <>
      <nav aria-label="Đường dẫn" className="text-sm">
        <ol className="flex items-center gap-2 text-muted">
          <li>
            <Link href="/" className="hover:text-brand">
              Trang chủ
            </Link>
          </li>
          <li aria-hidden="true">
            <ChevronRightIcon className="h-3.5 w-3.5" />
          </li>
          <li>
            <Link href={`/${section.slug}`} className="font-semibold text-brand">
              {section.name}
            </Link>
          </li>
        </ol>
      </nav>
      <h1 className="mt-3 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
      <div className="mt-3 flex items-center justify-between gap-4 text-sm text-muted">
        <time dateTime={publishedAt.toISOString()}>{formatPublishedAt(publishedAt)}</time>
        <TextSizeControl />
      </div>
      <p className="mt-4 font-serif text-lg font-bold leading-relaxed" data-testid="lead">
        {dateline}
        {article.lead}
      </p>
      <div className="article-body mt-5" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      {article.credit ? (
        <p className="mt-4 text-right font-serif font-bold" data-testid="credit">
          {article.credit}
        </p>
      ) : null}
      {tags.length ? (
        <p className="mt-4 flex flex-wrap gap-2 text-sm">
          <span className="font-semibold">Từ khóa:</span>
          {tags.map((t) => (
            <Link key={t.id} href={`/chu-de/${t.slug}`} className="rounded bg-panel px-2 py-0.5 hover:text-brand">
              {t.name}
            </Link>
          ))}
        </p>
      ) : null}
    </>
  );
}
