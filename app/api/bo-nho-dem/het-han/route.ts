import { z } from 'zod';
import { applyPagesTouched } from '@/lib/cache/invalidation';
import { isInternalToken } from '@/lib/cache/own-instance';
import { DomainError } from '@/lib/errors';
import { internalRoute } from '@/lib/routes';

// What an event touched (lib/cache/change-events.ts PagesTouched): concrete reader paths and cache tags.
const path = z.string().regex(/^\/[a-z0-9/-]{0,300}$/, 'Đường dẫn không hợp lệ.');
const tag = z.string().regex(/^[a-z0-9:-]{1,200}$/, 'Thẻ bộ nhớ đệm không hợp lệ.');
const schema = z.object({
  paths: z.array(path).max(2000),
  tags: z.array(tag).max(2000),
  search: z.boolean(),
  memos: z.boolean(),
  gone: z.boolean(),
});

/** Called by this instance itself: when a scheduled story's time has come, and to repeat an expiry. */
export const POST = internalRoute(
  (req) => {
    if (!isInternalToken(req.headers.get('x-toasoan-token'))) throw new DomainError('forbidden', 'Không có quyền.');
  },
  schema,
  async (touched) => {
    applyPagesTouched(touched, { repeat: false });
    return {};
  },
);
