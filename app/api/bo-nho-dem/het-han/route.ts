import { z } from 'zod';
import { expireArticlePage, expireReaderPages } from '@/lib/cache/reader-cache';
import { isInternalToken } from '@/lib/cache/scheduler';

const schema = z.object({ path: z.string().regex(/^\/[a-z0-9/-]{1,300}$/).nullable().optional() });

/** Called by this instance itself: when a scheduled story's time has come, and to repeat an expiry. */
export async function POST(req: Request) {
  if (!isInternalToken(req.headers.get('x-toasoan-token'))) {
    return Response.json({ ok: false, message: 'Không có quyền.' }, { status: 403 });
  }
  const parsed = schema.safeParse(await req.json().catch(() => ({})));
  const path = parsed.success ? parsed.data.path : null;
  if (path) expireArticlePage(path, { repeat: false });
  else expireReaderPages({ repeat: false });
  return Response.json({ ok: true });
}
