import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { royaltyEntries, royaltyMonths, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { withTestDatabase } from '@/test/database';
import { getStatement } from './months';

// The demo seed writes its pictures under DATA_DIR: a directory of our own, removed afterwards.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-demo-seed-'));
const before = process.env.DATA_DIR;
process.env.DATA_DIR = dataDir;
const { getDb } = withTestDatabase();
afterAll(() => {
  process.env.DATA_DIR = before;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// The demo newsroom goes into an empty database only: PGlite here, never the shared PostgreSQL of a test run.
describe.skipIf(!!process.env.TEST_DATABASE_URL)('the demo newsroom’s nhuận bút', () => {
  beforeAll(async () => {
    await seedDemo(await getDb());
  }, 120_000);

  it('has an accountant who sees the whole drafted month, and a reporter who sees her own share', async () => {
    const db = await getDb();
    const [accountant] = await db.select().from(users).where(eq(users.email, 'ketoan@toasoan.test'));
    expect(accountant.role).toBe('accountant');
    const entries = await db.select().from(royaltyEntries);
    expect(entries.length).toBe(6);
    const months = await db.select().from(royaltyMonths);
    expect(months.every((m) => m.status === 'draft')).toBe(true);
    let total = 0;
    let reporterTotal = 0;
    const [reporter] = await db.select().from(users).where(eq(users.email, 'phongvien@toasoan.test'));
    for (const m of months) {
      const all = await getStatement({ actor: accountant, month: m.month });
      expect(all.everyone).toBe(true);
      total += all.total;
      reporterTotal += (await getStatement({ actor: reporter, month: m.month })).total;
    }
    // Every story's nhuận bút and the editor's 5 % thù lao, paid out to the đồng.
    expect(total).toBe(entries.reduce((a, e) => a + e.amount + Math.round(e.amount * 0.05), 0));
    expect(reporterTotal).toBe(Math.round(18 * 234_000 * 0.3)); // 30 % of the ký on đình Tân Hòa
  });

  it('is safe to run twice', async () => {
    const db = await getDb();
    await seedDemo(db);
    expect((await db.select().from(royaltyEntries)).length).toBe(6);
  });
});
