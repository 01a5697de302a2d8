import { connection } from 'next/server';
import { cachedDocument, pageTags } from '@/lib/cache/invalidation';
import { noInput, publicRoute } from '@/lib/routes';
import { renderSitemapPage } from '@/lib/seo/documents';
import { machineResponse, notFoundResponse, XML_TYPE } from '@/lib/seo/http';
import { getSiteSettings } from '@/lib/settings';

/** One page of a split sitemap: `/sitemaps/2.xml`. */
export const GET = publicRoute(noInput, async (_input, { params }: { params: { file: string } }) => {
  await connection(); // request time only: `next build` must not open the database
  // At most 1,000 pages (50 million stories): a crawler asking for page 999999 is answered without
  // a cache entry of its own.
  const match = /^([1-9]\d{0,2}|1000)\.xml$/.exec(params.file);
  if (!match) return notFoundResponse();
  const site = await getSiteSettings();
  const page = Number(match[1]);
  const body = await cachedDocument(`sitemap:${page}`, [pageTags.frame, pageTags.sitemap], () => renderSitemapPage({ site, page }));
  return body ? machineResponse(body, XML_TYPE) : notFoundResponse();
});
