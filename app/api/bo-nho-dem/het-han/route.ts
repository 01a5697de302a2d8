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
);
