import { z } from 'zod';
import { likeComment } from '@/lib/comments/reader';
import { idSchema } from '@/lib/ids';
import { publicRoute } from '@/lib/routes';

/** A reader likes a comment: once per browser, limited per address and per browser. */
export const POST = publicRoute(z.object({ commentId: idSchema }), async ({ commentId }, { browserId, address }) =>
  likeComment({ commentId, voter: browserId(), ip: address }),
);
