import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseLockedError, openDatabase } from './open';

const run = promisify(execFile);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-open-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the embedded database', () => {
  it('creates a data dir, loads unaccent and pg_trgm, and keeps data across a reopen', async () => {
    const dir = path.join(tmp, 'db1');
    const first = await openDatabase({ dataDir: dir });
    await first.db.execute(sql`create table kept (v text)`);
    await first.db.execute(sql`insert into kept values (f_unaccent('Đường về Đắk Lắk'))`);
    await first.close();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);

    const again = await openDatabase({ dataDir: dir });
    const { rows } = (await again.db.execute(sql`select v, similarity('họp mặt', 'hop mat') >= 0 as trgm from kept`)) as unknown as {
      rows: { v: string; trgm: boolean }[];
    };
    expect(rows).toEqual([{ v: 'Duong ve Dak Lak', trgm: true }]);
    await again.close();
  });

  it('refuses a second process on the same data dir with a clear message', async () => {
    const dir = path.join(tmp, 'db2');
    const sleeper = spawn('sleep', ['30']);
    try {
      fs.mkdirSync(tmp, { recursive: true });
      fs.writeFileSync(`${dir}.lock`, String(sleeper.pid));
      const err = await openDatabase({ dataDir: dir }).catch((e) => e);
      expect(err).toBeInstanceOf(DatabaseLockedError);
      expect(err.message).toContain(`pid ${sleeper.pid}`);
      expect(err.message).toContain('đang được tiến trình khác');
    } finally {
      sleeper.kill();
    }
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = path.join(tmp, 'db3');
    fs.writeFileSync(`${dir}.lock`, '999999999');
    const handle = await openDatabase({ dataDir: dir });
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    await handle.close();
  });

  it('makes the seed script stop with the message while the app holds the data dir, and loses nothing', async () => {
    const dataDir = path.join(tmp, 'app');
    const held = await openDatabase({ dataDir: path.join(dataDir, 'db') });
    await held.db.execute(sql`create table kept (v text)`);
    await held.db.execute(sql`insert into kept values ('giữ nguyên')`);
    try {
      const result = await run('npx', ['tsx', '--conditions=react-server', 'db/seed.ts'], {
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'development' },
      }).catch((e) => e);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('đang được tiến trình khác');
      const { rows } = (await held.db.execute(sql`select v from kept`)) as unknown as { rows: { v: string }[] };
      expect(rows).toEqual([{ v: 'giữ nguyên' }]);
    } finally {
      await held.close();
    }
  }, 60_000);
});
