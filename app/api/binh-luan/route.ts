import { z } from 'zod';
import { listApprovedComments } from '@/lib/comments/reader';
import { idParam } from '@/lib/ids';
import { publicRoute } from '@/lib/routes';

const schema = z.object({
  bai: idParam,
  'thu-tu': z.enum(['newest', 'oldest']).default('newest'),
  sau: z.string().max(60).optional(),
});

/** More approved comments of a live story (the first page comes with the cached article page). */
export const GET = publicRoute(schema, async (input) => ({
  ...(await listApprovedComments({ articleId: input.bai, order: input['thu-tu'], cursor: input.sau })),
}));
