import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { media } from '@/db/schema';
import { withTestDatabase } from '@/test/database';
import { createUser } from '@/test/fixtures';
import { startS3Server } from '@/test/s3-server';
import { deleteMedia, uploadMedia } from './library';
import { describeMediaLibrary, getMedia } from './library.suite';

/**
 * The same photo library suite as library.test.ts, on a real S3-compatible server this file starts
 * (s3rver on a free port, objects in a temporary folder): nothing to set up beyond `npm ci`.
 */
const s3 = await startS3Server();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-media-s3-'));
process.env.DATA_DIR = dataDir;
Object.assign(process.env, s3.env);
afterAll(async () => {
  for (const name of Object.keys(s3.env)) delete process.env[name];
  await s3.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describeMediaLibrary({ kind: 's3', name: 'S3 (s3rver)', storedKeys: s3.keys });

describe('photos on S3', () => {
  const { getDb } = withTestDatabase();

  it('leave nothing on the instance’s disk', () => {
    expect(fs.existsSync(path.join(dataDir, 'uploads'))).toBe(false);
  });

  // Last: it stops the server.
  it('when the store stops answering: /media says 503 (try again), an upload is refused whole, a deletion still stands', async () => {
    const reporter = await createUser({ role: 'reporter' });
    const bytes = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#345' } }).jpeg().toBuffer();
    const kept = await uploadMedia({ actor: reporter, bytes, fileName: 'truoc.jpg' });
    const key = kept.src.slice('/media/'.length);
    expect((await getMedia(key)).status).toBe(200);
    await s3.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await getMedia(key);
      expect({ status: res.status, cache: res.headers.get('cache-control'), retry: res.headers.get('retry-after') }).toEqual({ status: 503, cache: 'no-store', retry: '10' });
      expect(logged).toHaveBeenCalledWith(`Kho ảnh không trả lời khi đọc ${key}:`, expect.objectContaining({ code: 'ECONNREFUSED' }));

      const db = await getDb();
      const rows = async () => (await db.select({ id: media.id }).from(media).where(eq(media.uploadedBy, reporter.id))).map((r) => r.id);
      await expect(uploadMedia({ actor: reporter, bytes, fileName: 'trong-luc-hong.jpg' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
      expect(await rows()).toEqual([kept.id]);

      await deleteMedia({ actor: reporter, id: kept.id });
      expect(await rows()).toEqual([]);
      expect(logged).toHaveBeenLastCalledWith(expect.stringContaining(`Không xóa được 2 tệp ảnh khỏi kho (còn lại, không trang nào dùng): ${key}`), expect.objectContaining({ code: 'ECONNREFUSED' }));
    } finally {
      logged.mockRestore();
    }
  });
});
