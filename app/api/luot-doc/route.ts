import { z } from 'zod';
import { recordView } from '@/lib/articles/views';
import { idSchema } from '@/lib/ids';
import { publicRoute } from '@/lib/routes';

/** The view beacon: counts a read into the hour's bucket (once per browser per story, bounded per address). */
export const POST = publicRoute(z.object({ articleId: idSchema }), async ({ articleId }, { browserId, address }) => {
  await recordView({ articleId, browser: browserId(), address });
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});
