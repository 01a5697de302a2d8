import { sql } from 'drizzle-orm';
import { getDbHandle } from '@/db/client';
import { noInput, publicRoute } from '@/lib/routes';

export const dynamic = 'force-dynamic';

/** For load balancers: 200 when the database answers. */
export const GET = publicRoute(noInput, async () => {
  try {
    const handle = await getDbHandle();
    await handle.db.execute(sql`select 1`);
    return { database: handle.kind };
  } catch {
    return Response.json({ ok: false, message: 'Cơ sở dữ liệu không trả lời.' }, { status: 503, headers: { 'cache-control': 'no-store' } });
  }
});
