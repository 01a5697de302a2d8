import { connection } from 'next/server';
import { noInput, publicRoute } from '@/lib/routes';
import { renderNewsSitemap } from '@/lib/seo/documents';
import { machineResponse, XML_TYPE } from '@/lib/seo/http';
import { getSiteSettings } from '@/lib/settings';

/** Google News sitemap: the stories of the last 48 hours. */
export const GET = publicRoute(noInput, async () => {
  await connection(); // request time only: `next build` must not open the database
  const site = await getSiteSettings();
  return machineResponse(await renderNewsSitemap({ site }), XML_TYPE);
});
