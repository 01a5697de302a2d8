import { env } from '@/lib/env';
import { type Database, type DbHandle, openDatabase } from './open';

export type { Database, Tx } from './open';

/** The rows of a raw `db.execute(sql`…`)`, typed by the caller (node-postgres and PGlite both answer `{ rows }`). */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

type Holder = { handle?: Promise<DbHandle>; shutdownHooked?: boolean };
// One instance per process, kept on globalThis so dev hot reloads and Next's separate bundles share it.
const holder = ((globalThis as { __toasoanDb?: Holder }).__toasoanDb ??= {});

/** Opens the app's database on first use (never at import: `next build` must not touch it). */
export function getDbHandle(): Promise<DbHandle> {
  if (!holder.handle) {
    holder.handle = openFromEnv();
    holder.handle.catch(() => {
      holder.handle = undefined;
    });
  }
  return holder.handle;
}

export async function getDb(): Promise<Database> {
  return (await getDbHandle()).db;
}

/** Tests and scripts install a database they opened themselves. */
export function installDatabase(handle: DbHandle) {
  holder.handle = Promise.resolve(handle);
}

export async function closeDatabase() {
  const pending = holder.handle;
  holder.handle = undefined;
  if (pending) await (await pending).close();
}

async function openFromEnv(): Promise<DbHandle> {
  const { DATABASE_URL, dataDir, seedDemo } = env();
  const handle = await openDatabase(DATABASE_URL ? { url: DATABASE_URL } : { dataDir: `${dataDir}/db` });
  hookShutdown(handle);
  if (seedDemo) {
    const { seedDemoIfEmpty } = await import('./seed/demo');
    await seedDemoIfEmpty(handle.db);
  }
  return handle;
}

function hookShutdown(handle: DbHandle) {
  if (holder.shutdownHooked) return;
  holder.shutdownHooked = true;
  const timer = setInterval(() => handle.checkpoint().catch(() => {}), 5 * 60_000);
  timer.unref();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      clearInterval(timer);
      handle
        .close()
        .catch((err) => console.error('Đóng cơ sở dữ liệu lỗi:', err))
        .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}
