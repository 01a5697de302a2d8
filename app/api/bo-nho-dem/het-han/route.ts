import { z } from 'zod';
import { expireArticlePage, expireReaderPages } from '@/lib/cache/reader-cache';
import { isInternalToken } from '@/lib/cache/scheduler';
import { DomainError } from '@/lib/errors';
import { internalRoute } from '@/lib/routes';

const schema = z.object({ path: z.string().regex(/^\/[a-z0-9/-]{1,300}$/).nullable().optional() });

/** Called by this instance itself: when a scheduled story's time has come, and to repeat an expiry. */
export const POST = internalRoute(
  (req) => {
    if (!isInternalToken(req.headers.get('x-toasoan-token'))) throw new DomainError('forbidden', 'Không có quyền.');
  },
  schema,
  async ({ path }) => {
    if (path) expireArticlePage(path, { repeat: false });
    else expireReaderPages({ repeat: false });
    return {};
  },
);
