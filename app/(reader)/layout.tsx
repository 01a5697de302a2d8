import type { Metadata } from 'next';
import { preload } from 'react-dom';
import serifBoldLatin from '@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff2';
import serifBoldVietnamese from '@fontsource/noto-serif/files/noto-serif-vietnamese-700-normal.woff2';
import { SiteFooter, SiteHeader } from '@/components/reader/site-header';
import { feedAlternates } from '@/lib/seo/metadata';
import { listSections } from '@/lib/articles/public';
import { getSiteSettings } from '@/lib/settings';
import { pageTags, tagThisPage } from '@/lib/cache/invalidation';

export async function generateMetadata(): Promise<Metadata> {
  return { alternates: { types: feedAlternates(await getSiteSettings()) } };
}

export default async function ReaderLayout({ children }: { children: React.ReactNode }) {
  // Every reader page opens on serif headlines (the paper's name, the lead, the story's title): the
  // two files of the bold serif are fetched with the HTML's head instead of after the first layout
  // finds the text that needs them, so the largest text settles sooner on a slow phone.
  for (const href of [serifBoldLatin, serifBoldVietnamese]) preload(href, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  // Every reader page carries the frame's tag: settings and the section list expire them all.
  const [site, sections] = await Promise.all([getSiteSettings(), listSections(), tagThisPage(pageTags.frame)]);
  return (
    <div className="reader-paper">
      <SiteHeader siteName={site.siteName} logo={site.logo} sections={sections} />
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter site={site} />
    </div>
  );
}
