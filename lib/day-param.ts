import { z } from 'zod';
import '@/lib/zod-vi';
import { toIsoDay } from './dates';

/**
 * A filter day from a form or the address bar: typed as `dd/mm/yyyy` (the date field), or
 * `yyyy-mm-dd` from an older link. Comes out as `yyyy-mm-dd`, the form the queries read.
 */
export const dayParam = z
  .string()
  .trim()
  .transform((value, ctx) => {
    // An empty box is no filter.
    if (!value) return undefined;
    const iso = toIsoDay(value);
    if (iso) return iso;
    ctx.addIssue({ code: 'custom', message: 'Ngày không hợp lệ, hãy gõ theo dạng dd/mm/yyyy.' });
    return z.NEVER;
  });
