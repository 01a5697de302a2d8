import Link from 'next/link';
import { ChevronLeftIcon, ChevronRightIcon } from '@/components/ui/icons';

/** Page 1 lives at the base URL, page n at `<base>/trang/<n>`: every page is a cacheable path. */
export function pageHref(base: string, page: number) {
  return page <= 1 ? base : `${base}/trang/${page}`;
}

export function Pager({ base, page, pageCount }: { base: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const link = 'inline-flex min-h-11 items-center gap-1 rounded border border-line px-3 py-1.5 font-semibold hover:border-brand hover:text-brand sm:min-h-0';
  return (
    <nav aria-label="Phân trang" className="mt-10 flex items-center justify-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={pageHref(base, page - 1)} rel="prev" className={link}>
          <ChevronLeftIcon />
          Trang trước
        </Link>
      ) : null}
      <span>
        Trang {page}/{pageCount}
      </span>
      {page < pageCount ? (
        <Link href={pageHref(base, page + 1)} rel="next" className={link}>
          Trang sau
          <ChevronRightIcon />
        </Link>
      ) : null}
    </nav>
  );
}

/** `/…/trang/<n>` → n, or null for anything that is not a sensible page number. */
export function parsePageParam(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  if (!/^\d{1,5}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 2 ? n : null;
}
