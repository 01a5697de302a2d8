import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { assertStorageKey, type MediaStore } from './keys';

/** Errors that mean "no file under this key" (a key may also run into a file where a folder would be). */
const MISSING = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/** Photos as files under `root` (DATA_DIR/uploads), one per key. */
export function diskStore(root: string): MediaStore {
  const fileOf = (key: string) => {
    assertStorageKey(key);
    return path.join(root, key);
  };
  return {
    kind: 'disk',
    async put(key, bytes) {
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, bytes);
    },
    async open(key) {
      let handle: fs.FileHandle;
      try {
        handle = await fs.open(fileOf(key), 'r');
      } catch (err) {
        if (MISSING.has((err as NodeJS.ErrnoException).code ?? '')) return null;
        throw err;
      }
      try {
        if (!(await handle.stat()).isFile()) {
          await handle.close();
          return null;
        }
        // The stream owns the handle from here and closes it when read out or cancelled.
        const body = Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
        return { body };
      } catch (err) {
        await handle.close();
        throw err;
      }
    },
    async delete(key) {
      await fs.rm(fileOf(key), { force: true });
    },
  };
}
