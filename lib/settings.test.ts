import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, desc, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, type User } from '@/db/schema';
import { deleteMedia, uploadMedia } from '@/lib/media/library';
import { createUser } from '@/test/fixtures';
import { withTestDatabase } from '@/test/database';
import { getSiteSettings, saveSiteSettings } from './settings';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-settings-'));
process.env.DATA_DIR = dataDir;
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const { getDb } = withTestDatabase();

let admin: User;
let editor: User;

beforeAll(async () => {
  [admin, editor] = await Promise.all([createUser({ role: 'admin' }), createUser({ role: 'editor' })]);
});

const identity = {
  publisher: 'Tỉnh ủy Bình Dương',
  licenceNumber: '123/GP-BTTTT',
  licenceDate: '05/03/2024',
  licenceIssuer: 'Bộ Thông tin và Truyền thông',
  editorInChief: 'Nguyễn Văn An',
  address: 'Số 1 Đại lộ Bình Dương, Thủ Dầu Một',
  phone: '0274 3822 123',
  email: 'toasoan@baobinhduong.vn',
  hotline: '0913 456 789',
  aboutText: 'Báo Bình Dương là cơ quan ngôn luận của Đảng bộ tỉnh.',
};

const logoPng = () => sharp({ create: { width: 360, height: 120, channels: 4, background: { r: 200, g: 20, b: 30, alpha: 1 } } }).png().toBuffer();

describe("the paper's legal identity", () => {
  it('is saved by an admin, in the audit log with what it was before, and read back at once', async () => {
    const before = await getSiteSettings();
    await saveSiteSettings({ actor: admin, values: identity });
    const after = await getSiteSettings();
    expect(after).toMatchObject(identity);
    // The settings not given keep their value.
    expect(after.siteName).toBe(before.siteName);
    expect(after.mediaMaxMegabytes).toBe(before.mediaMaxMegabytes);
    const db = await getDb();
    const [row] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'settings.save'), eq(auditLog.actorId, admin.id))).orderBy(desc(auditLog.id)).limit(1);
    expect(row.before).toMatchObject({ publisher: before.publisher, licenceNumber: before.licenceNumber });
    expect(row.after).toMatchObject({ ...identity, siteName: before.siteName });
  });

  it('is not changed by anyone but an admin', async () => {
    await expect(saveSiteSettings({ actor: editor, values: { publisher: 'Ai đó' } })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await getSiteSettings()).publisher).not.toBe('Ai đó');
  });
});

describe('the logo', () => {
  it('is an image of the media library, shown from its file, and cannot be deleted while in use', async () => {
    const uploaded = await uploadMedia({ actor: admin, bytes: await logoPng(), fileName: 'logo.png', alt: 'Logo' });
    await saveSiteSettings({ actor: admin, values: { logoMediaId: uploaded.id } });
    expect((await getSiteSettings()).logo).toEqual({ id: uploaded.id, url: uploaded.src, width: 360, height: 120 });

    await expect(deleteMedia({ actor: admin, id: uploaded.id })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('logo') });

    await saveSiteSettings({ actor: admin, values: { logoMediaId: null } });
    expect((await getSiteSettings()).logo).toBeNull();
    await deleteMedia({ actor: admin, id: uploaded.id });
  });

  it('must be an image that exists', async () => {
    await expect(saveSiteSettings({ actor: admin, values: { logoMediaId: 2_000_000_000 } })).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await getSiteSettings()).logoMediaId).toBeNull();
  });
});
