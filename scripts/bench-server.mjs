// What both benchmarks share: the production server on a fresh data dir, and autocannon runs.
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';

export const root = path.resolve(import.meta.dirname, '..');
export const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** The environment of a benchmark server: production, embedded database in `dataDir`, demo seeded. */
export function benchEnv({ port, dataDir }) {
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: '.next-bench',
    DATA_DIR: dataDir,
    SEED_DEMO: '1',
    SITE_URL: `http://127.0.0.1:${port}`,
    AUTH_SECRET: 'bench-secret-not-for-production-use',
    // The benches play the proxy: the X-Forwarded-For they send is the client's address.
    TRUSTED_PROXIES: '1',
  };
  delete env.DATABASE_URL;
  return env;
}

export function benchServer({ port, env }) {
  const base = `http://127.0.0.1:${port}`;
  let child;
  return {
    base,
    async start() {
      child = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
      for (let i = 0; i < 120; i++) {
        try {
          if ((await fetch(`${base}/api/health`)).ok) return;
        } catch {
          /* not up yet */
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error(`Máy chủ không trả lời ở ${base}`);
    },
    async stop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** One autocannon run at 32 connections; `requests` varies each request when given. */
export function measure(url, { seconds, requests } = {}) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: 32, duration: seconds ?? 10, ...(requests ? { requests } : {}) }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
    if (process.env.BENCH_DEBUG) instance.on('reqError', (e) => console.error('reqError', e.message));
  });
}
