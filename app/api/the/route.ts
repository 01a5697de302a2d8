import { z } from 'zod';
import { deskRoute } from '@/lib/routes';
import { searchTags } from '@/lib/tags';

/** Tag suggestions while the writer types. */
export const GET = deskRoute('article.create', z.object({ q: z.string().trim().max(60).default('') }), async ({ q }, { user }) => ({
  tags: await searchTags({ actor: user, q, limit: 8 }),
}));
