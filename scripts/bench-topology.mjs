// `npm run bench:topology`: the production topology (scripts/topology.mjs: two instances of one build
// on one PostgreSQL database, Redis page cache, nginx in front) measured at 32 connections:
//   nginx serving a static file of the article's bytes  vs  the article through nginx → two instances;
//   the app alone (instance A)                           vs  the same bytes as a static file of the app.
// Needs BENCH_DATABASE_URL (its schema is emptied) and takes BENCH_REDIS_URL (default db 6),
// BENCH_ARTICLES (stories added with scripts/seed-bulk.ts, default 1000). Load averages are
// printed with every figure: the machine may be shared.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startTopology } from './topology.mjs';

const root = path.resolve(import.meta.dirname, '..');
const databaseUrl = process.env.BENCH_DATABASE_URL;
if (!databaseUrl) {
  console.error('BENCH_DATABASE_URL=postgres://… is required (its schema is emptied).');
  process.exit(2);
}
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/6';
const articlesWanted = Number(process.env.BENCH_ARTICLES ?? 1000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
async function run(label, url) {
  await autocannon({ url, connections: 8, duration: 2 }); // warm-up
  const r = await autocannon({ url, connections: 32, duration: seconds });
  const line = { label, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, load: load() };
  console.log(`${label.padEnd(44)} ${String(line.rps).padStart(7)} req/s  p50 ${line.p50} ms  p99 ${line.p99} ms  non-2xx ${line.non2xx}  errors ${line.errors}  load ${line.load}`);
  if (line.non2xx || line.errors) console.log(`  ⚠ ${label}: ${line.non2xx} non-2xx, ${line.errors} errors — this figure does not count`);
  return line;
}

// TODO: `next start` serves only the public files present when it starts, so this file, written once
// the article's bytes are known, answers 404 on the running instances: the "app alone: its own static
// file" figure is not valid yet (write it before starting, e.g. from a first short run).
const publicFile = path.join(root, 'public', 'bench-topology-article.html');
const topo = await startTopology({ databaseUrl, redisUrl });
try {
  if (articlesWanted > 0) {
    execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['--conditions=react-server', 'scripts/seed-bulk.ts', String(articlesWanted)], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, SEED_DEMO: '0' },
      stdio: 'inherit',
    });
  }
  const front = await (await fetch(`${topo.a}/`)).text();
  const article = /href="(\/[a-z0-9-]+\/[a-z0-9-]+-\d+)"/.exec(front)?.[1];
  if (!article) throw new Error('no article link on the front page');
  const bytes = Buffer.from(await (await fetch(`${topo.a}${article}`)).arrayBuffer());
  fs.writeFileSync(path.join(topo.staticDir, 'article.html'), bytes);
  fs.writeFileSync(publicFile, bytes);
  console.log(`article ${article}, ${bytes.length} bytes; ${articlesWanted} bulk stories; ${os.cpus().length} cores; load ${load()}`);

  const nginxStatic = await run('nginx: static file', `${topo.staticUrl}/article.html`);
  const throughNginx = await run('nginx → two instances: article', `${topo.url}${article}`);
  const appStatic = await run('app alone: its own static file', `${topo.a}/bench-topology-article.html`);
  const appArticle = await run('app alone: article', `${topo.a}${article}`);
  console.log(`through nginx / nginx static: ${(throughNginx.rps / nginxStatic.rps).toFixed(2)}× (target ≥ 0.8)`);
  console.log(`app alone / its static file: ${(appArticle.rps / appStatic.rps).toFixed(2)}× (target ≥ 0.3), p99 ${appArticle.p99} ms (target ≤ 60)`);
} finally {
  fs.rmSync(publicFile, { force: true });
  await topo.stop();
}
