// Starts the production build for the end-to-end tests on a fresh, temporary data dir (or a freshly
// emptied PostgreSQL database when TEST_DATABASE_URL is set), with the demo newsroom seeded.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const port = process.env.E2E_PORT ?? '3100';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-e2e-'));
const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATA_DIR: dataDir,
  SEED_DEMO: '1',
  // Lets a spec move the server's clock (lib/clock.ts); never set outside end-to-end runs.
  E2E_CLOCK: '1',
  PORT: port,
  SITE_URL: `http://127.0.0.1:${port}`,
  AUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
  // The specs play the one proxy in front: the X-Forwarded-For a browser context sends is "the
  // client's address" the way nginx would report it (lib/client-address.ts).
  TRUSTED_PROXIES: '1',
};
delete env.DATABASE_URL;

if (process.env.TEST_DATABASE_URL) {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  await client.end();
  env.DATABASE_URL = process.env.TEST_DATABASE_URL;
}
fs.writeFileSync(path.join(os.tmpdir(), 'toasoan-e2e-current.json'), JSON.stringify({ dataDir, port }));

const server = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', port, '-H', '127.0.0.1'], {
  env,
  stdio: 'inherit',
});
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
