import fs from 'node:fs';
import { afterAll, beforeAll, inject } from 'vitest';
import { closeDatabase, getDb, installDatabase } from '@/db/client';
import { openDatabase } from '@/db/open';

/**
 * Each test file gets its own in-memory PGlite (loaded from the migrated one of test/global-setup.ts),
 * or the PostgreSQL server named by TEST_DATABASE_URL (shared by all files: tests make their own
 * uniquely named rows and never assume an empty table).
 */
export function withTestDatabase() {
  beforeAll(async () => {
    const url = process.env.TEST_DATABASE_URL;
    const template = inject('pgliteTemplate');
    installDatabase(await openDatabase(url ? { url } : { dataDir: null, template: template ? new Blob([fs.readFileSync(template)]) : undefined }));
  });
  afterAll(async () => {
    await closeDatabase();
  });
  return { getDb };
}

export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
