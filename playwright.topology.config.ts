import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The two-instance suite (`npm run test:topology`, part of `npm test`): e2e/topology/setup.ts starts
// PostgreSQL's throw-away database, Redis, s3rver, two instances of the one build and nginx in front;
// the specs act on instance A and read on B and through nginx. Needs a build (`npm run build`), a
// PostgreSQL server (TOPOLOGY_DATABASE_URL, TEST_DATABASE_URL's or 127.0.0.1:5432), redis-server and
// nginx (Debian's packages). Ports: TOPOLOGY_PORT_BASE (default 3160) +1, +2, +4, +5, +6, +7.
const portBase = Number(process.env.TOPOLOGY_PORT_BASE ?? 3160);

export default defineConfig({
  ...base,
  testDir: './e2e/topology',
  testIgnore: [],
  globalSetup: './e2e/topology/setup.ts',
  timeout: 90_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${portBase + 4}` },
  webServer: undefined,
});
