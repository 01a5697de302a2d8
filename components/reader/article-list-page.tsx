import { notFound } from 'next/navigation';
import type { ArticleTeaser } from '@/lib/articles/public';
import { ArticleCard } from './article-card';
import { Pager } from './pager';

/** Section, tag and author pages share this: a heading, a grid of stories and the pager. */
export function ArticleListPage({
  heading,
  kicker,
  base,
  list,
}: {
  heading: string;
  kicker?: string;
  base: string;
  list: { items: ArticleTeaser[]; page: number; pageCount: number };
}) {
  if (list.page > list.pageCount) notFound();
  return (
    <>
      {kicker ? <p className="text-sm font-semibold uppercase text-muted">{kicker}</p> : null}
      <h1 className="mb-6 border-b-2 border-brand pb-1 text-2xl font-bold uppercase text-brand">
        {heading}
        {list.page > 1 ? <span className="ml-2 text-base font-normal normal-case text-muted">– trang {list.page}</span> : null}
      </h1>
      {list.items.length === 0 ? (
        <p className="text-muted">Chưa có bài viết.</p>
      ) : (
        <div className="grid gap-5 sm:grid-cols-2 sm:gap-8 lg:grid-cols-3">
          {list.items.map((a, i) => (
            <ArticleCard key={a.id} article={a} headingLevel={2} priority={i === 0} />
          ))}
        </div>
      )}
      <Pager base={base} page={list.page} pageCount={list.pageCount} />
    </>
  );
}
