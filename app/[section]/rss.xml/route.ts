import { connection } from 'next/server';
import { cachedDocument, pageTags } from '@/lib/cache/invalidation';
import { getSectionBySlug } from '@/lib/articles/public';
import { noInput, publicRoute } from '@/lib/routes';
import { renderRss } from '@/lib/seo/documents';
import { machineResponse, notFoundResponse, RSS_TYPE } from '@/lib/seo/http';
import { getSiteSettings } from '@/lib/settings';

/** One section's RSS 2.0 feed: `/thoi-su/rss.xml`. */
export const GET = publicRoute(noInput, async (_input, { params }: { params: { section: string } }) => {
  await connection(); // request time only: `next build` must not open the database
  const [section, site] = await Promise.all([getSectionBySlug({ slug: params.section }), getSiteSettings()]);
  if (!section) return notFoundResponse();
  const body = await cachedDocument(`rss:${section.slug}`, [pageTags.frame, pageTags.sectionFeed(section.slug)], () => renderRss({ site, section }));
  return machineResponse(body, RSS_TYPE);
});
