import { connection } from 'next/server';
import { cachedDocument, pageTags } from '@/lib/cache/invalidation';
import { noInput, publicRoute } from '@/lib/routes';
import { renderSitemap } from '@/lib/seo/documents';
import { machineResponse, XML_TYPE } from '@/lib/seo/http';
import { getSiteSettings } from '@/lib/settings';

/** The sitemap, or past 50,000 URLs the index of `/sitemaps/<n>.xml`. */
export const GET = publicRoute(noInput, async () => {
  await connection(); // request time only: `next build` must not open the database
  const site = await getSiteSettings();
  const body = await cachedDocument('sitemap', [pageTags.frame, pageTags.sitemap], () => renderSitemap({ site }));
  return machineResponse(body, XML_TYPE);
});
