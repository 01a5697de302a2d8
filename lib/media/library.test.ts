import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { describeMediaLibrary } from './library.suite';

// Files go to a folder of this run's own, never to the project's ./data.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-media-'));
process.env.DATA_DIR = dataDir;
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const uploads = path.join(dataDir, 'uploads');

describeMediaLibrary({
  kind: 'disk',
  name: 'local disk (DATA_DIR/uploads)',
  storedKeys: async () =>
    fs.existsSync(uploads)
      ? (fs.readdirSync(uploads, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((d) => d.isFile()).map((d) => path.relative(uploads, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
      : [],
});
