import type { Metadata } from 'next';
import { feedAlternates } from '@/lib/seo/metadata';
import { getSiteSettings } from '@/lib/settings';
import { aboutParagraphs, identityLines } from '@/lib/site-identity';

// Rendered per request from the settings (kept in memory for a few seconds): a page few people read,
// never prerendered at build, where the embedded database must not be opened.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings();
  return {
    title: `Giới thiệu — ${site.siteName}`,
    description: aboutParagraphs(site.aboutText)[0]?.slice(0, 200) || `Giới thiệu về ${site.siteName}.`,
    alternates: { canonical: `${site.siteUrl}/gioi-thieu`, types: feedAlternates(site) },
  };
}

/** "Giới thiệu": the paper in its own words (a setting), then who answers for it and how to reach it. */
export default async function AboutPage() {
  const site = await getSiteSettings();
  const paragraphs = aboutParagraphs(site.aboutText);
  const { responsible, contacts } = identityLines(site);
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="mb-6 border-b-2 border-brand pb-1 text-2xl font-bold uppercase text-brand">Giới thiệu</h1>
      {paragraphs.length ? (
        <div className="space-y-4 font-serif text-lg leading-relaxed">
          {paragraphs.map((p, i) => (
            <p key={i} className="whitespace-pre-line">
              {p}
            </p>
          ))}
        </div>
      ) : (
        <p className="text-muted">{site.siteName} là báo điện tử tiếng Việt.</p>
      )}
      {responsible.length || contacts.length ? (
        <section aria-labelledby="thong-tin-toa-soan" className="mt-10 rounded bg-panel p-5">
          <h2 id="thong-tin-toa-soan" className="mb-3 text-lg font-bold">
            Thông tin tòa soạn
          </h2>
          <ul className="space-y-1">
            {responsible.map((l) => (
              <li key={l}>{l}</li>
            ))}
            {contacts.map((c) => (
              <li key={c.label}>
                {c.label}:{' '}
                <a href={c.href} className="font-semibold underline">
                  {c.text}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
