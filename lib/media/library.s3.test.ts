import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startS3Server } from '@/test/s3-server';
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
  it('leave nothing on the instance’s disk', () => {
    expect(fs.existsSync(path.join(dataDir, 'uploads'))).toBe(false);
  });

  // Last: it stops the server.
  it('a store that stops answering makes /media say 503 (try again), not 404 or 500', async () => {
    const [key] = await s3.keys();
    expect((await getMedia(key)).status).toBe(200);
    await s3.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await getMedia(key);
    expect(logged).toHaveBeenCalledWith(`Kho ảnh không trả lời khi đọc ${key}:`, expect.objectContaining({ code: 'ECONNREFUSED' }));
    logged.mockRestore();
    expect({ status: res.status, cache: res.headers.get('cache-control'), retry: res.headers.get('retry-after') }).toEqual({ status: 503, cache: 'no-store', retry: '10' });
  });
});
