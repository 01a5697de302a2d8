import 'server-only';
import path from 'node:path';
import { env } from '@/lib/env';
import { diskStore } from './disk';
import { contentTypeOf, type MediaStore, type StoredObject } from './keys';
import { s3Store } from './s3';

export { contentTypeOf, isStorageKey, MEDIA_CACHE_CONTROL, type MediaStore, type StoredObject } from './keys';

/**
 * Where photos live: local disk under DATA_DIR/uploads (the default) or an S3-compatible bucket
 * when S3_BUCKET is set (lib/env.ts), behind one interface (./keys.ts). The store is chosen once, on
 * first use; everything else (uploads, renditions, deletion, the /media route) goes through the
 * functions below and never knows which one it is.
 */
let chosen: MediaStore | undefined;

export function mediaStore(): MediaStore {
  if (!chosen) {
    const { s3, dataDir } = env();
    chosen = s3 ? s3Store(s3) : diskStore(path.join(dataDir, 'uploads'));
  }
  return chosen;
}

export async function putObject(key: string, bytes: Buffer): Promise<void> {
  const type = contentTypeOf(key);
  if (!type) throw new Error(`Không lưu được tệp không phải ảnh: ${key}`);
  await mediaStore().put(key, bytes, type);
}

export function openObject(key: string): Promise<StoredObject | null> {
  return mediaStore().open(key);
}

/** The whole object in memory, or null when there is none. */
export async function getObject(key: string): Promise<Buffer | null> {
  const found = await openObject(key);
  return found ? Buffer.from(await new Response(found.body).arrayBuffer()) : null;
}

/**
 * Removes the files of a photo whose row is gone (or never came). Best effort: a store that fails
 * now leaves an orphan file no page links to, which is logged, while the deletion itself stands.
 */
export async function deleteObjects(keys: string[]): Promise<void> {
  const results = await Promise.allSettled(keys.map((key) => mediaStore().delete(key)));
  const failed = keys.filter((_, i) => results[i].status === 'rejected');
  if (failed.length) console.error(`Không xóa được ${failed.length} tệp ảnh khỏi kho (còn lại, không trang nào dùng): ${failed.join(', ')}`, (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason);
}

export function mediaUrl(key: string): string {
  return `/media/${key}`;
}
