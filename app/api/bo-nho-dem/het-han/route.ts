import { pagesTouchedSchema } from '@/lib/cache/change-events';
import { applyPagesTouched } from '@/lib/cache/invalidation';
import { isInternalToken } from '@/lib/cache/own-instance';
import { DomainError } from '@/lib/errors';
import { internalRoute } from '@/lib/routes';

/**
 * Called by this instance itself: when a scheduled story's time has come, to repeat an expiry, and
 * to apply one another instance announced (lib/cache/fan-out.ts).
 */
export const POST = internalRoute(
  (req) => {
    if (!isInternalToken(req.headers.get('x-toasoan-token'))) throw new DomainError('forbidden', 'Không có quyền.');
  },
  pagesTouchedSchema,
  async (touched) => {
    applyPagesTouched(touched, { repeat: false });
    return {};
  },
  // A tag renamed on many stories lists every story's address: tens of kilobytes, past the public
  // doors' 16 KB. Only this deployment's token gets this far (the guard runs before the body is read).
  { limit: { bytes: 1024 * 1024 } },
);
