import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server } from '@/test/s3-server';
import { diskStore } from './disk';
import { contentTypeOf, isStorageKey, MEDIA_CACHE_CONTROL, type MediaStore } from './keys';
import { s3Client, s3Store } from './s3';

const s3 = await startS3Server();
const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-uploads-'));
afterAll(async () => {
  await s3.close();
  fs.rmSync(uploads, { recursive: true, force: true });
});

const client = s3Client(s3.config);
const bytesOf = async (store: MediaStore, key: string) => {
  const found = await store.open(key);
  return found && Buffer.from(await new Response(found.body).arrayBuffer());
};

/** What is really there, read past the store: the files on disk, the objects in the bucket. */
const backends = [
  {
    name: 'local disk',
    store: diskStore(uploads),
    stored: async () => (fs.readdirSync(uploads, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((d) => d.isFile()).map((d) => path.relative(uploads, path.join(d.parentPath, d.name))),
  },
  {
    name: 'S3 (s3rver)',
    store: s3Store(s3.config),
    stored: async () => ((await client.send(new ListObjectsV2Command({ Bucket: s3.config.bucket }))).Contents ?? []).map((o) => o.Key!),
  },
];

describe.each(backends)('photo store on $name', ({ store, stored }) => {
  const photo = Buffer.from('not really a jpeg, but bytes are bytes \u0000\u00ff');

  it('keeps what is put under its key and gives it back whole', async () => {
    await store.put('2026-12/abc123/original.jpg', photo, 'image/jpeg');
    await store.put('2026-12/abc123/480.webp', Buffer.alloc(300_000, 7), 'image/webp');
    expect(await stored()).toEqual(expect.arrayContaining(['2026-12/abc123/original.jpg', '2026-12/abc123/480.webp']));
    expect(await bytesOf(store, '2026-12/abc123/original.jpg')).toEqual(photo);
    expect((await bytesOf(store, '2026-12/abc123/480.webp'))?.equals(Buffer.alloc(300_000, 7))).toBe(true);
  });

  it('answers null for a key that holds nothing, and for a folder', async () => {
    expect(await store.open('2026-12/nothing/original.jpg')).toBeNull();
    expect(await store.open('2026-12/abc123')).toBeNull();
  });

  it('deletes an object, and deleting one already gone is no error', async () => {
    await store.put('2026-12/gone/original.png', photo, 'image/png');
    await store.delete('2026-12/gone/original.png');
    await store.delete('2026-12/gone/original.png');
    await store.delete('2026-12/never-was/original.png');
    expect(await store.open('2026-12/gone/original.png')).toBeNull();
    expect(await stored()).not.toContain('2026-12/gone/original.png');
  });

  it('refuses a key that is not one of ours', async () => {
    for (const key of ['../secret.jpg', '2026-12/../../x.jpg', '/etc/passwd', 'A/B.jpg', '2026-12//x.jpg']) {
      expect(isStorageKey(key)).toBe(false);
      await expect(store.open(key)).rejects.toThrow('Khóa tệp không hợp lệ');
      await expect(store.put(key, photo, 'image/jpeg')).rejects.toThrow('Khóa tệp không hợp lệ');
    }
  });
});

describe('S3 objects', () => {
  it('carry the photo’s type and the same immutable lifetime /media sends', async () => {
    await s3Store(s3.config).put('2026-12/meta/960.webp', Buffer.from('x'), 'image/webp');
    const head = await client.send(new HeadObjectCommand({ Bucket: s3.config.bucket, Key: '2026-12/meta/960.webp' }));
    expect({ type: head.ContentType, cache: head.CacheControl }).toEqual({ type: 'image/webp', cache: MEDIA_CACHE_CONTROL });
  });

  it('a store that refuses our keys, or does not answer, is an error, not a missing photo', async () => {
    await s3Store(s3.config).put('2026-12/sig/original.jpg', Buffer.from('x'), 'image/jpeg');
    const unknownKey = s3Store({ ...s3.config, accessKeyId: 'NOT-OURS' });
    await expect(unknownKey.open('2026-12/sig/original.jpg')).rejects.toMatchObject({ name: 'InvalidAccessKeyId' });
    const nobody = await startS3Server();
    await nobody.close();
    const down = s3Store({ ...nobody.config, bucket: s3.config.bucket });
    await expect(down.open('2026-12/sig/original.jpg')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

describe('content types', () => {
  it('are the five image types we store, and nothing else', () => {
    expect(['a/original.jpg', 'a/480.webp', 'a/original.avif', 'a/original.png', 'a/original.gif'].map(contentTypeOf)).toEqual(['image/jpeg', 'image/webp', 'image/avif', 'image/png', 'image/gif']);
    expect(contentTypeOf('a/original.svg')).toBeNull();
    expect(contentTypeOf('a/original.html')).toBeNull();
  });
});

beforeAll(() => {
  expect(isStorageKey('2026-12/0123abcd/original.jpg')).toBe(true);
});
