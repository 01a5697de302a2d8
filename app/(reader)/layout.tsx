import type { Metadata } from 'next';
import { SiteFooter, SiteHeader } from '@/components/reader/site-header';
import { feedAlternates } from '@/lib/seo/metadata';
import { listSections } from '@/lib/articles/public';
import { getSiteSettings } from '@/lib/settings';

export async function generateMetadata(): Promise<Metadata> {
  return { alternates: { types: feedAlternates(await getSiteSettings()) } };
}

export default async function ReaderLayout({ children }: { children: React.ReactNode }) {
  const [site, sections] = await Promise.all([getSiteSettings(), listSections()]);
  return (
    <>
      <SiteHeader siteName={site.siteName} logo={site.logo} sections={sections} />
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter site={site} />
    </>
  );
}
