import { expireReaderPages } from '@/lib/cache/reader-cache';
import { isInternalToken } from '@/lib/cache/scheduler';

/** Called by this instance's scheduler when a scheduled story's time has come. */
export async function POST(req: Request) {
  if (!isInternalToken(req.headers.get('x-toasoan-token'))) {
    return Response.json({ ok: false, message: 'Không có quyền.' }, { status: 403 });
  }
  expireReaderPages();
  return Response.json({ ok: true });
}
