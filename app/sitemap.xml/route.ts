import { connection } from 'next/server';
import { noInput, publicRoute } from '@/lib/routes';
import { renderSitemap } from '@/lib/seo/documents';
import { machineResponse, XML_TYPE } from '@/lib/seo/http';
import { getSiteSettings } from '@/lib/settings';

/** The sitemap, or past 50,000 URLs the index of `/sitemaps/<n>.xml`. */
export const GET = publicRoute(noInput, async () => {
  await connection(); // request time only: `next build` must not open the database
  const site = await getSiteSettings();
  return machineResponse(await renderSitemap({ site }), XML_TYPE);
});
