import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';

/** Local-disk storage under DATA_DIR/uploads; keys are relative paths we generate ourselves. */
const KEY = /^[a-z0-9][a-z0-9/_.-]{0,200}$/;

function resolveKey(key: string): string {
  if (!KEY.test(key) || key.includes('..')) throw new Error(`Khóa tệp không hợp lệ: ${key}`);
  return path.join(env().dataDir, 'uploads', key);
}

export async function putObject(key: string, bytes: Buffer): Promise<void> {
  const file = resolveKey(key);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, bytes);
}

export async function getObject(key: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(resolveKey(key));
  } catch {
    return null;
  }
}

/** Removes a stored file; one already gone is no error. */
export async function deleteObject(key: string): Promise<void> {
  await fs.rm(resolveKey(key), { force: true });
}

export function mediaUrl(key: string): string {
  return `/media/${key}`;
}
