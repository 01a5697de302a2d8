/** What every photo store is: the interface, the keys it takes, the types and cache lifetime of what it serves. */
export interface MediaStore {
  readonly kind: 'disk' | 's3';
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The object as a stream, or null when there is none under that key. */
  open(key: string): Promise<StoredObject | null>;
  /** Removes an object; one already gone is no error. */
  delete(key: string): Promise<void>;
}

export type StoredObject = { body: ReadableStream<Uint8Array> };

/** Keys are relative paths we generate ourselves (`2026-12/<id>/original.jpg`, `…/960.webp`). */
const KEY = /^[a-z0-9][a-z0-9/_.-]{0,200}$/;

export function isStorageKey(key: string): boolean {
  return KEY.test(key) && !key.includes('..') && !key.includes('//');
}

export function assertStorageKey(key: string): void {
  if (!isStorageKey(key)) throw new Error(`Khóa tệp không hợp lệ: ${key}`);
}

const contentTypes: Record<string, string> = { jpg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif', png: 'image/png', gif: 'image/gif' };

/** The type a stored image is served with, from its key's extension; null for anything we never store. */
export function contentTypeOf(key: string): string | null {
  return contentTypes[key.split('.').pop() ?? ''] ?? null;
}

/** Keys are content-addressed by upload (a new photo gets a new key), so a stored image may be cached forever. */
export const MEDIA_CACHE_CONTROL = 'public, max-age=31536000, immutable';
