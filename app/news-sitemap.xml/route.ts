import { connection } from 'next/server';
import { renderNewsSitemap } from '@/lib/seo/documents';
import { machineResponse, XML_TYPE } from '@/lib/seo/http';
import { getSiteSettings } from '@/lib/settings';

/** Google News sitemap: the stories of the last 48 hours. */
export async function GET() {
  await connection(); // request time only: `next build` must not open the database
  const site = await getSiteSettings();
  return machineResponse(await renderNewsSitemap({ site }), XML_TYPE);
}
