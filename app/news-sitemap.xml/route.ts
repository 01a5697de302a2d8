import { connection } from 'next/server';
import { cachedDocument, pageTags } from '@/lib/cache/invalidation';
import { noInput, publicRoute } from '@/lib/routes';
import { renderNewsSitemap } from '@/lib/seo/documents';
import { machineResponse, XML_TYPE } from '@/lib/seo/http';
import { getSiteSettings } from '@/lib/settings';

/** Google News sitemap: the stories of the last 48 hours. */
export const GET = publicRoute(noInput, async () => {
  await connection(); // request time only: `next build` must not open the database
  const site = await getSiteSettings();
  const body = await cachedDocument('news-sitemap', [pageTags.frame, pageTags.newsSitemap], () => renderNewsSitemap({ site }));
  return machineResponse(body, XML_TYPE);
});
