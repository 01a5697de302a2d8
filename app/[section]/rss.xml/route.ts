import { connection } from 'next/server';
import { getSectionBySlug } from '@/lib/articles/public';
import { renderRss } from '@/lib/seo/documents';
import { machineResponse, notFoundResponse, RSS_TYPE } from '@/lib/seo/http';
import { getSiteSettings } from '@/lib/settings';

/** One section's RSS 2.0 feed: `/thoi-su/rss.xml`. */
export async function GET(_req: Request, { params }: { params: Promise<{ section: string }> }) {
  await connection(); // request time only: `next build` must not open the database
  const [{ section: slug }, site] = await Promise.all([params, getSiteSettings()]);
  const section = await getSectionBySlug({ slug });
  if (!section) return notFoundResponse();
  return machineResponse(await renderRss({ site, section }), RSS_TYPE);
}
