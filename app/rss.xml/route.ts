import { connection } from 'next/server';
import { noInput, publicRoute } from '@/lib/routes';
import { renderRss } from '@/lib/seo/documents';
import { machineResponse, RSS_TYPE } from '@/lib/seo/http';
import { getSiteSettings } from '@/lib/settings';

/** The whole paper's RSS 2.0 feed: the 50 newest live stories. */
export const GET = publicRoute(noInput, async () => {
  await connection(); // request time only: `next build` must not open the database
  const site = await getSiteSettings();
  return machineResponse(await renderRss({ site }), RSS_TYPE);
});
