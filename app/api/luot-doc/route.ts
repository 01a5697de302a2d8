import { z } from 'zod';
import { recordView } from '@/lib/articles/views';
import { env } from '@/lib/env';
import { idSchema } from '@/lib/ids';
import { publicRoute } from '@/lib/routes';
import { classifyReferrer } from '@/lib/stats/referrer';

/** The referrer is read only to name its kind of source, then dropped (never stored); a missing or odd one counts as direct. */
const beacon = z.object({
  articleId: idSchema,
  referrer: z
    .string()
    .optional()
    .catch(undefined)
    .transform((r) => r?.slice(0, 2048)),
});

/** The view beacon: counts a read into the hour's bucket for where it came from (once per browser per story, bounded per address). */
export const POST = publicRoute(beacon, async ({ articleId, referrer }, { browserId, address, req }) => {
  const source = classifyReferrer(referrer, env().SITE_URL, req.headers.get('user-agent'));
  await recordView({ articleId, browser: browserId(), address, source });
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});
