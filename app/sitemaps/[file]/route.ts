import { connection } from 'next/server';
import { noInput, publicRoute } from '@/lib/routes';
import { renderSitemapPage } from '@/lib/seo/documents';
import { machineResponse, notFoundResponse, XML_TYPE } from '@/lib/seo/http';
import { getSiteSettings } from '@/lib/settings';

/** One page of a split sitemap: `/sitemaps/2.xml`. */
export const GET = publicRoute(noInput, async (_input, { params }: { params: { file: string } }) => {
  await connection(); // request time only: `next build` must not open the database
  const match = /^([1-9]\d{0,5})\.xml$/.exec(params.file);
  if (!match) return notFoundResponse();
  const body = await renderSitemapPage({ site: await getSiteSettings(), page: Number(match[1]) });
  return body ? machineResponse(body, XML_TYPE) : notFoundResponse();
});
