import { z } from 'zod';
import type { User } from '@/db/schema';
import { markArticleLeft, markArticleOpen } from '@/lib/articles/presence';
import { idParam } from '@/lib/ids';
import { deskRoute, routeError } from '@/lib/routes';

/** `{}` from the heartbeat, `{ "left": true }` from the beacon sent when the page is left. */
const presenceSchema = z.object({ left: z.boolean().optional() }).strict();

/** The open-editor heartbeat: records who has this story open and answers who else has. */
export const POST = deskRoute('desk.enter', presenceSchema, async ({ left }, { user, params }: { user: User; params: { id: string } }) => {
  const articleId = idParam.safeParse(params.id);
  if (!articleId.success) return routeError(404, 'Không tìm thấy bài viết.');
  const args = { actor: user, articleId: articleId.data };
  return { others: left ? await markArticleLeft(args) : await markArticleOpen(args) };
});
