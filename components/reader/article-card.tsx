import Link from 'next/link';
import type { ArticleTeaser } from '@/lib/articles/public';
import { articlePath } from '@/lib/articles/public';
import { formatPublishedAt } from '@/lib/dates';
import { ResponsiveImage } from './responsive-image';

export function ArticleCard({
  article,
  size = 'medium',
  headingLevel = 3,
  priority = size === 'lead',
}: {
  article: ArticleTeaser;
  size?: 'lead' | 'medium' | 'small';
  /** Keeps the outline in order: 2 right under the page's h1, 3 inside a titled block. */
  headingLevel?: 2 | 3;
  /** The first picture a reader sees (the lead, the top of a list): loaded at once, first. */
  priority?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const href = articlePath(article, article.sectionSlug);
  // A lead story without a photo is set as a text lead: a big headline and the sapo across the
  // column, not a headline squeezed beside an empty image box.
  const textLead = size === 'lead' && !article.coverKey;
  const titleClass = textLead
    ? 'text-3xl sm:text-4xl'
    : size === 'lead'
      ? 'text-2xl sm:text-3xl'
      : size === 'medium'
        ? 'text-base sm:text-lg'
        : 'text-base';
  const cover = article.coverKey && size !== 'small' ? article.coverKey : null;
  // On a phone a list story is a row: a thumbnail at the left, the title beside it, so several
  // stories fit on one screen; from `sm` up it is a column with the photo on top and the lead.
  const layout = textLead
    ? 'border-t-4 border-brand pt-4'
    : size === 'lead'
      ? 'grid gap-4 md:grid-cols-5'
      : cover
        ? 'grid grid-cols-[7rem_1fr] items-start gap-3 sm:flex sm:flex-col sm:gap-2'
        : 'flex flex-col gap-2';
  return (
    <article className={layout} data-testid={textLead ? 'text-lead' : undefined}>
      {cover ? (
        <Link href={href} className={size === 'lead' ? 'md:col-span-3' : ''} tabIndex={-1} aria-hidden="true">
          <ResponsiveImage
            storageKey={cover}
            alt=""
            width={article.coverWidth ?? 1600}
            height={article.coverHeight ?? 1000}
            sizes={size === 'lead' ? '(min-width: 768px) 60vw, 100vw' : '(min-width: 768px) 30vw, (min-width: 640px) 50vw, 7rem'}
            priority={priority}
          />
        </Link>
      ) : null}
      <div className={size === 'lead' && !textLead ? 'md:col-span-2' : ''}>
        <Heading className={`font-serif font-bold leading-snug ${titleClass}`}>
          <Link href={href} className="hover:text-brand">
            {article.title}
          </Link>
        </Heading>
        {size !== 'small' ? (
          <p
            className={
              textLead
                ? 'mt-3 max-w-3xl text-lg leading-relaxed'
                : `mt-2 text-[0.95rem] leading-relaxed text-muted ${size === 'medium' && cover ? 'hidden sm:block' : ''}`
            }
          >
            {article.lead}
          </p>
        ) : null}
        <p className="mt-1 text-xs text-muted">
          <Link href={`/${article.sectionSlug}`} className="font-semibold text-brand">
            {article.sectionName}
          </Link>
          {article.publishedAt ? <> · {formatPublishedAt(article.publishedAt)}</> : null}
        </p>
      </div>
    </article>
  );
}
