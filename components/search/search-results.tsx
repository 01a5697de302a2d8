import Link from 'next/link';
import type { Section } from '@/db/schema';
import { formatPublishedAt } from '@/lib/dates';
import { searchPath, type SearchInput, type TextPart } from '@/lib/search/query';
import type { SearchHit, SearchResults } from '@/lib/search/search';
import { ChevronLeftIcon, ChevronRightIcon } from '@/components/ui/icons';

const count = new Intl.NumberFormat('vi-VN');

/** `2026-03-01` → `01/03/2026`, the paper's way of writing a day. */
const formatDay = (day: string) => day.split('-').reverse().join('/');

/** Text with the reader's words marked. Plain text parts: React escapes every character. */
export function Highlighted({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.match ? (
          <mark key={i} className="bg-yellow-200 text-black">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}

function filterSummary(input: SearchInput, sections: Pick<Section, 'slug' | 'name'>[]): string {
  const parts: string[] = [];
  const section = input.section ? sections.find((s) => s.slug === input.section) : undefined;
  if (input.section) parts.push(`trong chuyên mục ${section?.name ?? input.section}`);
  if (input.from) parts.push(`từ ngày ${formatDay(input.from)}`);
  if (input.to) parts.push(`đến ngày ${formatDay(input.to)}`);
  return parts.length ? ` ${parts.join(', ')}` : '';
}

function HitItem({ hit, headingLevel }: { hit: SearchHit; headingLevel: 'h3' | 'h4' }) {
  const Heading = headingLevel;
  return (
    <article className="border-b border-line py-4">
      <Heading className="font-serif text-lg font-bold leading-snug">
        <Link href={hit.href} className="hover:text-brand">
          <Highlighted parts={hit.titleParts} />
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-muted">
        <Link href={`/${hit.sectionSlug}`} className="font-semibold text-brand">
          {hit.sectionName}
        </Link>
        {' · '}
        <time dateTime={hit.publishedAt.toISOString()}>{formatPublishedAt(hit.publishedAt)}</time>
      </p>
      <p className="mt-2 leading-relaxed">
        <Highlighted parts={hit.snippetParts} />
      </p>
    </article>
  );
}

export function SearchResultList({ results, input, sections }: { results: SearchResults; input: SearchInput; sections: Pick<Section, 'slug' | 'name'>[] }) {
  const { total, page, pageCount, items } = results;
  if (total === 0) return <NoResults results={results} input={input} sections={sections} />;
  return (
    <section aria-labelledby="ket-qua" className="mt-6">
      <h2 id="ket-qua" className="sr-only">
        Danh sách kết quả
      </h2>
      <p className="text-muted">
        Tìm thấy <strong className="text-ink">{count.format(total)}</strong> kết quả{filterSummary(input, sections)}
        {pageCount > 1 ? ` · Trang ${page}/${pageCount}` : ''}
      </p>
      {items.length ? (
        <ol className="mt-2">
          {items.map((hit) => (
            <li key={hit.id}>
              <HitItem hit={hit} headingLevel="h3" />
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-4">
          Trang này không còn kết quả.{' '}
          <Link href={searchPath({ ...input, page: 1 })} className="font-semibold text-brand underline">
            Về trang đầu
          </Link>
        </p>
      )}
      <Pager input={input} page={page} pageCount={pageCount} />
    </section>
  );
}

function Pager({ input, page, pageCount }: { input: SearchInput; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const link = 'inline-flex items-center gap-1 rounded border border-neutral-500 px-4 py-2 font-semibold hover:border-brand hover:text-brand';
  return (
    <nav aria-label="Phân trang kết quả" className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={searchPath({ ...input, page: Math.min(page - 1, pageCount) })} rel="prev" className={link}>
          <ChevronLeftIcon />
          Trang trước
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">
        Trang {Math.min(page, pageCount)}/{pageCount}
      </span>
      {page < pageCount ? (
        <Link href={searchPath({ ...input, page: page + 1 })} rel="next" className={link}>
          Trang sau
          <ChevronRightIcon />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

function NoResults({ results, input, sections }: { results: SearchResults; input: SearchInput; sections: Pick<Section, 'slug' | 'name'>[] }) {
  const filtered = Boolean(input.section || input.from || input.to);
  return (
    <section aria-labelledby="khong-co-ket-qua" className="mt-6">
      <h2 id="khong-co-ket-qua" className="text-xl font-bold">
        Không tìm thấy kết quả
      </h2>
      <p className="mt-1 text-muted">
        Không có bài viết nào khớp với “{input.q}”{filterSummary(input, sections)}.
      </p>
      {results.closeMatches.length ? (
        <div className="mt-4 rounded border border-line p-4">
          <h3 className="font-bold">Có phải bạn muốn tìm:</h3>
          <p className="text-sm text-muted">Các bài có tiêu đề gần giống từ khóa (kết quả gần đúng).</p>
          <ul>
            {results.closeMatches.map((hit) => (
              <li key={hit.id}>
                <HitItem hit={hit} headingLevel="h4" />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <h3 className="mt-6 font-bold">Gợi ý</h3>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        <li>Kiểm tra lại chính tả của từ khóa.</li>
        <li>Thử dùng ít từ hơn, hoặc những từ chung hơn.</li>
        {filtered ? (
          <li>
            Bỏ bớt bộ lọc chuyên mục hoặc thời gian:{' '}
            <Link href={searchPath({ q: input.q })} className="font-semibold text-brand underline">
              tìm “{input.q}” trong tất cả các bài
            </Link>
            .
          </li>
        ) : null}
        <li>Hoặc xem tin theo chuyên mục:</li>
      </ul>
      <ul className="mt-2 flex flex-wrap gap-2 pl-6">
        {sections.map((s) => (
          <li key={s.slug}>
            <Link href={`/${s.slug}`} className="inline-block rounded border border-neutral-500 px-3 py-1 text-sm font-semibold hover:border-brand hover:text-brand">
              {s.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
