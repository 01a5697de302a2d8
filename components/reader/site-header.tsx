import Link from 'next/link';
import type { Section } from '@/db/schema';
import { formatMastheadDate } from '@/lib/dates';
import type { SiteLogo, SiteSettings } from '@/lib/settings';
import { identityLines } from '@/lib/site-identity';

/** The paper's logo when the admin has set one, its name in type otherwise. */
function Masthead({ siteName, logo, className }: { siteName: string; logo: SiteLogo | null; className: string }) {
  if (!logo) return <>{siteName}</>;
  // eslint-disable-next-line @next/next/no-img-element -- our own re-encoded file, sized by its attributes
  return <img src={logo.url} alt={siteName} width={logo.width} height={logo.height} className={`w-auto ${className}`} />;
}

export function SiteHeader({ siteName, logo = null, sections, activeSlug }: { siteName: string; logo?: SiteLogo | null; sections: Section[]; activeSlug?: string }) {
  return (
    <header className="border-b-4 border-brand">
      <a href="#noi-dung" className="skip-link">
        Bỏ qua, đến nội dung chính
      </a>
      <div className="mx-auto flex max-w-6xl items-end justify-between gap-3 px-4 pt-5 pb-3 sm:gap-4">
        <Link href="/" className="font-serif text-3xl font-bold tracking-tight text-brand sm:text-4xl">
          <Masthead siteName={siteName} logo={logo} className="h-9 max-w-[10rem] object-contain object-left sm:h-14 sm:max-w-xs" />
        </Link>
        <div className="flex items-center gap-4">
          <p className="hidden text-sm text-muted sm:block">{formatMastheadDate(new Date())}</p>
          <form action="/tim-kiem" method="get" role="search" aria-label="Tìm nhanh" className="flex">
            <label htmlFor="tim-nhanh" className="sr-only">
              Tìm bài viết
            </label>
            <input id="tim-nhanh" name="q" type="search" maxLength={200} placeholder="Tìm bài viết…" className="w-32 min-w-0 rounded-l border border-neutral-500 bg-paper px-2 py-1 text-sm text-ink sm:w-48" />
            <button type="submit" className="rounded-r bg-masthead px-3 py-1 text-sm font-semibold text-white">
              Tìm
            </button>
          </form>
        </div>
      </div>
      {/* One row on phones that scrolls sideways (three wrapped rows pushed the story off the first screen). */}
      <nav aria-label="Chuyên mục" className="section-nav bg-masthead text-white">
        <ul className="mx-auto flex max-w-6xl gap-x-1 overflow-x-auto whitespace-nowrap px-2 text-sm font-semibold md:flex-wrap md:overflow-visible">
          <li>
            <Link href="/" className="block px-3 py-3 hover:bg-brand-dark md:py-2">
              Trang chủ
            </Link>
          </li>
          {sections.map((s) => (
            <li key={s.id}>
              <Link
                href={`/${s.slug}`}
                aria-current={s.slug === activeSlug ? 'page' : undefined}
                className={`block px-3 py-3 hover:bg-brand-dark md:py-2 ${s.slug === activeSlug ? 'bg-brand-dark' : ''}`}
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

/** The footer carries the paper's legal identity, as a Vietnamese báo điện tử must. */
export function SiteFooter({ site }: { site: SiteSettings }) {
  const { responsible, contacts } = identityLines(site);
  return (
    <footer className="mt-12 border-t-4 border-brand bg-panel">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-6 text-sm text-muted md:grid-cols-3">
        <div className="md:col-span-2">
          <p className="font-serif text-xl font-bold text-brand">
            <Masthead siteName={site.siteName} logo={site.logo} className="h-10" />
          </p>
          <ul className="mt-2 space-y-1" aria-label="Thông tin tòa soạn">
            {responsible.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          <p className="mt-2">Ghi rõ nguồn “{site.siteName}” khi phát hành lại thông tin từ trang này.</p>
        </div>
        <div>
          {contacts.length ? (
            <ul className="space-y-1" aria-label="Liên hệ tòa soạn">
              {contacts.map((c) => (
                <li key={c.label}>
                  {c.label}:{' '}
                  <a href={c.href} className="inline-block py-1 font-semibold text-ink underline">
                    {c.text}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          <ul className="mt-3 flex flex-wrap gap-x-4">
            <li>
              <Link href="/gioi-thieu" className="inline-block py-2 underline">
                Giới thiệu
              </Link>
            </li>
            <li>
              <a href="/rss.xml" className="inline-block py-2 underline">
                RSS
              </a>
            </li>
            <li>
              <Link href="/dang-nhap" className="inline-block py-2 underline">
                Đăng nhập tòa soạn
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
