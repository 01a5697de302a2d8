import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migratedTemplate } from '@/db/open';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite dumped to a file (test/database.ts opens each file's database from it); '' on PostgreSQL. */
    pgliteTemplate: string;
  }
}

/**
 * Runs once before the test files: on PGlite, migrates one database and dumps it, so that each file's
 * own database is loaded from it (about 0.5 s) instead of made and migrated anew (about 2 s).
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('pgliteTemplate', '');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-vitest-'));
  const file = path.join(dir, 'migrated.tar');
  fs.writeFileSync(file, Buffer.from(await (await migratedTemplate()).arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
