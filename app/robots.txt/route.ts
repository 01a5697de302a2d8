import { connection } from 'next/server';
import { noInput, publicRoute } from '@/lib/routes';
import { renderRobots } from '@/lib/seo/documents';
import { machineResponse, TEXT_TYPE } from '@/lib/seo/http';
import { getSiteSettings } from '@/lib/settings';

// A route handler rather than app/robots.ts: that one is prerendered at build, and the site's
// address comes from the settings table, which `next build` must not open.
export const GET = publicRoute(noInput, async () => {
  await connection();
  const site = await getSiteSettings();
  return machineResponse(renderRobots({ site }), TEXT_TYPE);
});
