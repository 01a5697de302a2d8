import { connection } from 'next/server';
import { cachedDocument, pageTags } from '@/lib/cache/invalidation';
import { listSections } from '@/lib/articles/public';
import { noInput, publicRoute } from '@/lib/routes';
import { renderRss } from '@/lib/seo/documents';
import { machineResponse, notFoundResponse, RSS_TYPE } from '@/lib/seo/http';
import { getSiteSettings } from '@/lib/settings';

/** One section's RSS 2.0 feed: `/thoi-su/rss.xml`. */
export const GET = publicRoute(noInput, async (_input, { params }: { params: { section: string } }) => {
  await connection(); // request time only: `next build` must not open the database
  // The section list is kept in memory (lib/cache/memo.ts): a cached feed asks nothing of the database.
  const [sections, site] = await Promise.all([listSections(), getSiteSettings()]);
  const section = sections.find((s) => s.slug === params.section);
  if (!section) return notFoundResponse();
  const body = await cachedDocument(`rss:${section.slug}`, [pageTags.frame, pageTags.sectionFeed(section.slug)], () => renderRss({ site, section }));
  return machineResponse(body, RSS_TYPE);
});
