import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, comments, royaltyEntries, royaltyMonths, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { vietnamIsoDay } from '@/lib/dates';
import { getStatement } from '@/lib/royalties/months';
import { getModerationTimes } from '@/lib/stats/newsroom';
import { presetRange } from '@/lib/stats/range';
import { withTestDatabase } from '@/test/database';

// The demo seed writes its pictures under DATA_DIR: a directory of our own, removed afterwards.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-demo-seed-'));
const before = process.env.DATA_DIR;
process.env.DATA_DIR = dataDir;
const { getDb } = withTestDatabase();
afterAll(() => {
  process.env.DATA_DIR = before;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// The demo newsroom goes into an empty database only: PGlite here, never the shared PostgreSQL of a
// test run. It is seeded once for every part below (a seed takes many seconds).
describe.skipIf(!!process.env.TEST_DATABASE_URL)('the demo newsroom', () => {
  const seededAt = Date.now();
  beforeAll(async () => {
    await seedDemo(await getDb());
  }, 120_000);

  describe('its comment moderation', () => {
    it('has comments approved and rejected by the demo moderator minutes after they came in, so Thống kê › Tòa soạn shows moderation times', async () => {
      const db = await getDb();
      const [moderator] = await db.select().from(users).where(eq(users.email, 'kiemduyet@toasoan.test'));
      const [admin] = await db.select().from(users).where(eq(users.email, 'admin@toasoan.test'));
      const all = await db.select().from(comments);
      const judged = all.filter((c) => c.status !== 'pending');
      expect(judged.length).toBeGreaterThan(0);
      for (const c of judged) {
        expect(c.moderatedBy).toBe(moderator.id);
        const minutes = (c.moderatedAt!.getTime() - c.createdAt.getTime()) / 60_000;
        expect(minutes).toBeGreaterThan(0);
        expect(minutes).toBeLessThanOrEqual(125);
        expect(c.moderatedAt!.getTime()).toBeLessThan(Date.now());
        if (c.status === 'rejected') expect(c.reason).toBeTruthy();
      }
      expect(all.some((c) => c.status === 'pending' && c.moderatedAt === null)).toBe(true);
      // Each verdict is in the audit log as the queue writes it, at the moment it was given.
      const verdicts = await db.select().from(auditLog).where(eq(auditLog.subjectType, 'comment'));
      expect(verdicts.map((v) => [v.subjectId, v.action, v.at.getTime()]).sort()).toEqual(
        judged.map((c) => [String(c.id), c.status === 'approved' ? 'comment.approve' : 'comment.reject', c.moderatedAt!.getTime()]).sort(),
      );

      const week = await getModerationTimes({ actor: admin, range: presetRange('7', new Date(seededAt)) });
      expect(week.moderated).toBeGreaterThan(0);
      expect(week.medianMinutes).toBeGreaterThan(0);
      expect(week.perOutcome.find((o) => o.status === 'approved')!.comments).toBeGreaterThan(0);
      expect(week.perOutcome.find((o) => o.status === 'rejected')!.comments).toBeGreaterThan(0);
      const today = vietnamIsoDay(new Date(seededAt));
      const month = await getModerationTimes({ actor: admin, range: { from: presetRange('30', new Date(seededAt)).from, to: today } });
      expect(month.moderated).toBe(judged.length);
    });
  });

  describe('its nhuận bút', () => {
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
});
