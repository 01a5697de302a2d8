import type { Metadata } from 'next';
import { SearchForm } from '@/components/reader/search-form';
import { SearchResultList } from '@/components/search/search-results';
import { listSections } from '@/lib/articles/public';
import { searchArticlesCached } from '@/lib/search/cache';
import { readSearchParams } from '@/lib/search/query';
import { getSiteSettings } from '@/lib/settings';

type Raw = Record<string, string | string[] | undefined>;

export async function searchMetadata(raw: Raw): Promise<Metadata> {
  const read = readSearchParams(raw);
  const site = await getSiteSettings();
  const q = read.ok ? read.input.q : '';
  return {
    title: q ? `Tìm kiếm: ${q} — ${site.siteName}` : `Tìm kiếm — ${site.siteName}`,
    robots: { index: false, follow: true },
  };
}

/** The search page for one set of search parameters (see proxy.ts for how it is cached). */
export async function SearchPage({ raw }: { raw: Raw }) {
  const read = readSearchParams(raw);
  const input = read.ok && read.input.q ? read.input : null;
  const [sections, results] = await Promise.all([listSections(), input ? searchArticlesCached(input) : null]);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 border-b-2 border-brand pb-1 text-2xl font-bold text-brand">
        {input ? `Kết quả tìm kiếm cho “${input.q}”` : 'Tìm kiếm'}
      </h1>
      <SearchForm values={read.values} sections={sections} fieldErrors={read.ok ? undefined : read.fieldErrors} />
      {!read.ok ? (
        <p role="alert" className="mt-4 font-semibold text-danger">
          Chưa thể tìm kiếm: vui lòng kiểm tra lại các ô được đánh dấu.
        </p>
      ) : null}
      {read.ok && !input ? <p className="mt-4 text-muted">Nhập từ khóa để tìm bài viết đã đăng trên báo.</p> : null}
      {input && results ? <SearchResultList results={results} input={input} sections={sections} /> : null}
    </div>
  );
}
