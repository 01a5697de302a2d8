import { connection } from 'next/server';
import { cachedDocument, pageTags } from '@/lib/cache/invalidation';
import { noInput, publicRoute } from '@/lib/routes';
import { renderRss } from '@/lib/seo/documents';
import { machineResponse, RSS_TYPE } from '@/lib/seo/http';
import { getSiteSettings } from '@/lib/settings';

/** The whole paper's RSS 2.0 feed: the 50 newest live stories, built once per change (lib/cache/invalidation.ts). */
export const GET = publicRoute(noInput, async () => {
  await connection(); // request time only: `next build` must not open the database
  const site = await getSiteSettings();
  const body = await cachedDocument('rss', [pageTags.frame, pageTags.feed], () => renderRss({ site }));
  return machineResponse(body, RSS_TYPE);
});
