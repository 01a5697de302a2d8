import { z } from 'zod';
import { LIKES_QUERY_MAX, likeComment, readCommentLikes } from '@/lib/comments/reader';
import { readBrowserId } from '@/lib/comments/voter';
import { idParam, idSchema } from '@/lib/ids';
import { publicRoute } from '@/lib/routes';

const likesQuery = z.object({
  // `?ids=12,13,14`: the comments on the reader's screen.
  ids: z
    .string()
    .max(LIKES_QUERY_MAX * 11)
    .transform((v, ctx) => {
      const ids = v.split(',').filter(Boolean).map((id) => idParam.safeParse(id));
      if (ids.length > LIKES_QUERY_MAX || ids.some((r) => !r.success)) {
        ctx.addIssue({ code: 'custom', message: `Danh sách bình luận không hợp lệ (tối đa ${LIKES_QUERY_MAX}).` });
        return z.NEVER;
      }
      return ids.map((r) => r.data as number);
    }),
});

/**
 * The live like counts of the comments on screen and which of them this browser liked: the cached
 * story page carries counts as old as the page. Only read: a browser without an id gets none here.
 */
export const GET = publicRoute(likesQuery, async ({ ids }, { req }) => readCommentLikes({ commentIds: ids, voter: readBrowserId(req.headers.get('cookie')) }));

/** A reader likes a comment: once per browser, limited per address and per browser. */
export const POST = publicRoute(z.object({ commentId: idSchema }), async ({ commentId }, { browserId, address }) =>
  likeComment({ commentId, voter: browserId(), ip: address }),
);
