import { z } from 'zod';
import { expireFor } from '@/lib/cache/invalidation';
import { isClockAdjustable, now, setClock } from '@/lib/clock';
import { DomainError } from '@/lib/errors';
import { internalRoute } from '@/lib/routes';

const schema = z.object({ at: z.iso.datetime({ offset: true }).nullable() });

/** End-to-end runs only (E2E_CLOCK=1): move the server's clock. Anywhere else it does not exist. */
export const POST = internalRoute(
  () => {
    if (!isClockAdjustable()) throw new DomainError('not_found', 'Không tìm thấy.');
  },
  schema,
  async ({ at }) => {
    setClock(at ? new Date(at) : null);
    // What is live depends on the clock: pages cached before the move (a story that went live at the
    // moved time, then the clock put back) must not outlive it.
    expireFor({ kind: 'clock.moved' }, { repeat: false, announce: false });
    return { now: now().toISOString() };
  },
);
