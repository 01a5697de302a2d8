// The production topology on loopback, for tests and benchmarks: two `next start` instances of one
// build on one PostgreSQL database (and REDIS_URL when given), behind an nginx of its own built from
// deploy/toasoan.nginx.conf. Never the system's nginx: a prefix, config and cache under TMPDIR.
//
//   TOPOLOGY_DATABASE_URL=postgres://… [TOPOLOGY_REDIS_URL=redis://…] node scripts/topology.mjs
//   (Ctrl-C stops everything)
//
// Ports: TOPOLOGY_PORT_BASE (default 3160): +1 and +2 the instances, +4 nginx, +5 its static files,
// +6 its stamping server (deploy/toasoan.nginx.conf).
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');

/** deploy/toasoan.nginx.conf with the lines marked "topology:" pointed at this run, wrapped in a whole nginx.conf. */
export function nginxConfig({ prefix, listen, stamp, instances, accessLog = false }) {
  const site = fs
    .readFileSync(path.join(root, 'deploy', 'toasoan.nginx.conf'), 'utf8')
    .split('\n')
    .flatMap((line) => {
      if (!line.includes('# topology:')) return [line];
      if (line.includes('topology: cache path')) return [line.replace('/var/cache/nginx/toasoan', path.join(prefix, 'cache'))];
      if (line.includes('topology: instance')) return [];
      if (line.includes('topology: listen')) return [`    listen 127.0.0.1:${listen};`];
      if (line.includes('topology: stamp upstream')) return [`    server 127.0.0.1:${stamp};`];
      if (line.includes('topology: stamp listen')) return [`    listen 127.0.0.1:${stamp};`];
      return [line];
    })
    .join('\n')
    .replace('upstream toasoan_app {', `upstream toasoan_app {\n${instances.map((p) => `    server 127.0.0.1:${p} max_fails=3 fail_timeout=5s;`).join('\n')}`);
  return `daemon off;
worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  # bench:topology's soak asks for a log of every request, to name the slowest.
  log_format timing '$request_time $upstream_response_time $upstream_cache_status $status $request_uri';
  ${accessLog ? `access_log ${path.join(prefix, 'access.log')} timing buffer=256k flush=1s;` : 'access_log off;'}
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${path.join(prefix, 'body')};
  proxy_temp_path ${path.join(prefix, 'proxy')};
  fastcgi_temp_path ${path.join(prefix, 'fastcgi')};
  uwsgi_temp_path ${path.join(prefix, 'uwsgi')};
  scgi_temp_path ${path.join(prefix, 'scgi')};
  # bench:topology: the same bytes as a static file, served by this nginx itself.
  server {
    listen 127.0.0.1:${listen + 1};
    root ${path.join(prefix, 'static')};
  }
${site}
}
`;
}

function portAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitFor(url, timeoutMs, proc) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (proc && proc.exitCode !== null) throw new Error(`${url}: process exited with ${proc.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms`);
}

/**
 * @param {{ databaseUrl: string, redisUrl?: string, portBase?: number, distDir?: string, log?: boolean, freshDatabase?: boolean, extraEnv?: Record<string,string>, accessLog?: boolean }} options
 */
export async function startTopology(options) {
  const base = options.portBase ?? Number(process.env.TOPOLOGY_PORT_BASE ?? 3160);
  const ports = { a: base + 1, b: base + 2, nginx: base + 4, staticFiles: base + 5, stamp: base + 6 };
  // A leftover of an earlier run on these ports would answer the health checks for the new instances.
  for (const port of Object.values(ports)) {
    if (await portAnswers(port)) throw new Error(`port ${port} is already taken (a topology left running?): TOPOLOGY_PORT_BASE picks others`);
  }
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-topology-'));
  // nginx's worker drops to an unprivileged user when started as root: it must reach its cache and temp dirs.
  fs.chmodSync(prefix, 0o755);
  for (const dir of ['cache', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'static']) fs.mkdirSync(path.join(prefix, dir), { mode: 0o777 });
  for (const dir of ['cache', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.chmodSync(path.join(prefix, dir), 0o777);
  const children = [];
  const stdio = options.log ? 'inherit' : 'ignore';

  if (options.freshDatabase !== false) {
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    await client.query('DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
    await client.end();
  }
  // One build, one secret set for all instances (README "Chạy nhiều máy chủ").
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: options.databaseUrl,
    SITE_URL: `http://127.0.0.1:${ports.nginx}`,
    AUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: crypto.randomBytes(32).toString('base64'),
    TRUSTED_PROXIES: '1',
    SEED_DEMO: '1',
    DATA_DIR: path.join(prefix, 'data'),
    // A fresh database deserves a fresh shared page cache: pages of a previous run must not come back.
    PAGE_CACHE_PREFIX: `toasoan:page:${path.basename(prefix)}:`,
    ...(options.distDir ? { NEXT_DIST_DIR: options.distDir } : {}),
    ...(options.extraEnv ?? {}),
  };
  if (options.redisUrl) env.REDIS_URL = options.redisUrl;
  else delete env.REDIS_URL;

  const next = path.join(root, 'node_modules', '.bin', 'next');
  const startInstance = (port) => {
    const child = spawn(next, ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env, stdio });
    children.push(child);
    return child;
  };
  const stop = async () => {
    for (const child of children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
    fs.rmSync(prefix, { recursive: true, force: true });
  };
  try {
    // A migrates and seeds the empty database; B starts once A answers, so they never race for it.
    const a = startInstance(ports.a);
    await waitFor(`http://127.0.0.1:${ports.a}/api/health`, 120_000, a);
    const b = startInstance(ports.b);
    await waitFor(`http://127.0.0.1:${ports.b}/api/health`, 120_000, b);
    const conf = path.join(prefix, 'nginx.conf');
    fs.writeFileSync(conf, nginxConfig({ prefix, listen: ports.nginx, stamp: ports.stamp, instances: [ports.a, ports.b], accessLog: !!options.accessLog }));
    const nginx = spawn('/usr/sbin/nginx', ['-p', prefix, '-c', conf], { stdio });
    children.push(nginx);
    await waitFor(`http://127.0.0.1:${ports.nginx}/api/health`, 20_000, nginx);
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    prefix,
    ports,
    url: `http://127.0.0.1:${ports.nginx}`,
    a: `http://127.0.0.1:${ports.a}`,
    b: `http://127.0.0.1:${ports.b}`,
    staticUrl: `http://127.0.0.1:${ports.staticFiles}`,
    staticDir: path.join(prefix, 'static'),
    accessLog: path.join(prefix, 'access.log'),
    stop,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const databaseUrl = process.env.TOPOLOGY_DATABASE_URL;
  if (!databaseUrl) {
    console.error('TOPOLOGY_DATABASE_URL=postgres://… is required (its schema is emptied).');
    process.exit(2);
  }
  const topo = await startTopology({ databaseUrl, redisUrl: process.env.TOPOLOGY_REDIS_URL, log: true });
  console.log(`nginx ${topo.url} → ${topo.a}, ${topo.b}`);
  const quit = () => topo.stop().then(() => process.exit(0));
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
}
