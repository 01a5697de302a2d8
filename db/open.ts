import fs from 'node:fs';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one database type the app codes against: PGlite and node-postgres both satisfy it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export type DbHandle = {
  db: Database;
  kind: 'pglite' | 'postgres';
  checkpoint(): Promise<void>;
  close(): Promise<void>;
};

export type OpenOptions =
  | { url: string }
  /**
   * dataDir null: an in-memory PGlite (tests), started from `template` when given: a dump of one
   * already migrated (migratedTemplate), which opens in a quarter of the time of a fresh one.
   */
  | { dataDir: string | null; template?: Blob };

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');
const extensions = { unaccent, pg_trgm };

export class DatabaseLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `Cơ sở dữ liệu nhúng ${dir} đang được tiến trình khác (pid ${pid}) sử dụng. ` +
        `PGlite chỉ cho một tiến trình mở một thư mục dữ liệu: hãy dừng tiến trình đó, ` +
        `hoặc đặt DATA_DIR khác, hoặc dùng PostgreSQL qua DATABASE_URL.`,
    );
    this.name = 'DatabaseLockedError';
  }
}

export async function openDatabase(opts: OpenOptions): Promise<DbHandle> {
  if ('url' in opts) return openPostgres(opts.url);
  return openPglite(opts.dataDir, opts.template);
}

/** An in-memory database with every migration applied, dumped: what the test files each start from. */
export async function migratedTemplate(): Promise<Blob> {
  const client = await migratedPglite();
  try {
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}

async function openPostgres(url: string): Promise<DbHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  // Several instances may start together: one migrates, the others wait on the advisory lock.
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(727001)');
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock(727001)').catch(() => {});
    client.release();
  }
  return { db, kind: 'postgres', checkpoint: async () => {}, close: () => pool.end() };
}

/** A PGlite with the extensions the schema needs and every migration applied: each way in starts here. */
async function migratedPglite(options: PGliteOptions = {}): Promise<PGlite> {
  const client = await PGlite.create({ ...options, extensions });
  await migratePglite(drizzlePglite(client), { migrationsFolder });
  return client;
}

async function openPglite(dataDir: string | null, template?: Blob): Promise<DbHandle> {
  if (dataDir === null) {
    // From a template the migrations only check that nothing newer is left to apply.
    const client = await migratedPglite(template ? { loadDataDir: template } : {});
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    return { db, kind: 'pglite', checkpoint: async () => {}, close: () => client.close() };
  }

  const dir = path.resolve(dataDir);
  const releaseLock = takeLock(`${dir}.lock`, dir);
  try {
    if (!fs.existsSync(dir)) await initialiseDataDir(dir);
    const client = await migratedPglite({ dataDir: dir });
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    let closed = false;
    return {
      db,
      kind: 'pglite',
      checkpoint: async () => {
        if (!closed) await client.exec('CHECKPOINT');
      },
      close: async () => {
        if (closed) return;
        closed = true;
        await client.exec('CHECKPOINT').catch(() => {});
        await client.close();
        releaseLock();
      },
    };
  } catch (err) {
    releaseLock();
    throw err;
  }
}

/** A data dir killed during its first setup is unusable: build it aside, then rename it into place. */
async function initialiseDataDir(dir: string) {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const temp = `${dir}.init-${process.pid}`;
  fs.rmSync(temp, { recursive: true, force: true });
  const client = await migratedPglite({ dataDir: temp });
  await client.exec('CHECKPOINT');
  await client.close();
  fs.renameSync(temp, dir);
}

function pidAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function takeLock(lockPath: string, dir: string): () => void {
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      const release = () => {
        process.off('exit', release);
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      process.on('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (pid && pid !== process.pid && pidAlive(pid)) throw new DatabaseLockedError(dir, pid);
      // The holder died without cleaning up: the lock is stale.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Không thể khóa thư mục dữ liệu ${dir}.`);
}
