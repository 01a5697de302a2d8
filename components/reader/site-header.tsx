import Link from 'next/link';
import type { Section } from '@/db/schema';
import { formatMastheadDate } from '@/lib/dates';

export function SiteHeader({ siteName, sections, activeSlug }: { siteName: string; sections: Section[]; activeSlug?: string }) {
  return (
    <header className="border-b-4 border-brand">
      <a href="#noi-dung" className="skip-link">
        Bỏ qua, đến nội dung chính
      </a>
      <div className="mx-auto flex max-w-6xl items-end justify-between gap-4 px-4 pt-5 pb-3">
        <Link href="/" className="font-serif text-3xl font-bold tracking-tight text-brand sm:text-4xl">
          {siteName}
        </Link>
        <div className="flex items-center gap-4">
          <p className="hidden text-sm text-muted sm:block">{formatMastheadDate(new Date())}</p>
          <form action="/tim-kiem" method="get" role="search" aria-label="Tìm nhanh" className="flex">
            <label htmlFor="tim-nhanh" className="sr-only">
              Tìm bài viết
            </label>
            <input id="tim-nhanh" name="q" type="search" maxLength={200} placeholder="Tìm bài viết…" className="w-36 rounded-l border border-neutral-500 bg-paper px-2 py-1 text-sm text-ink sm:w-48" />
            <button type="submit" className="rounded-r bg-masthead px-3 py-1 text-sm font-semibold text-white">
              Tìm
            </button>
          </form>
        </div>
      </div>
      <nav aria-label="Chuyên mục" className="bg-masthead text-white">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 text-sm font-semibold">
          <li>
            <Link href="/" className="block px-3 py-2 hover:bg-brand-dark">
              Trang chủ
            </Link>
          </li>
          {sections.map((s) => (
            <li key={s.id}>
              <Link
                href={`/${s.slug}`}
                aria-current={s.slug === activeSlug ? 'page' : undefined}
                className={`block px-3 py-2 hover:bg-brand-dark ${s.slug === activeSlug ? 'bg-brand-dark' : ''}`}
              >
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer className="mt-12 border-t border-line bg-panel">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
        <p className="font-semibold text-ink">{siteName}</p>
        <p>Báo điện tử tiếng Việt. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>
        <p className="mt-2">
          <Link href="/dang-nhap" className="underline">
            Đăng nhập tòa soạn
          </Link>
        </p>
      </div>
    </footer>
  );
}
