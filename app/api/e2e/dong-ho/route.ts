import { z } from 'zod';
import { isClockAdjustable, now, setClock } from '@/lib/clock';

const schema = z.object({ at: z.iso.datetime({ offset: true }).nullable() });

/** End-to-end runs only (E2E_CLOCK=1): move the server's clock. Anywhere else it does not exist. */
export async function POST(req: Request) {
  if (!isClockAdjustable()) return Response.json({ ok: false, message: 'Không tìm thấy.' }, { status: 404 });
  const parsed = schema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return Response.json({ ok: false, message: 'Thời điểm không hợp lệ.' }, { status: 400 });
  setClock(parsed.data.at ? new Date(parsed.data.at) : null);
  return Response.json({ ok: true, now: now().toISOString() });
}
