import { SiteFooter, SiteHeader } from '@/components/reader/site-header';
import { listSections } from '@/lib/articles/public';
import { getSiteSettings } from '@/lib/settings';

export default async function ReaderLayout({ children }: { children: React.ReactNode }) {
  const [site, sections] = await Promise.all([getSiteSettings(), listSections()]);
  return (
    <>
      <SiteHeader siteName={site.siteName} sections={sections} />
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter siteName={site.siteName} />
    </>
  );
}
