// `npm run bench:topology`: the production topology (scripts/topology.mjs: two instances of one build
// on one PostgreSQL database, Redis page cache, nginx in front) measured on this machine, at each
// story count of BENCH_COUNTS (default 1000,100000; stories added with scripts/seed-bulk.ts):
//   - nginx serving a static file of the article's bytes  vs  the article through nginx → two instances;
//   - the app alone (instance A) serving the same bytes as a file of its own  vs  the article from A;
//     (all at 32 connections, BENCH_SECONDS each, default 10)
//   - freshness: an editor presses "Xuất bản" on A (in Chromium); the time until the first request
//     through nginx shows the story on its section page and on the front page (BENCH_PUBLISHES, 5);
//   - a soak through nginx: 200 connections for BENCH_SOAK_SECONDS (60) over front, sections,
//     articles, feeds, sitemaps and searches: no 5xx, no request over 2 s.
// Needs BENCH_DATABASE_URL (its schema is emptied) and takes BENCH_REDIS_URL (default db 6);
// BENCH_LOG=1 shows the instances' and nginx's output. Builds
// into .next-topology first (`-- --reuse-build` keeps it). Load averages are printed with every
// figure: the machine may be shared.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import pg from 'pg';
import { startTopology } from './topology.mjs';

const root = path.resolve(import.meta.dirname, '..');
const databaseUrl = process.env.BENCH_DATABASE_URL;
if (!databaseUrl) {
  console.error('BENCH_DATABASE_URL=postgres://… is required (its schema is emptied).');
  process.exit(2);
}
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/6';
const counts = (process.env.BENCH_COUNTS ?? '1000,100000').split(',').map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const soakSeconds = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const publishes = Number(process.env.BENCH_PUBLISHES ?? 5);
const distDir = '.next-topology';
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (!process.argv.includes('--reuse-build')) {
  console.log('build…');
  execFileSync(bin('next'), ['build'], { cwd: root, env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** A GET, asked again once: a kept-alive connection the server closed while the stories were seeded fails the first try. */
async function get(url) {
  try {
    return await fetch(url);
  } catch {
    await sleep(500);
    return fetch(url);
  }
}

async function run(label, url, connections = 32) {
  await autocannon({ url, connections: 8, duration: 2 }); // warm-up
  const r = await autocannon({ url, connections, duration: seconds });
  const line = { label, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
  console.log(`  ${label.padEnd(42)} ${String(line.rps).padStart(7)} req/s  p50 ${line.p50} ms  p99 ${line.p99} ms  non-2xx ${line.non2xx}  errors ${line.errors}  load ${load()}`);
  if (line.non2xx || line.errors) console.log(`  ⚠ ${label}: ${line.non2xx} non-2xx, ${line.errors} errors — this figure does not count`);
  return line;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** The editor, signed in on instance A. */
async function editorOn(a) {
  const context = await browser.newContext({ baseURL: a, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill('bientap@toasoan.test');
  await page.getByLabel('Mật khẩu').fill('ToaSoan@2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/desk/);
  return page;
}

/** Asks `url` every 20 ms until its body holds `text`; the milliseconds since `start`. */
async function firstShowing(url, text, start) {
  for (;;) {
    const res = await fetch(url);
    if (res.status === 200 && (await res.text()).includes(text)) return Math.round(performance.now() - start);
    if (performance.now() - start > 30_000) throw new Error(`${url} did not show "${text}" in 30 s`);
    await sleep(20);
  }
}

/** A story written, sent, approved on A; then "Xuất bản" pressed, and the time until nginx shows it. */
async function freshness(topo, n) {
  const editor = await editorOn(topo.a);
  const cookie = (await editor.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const times = { section: [], front: [], answered: [], onB: [] };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const sectionPath = `/${(await client.query('SELECT slug FROM sections WHERE id = 1')).rows[0].slug}`;
  await client.end();
  for (let i = 0; i < n; i++) {
    const title = `Bài đo độ tươi số ${i + 1} ${crypto.randomBytes(3).toString('hex')}`;
    const created = await fetch(`${topo.a}/api/bai-viet`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: topo.a },
      body: JSON.stringify({ title, lead: 'Sapo của bài đo.', sectionId: 1, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung bài đo.' }] }] }, credit: 'Tin: Ban biên tập' }),
    });
    if (!created.ok) throw new Error(`Không tạo được bài: ${created.status} ${await created.text()}`);
    const { id } = await created.json();
    await editor.goto(`/desk/bai-viet/${id}`);
    await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
    await editor.getByTestId('article-status').filter({ hasText: 'Chờ duyệt' }).waitFor();
    await editor.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await editor.getByTestId('article-status').filter({ hasText: 'Đã duyệt' }).waitFor();
    // Readers have the pages in nginx's cache and the instances' before the publish.
    for (let k = 0; k < 3; k++) for (const p of ['/', sectionPath]) await fetch(`${topo.url}${p}`);
    // Where the time goes: the publish action answering the desk, instance B (past nginx) showing
    // it on the section page, and nginx showing it on the section and front pages.
    const start = performance.now();
    await editor.getByRole('button', { name: 'Xuất bản', exact: true }).click();
    const answered = editor
      .getByTestId('article-status')
      .filter({ hasText: 'Đã xuất bản' })
      .waitFor()
      .then(() => Math.round(performance.now() - start));
    const [section, front, onB, answeredAt] = await Promise.all([
      firstShowing(`${topo.url}${sectionPath}`, title, start),
      firstShowing(`${topo.url}/`, title, start),
      firstShowing(`${topo.b}${sectionPath}`, title, start),
      answered,
    ]);
    times.section.push(section);
    times.front.push(front);
    times.onB.push(onB);
    times.answered.push(answeredAt);
    await sleep(1_500);
  }
  await editor.context().close();
  return times;
}

/** 200 connections over a mix of what readers and machines ask for, through nginx. */
async function soak(topo, articlePaths) {
  const words = ['cau', 'phu cuong', 'lua', 'nong dan', 'song', 'mua', 'bao', 'ben cat', 'hdnd', 'benh vien', 'vac xin', 'hoc bong', 'truong', 'duong'];
  const pages = ['/', '/xa-hoi', '/kinh-te', '/the-thao', '/giao-duc', '/rss.xml', '/xa-hoi/rss.xml', '/sitemap.xml', ...articlePaths];
  // Each address asked once first, as a site in use has its pages in the caches.
  for (const p of [...pages, ...words.map((w) => `/tim-kiem?q=${encodeURIComponent(w)}`)]) await fetch(`${topo.url}${p}`);
  await sleep(1_500); // nginx writes its log each second: the soak's lines start after this
  const logFrom = fs.existsSync(topo.accessLog) ? fs.statSync(topo.accessLog).size : 0;
  let n = 0;
  const r = await autocannon({
    url: topo.url,
    connections: 200,
    duration: soakSeconds,
    requests: [
      {
        setupRequest: (req) => {
          const i = n++;
          const path = i % 5 === 4 ? `/tim-kiem?q=${encodeURIComponent(words[i % words.length])}` : pages[i % pages.length];
          return { ...req, path };
        },
      },
    ],
  });
  const fiveXx = r['5xx'] ?? 0;
  console.log(
    `  soak: 200 connections, ${soakSeconds} s: ${Math.round(r.requests.average)} req/s, ${r.requests.total} requests, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms, 5xx ${fiveXx}, non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}  load ${load()}`,
  );
  // The slowest requests of the soak, from nginx's log: what a reader waited for, and why.
  await sleep(1_500);
  const lines = fs.readFileSync(topo.accessLog).subarray(logFrom).toString('utf8').trim().split('\n').filter(Boolean);
  const slowest = lines
    .map((line) => line.split(' '))
    .sort((x, y) => Number(y[0]) - Number(x[0]))
    .slice(0, 5)
    .map(([total, upstream, cache, status, uri]) => `${Math.round(Number(total) * 1000)} ms ${status} ${cache} ${uri} (app ${upstream === '-' ? '—' : `${Math.round(Number(upstream) * 1000)} ms`})`);
  const byCache = {};
  for (const line of lines) {
    const cache = line.split(' ')[2];
    byCache[cache] = (byCache[cache] ?? 0) + 1;
  }
  console.log(`    nginx answers: ${Object.entries(byCache).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`    slowest: ${slowest.join('; ')}`);
  return { fiveXx, max: r.latency.max, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx };
}

const publicFile = path.join(root, 'public', 'bench-topology-article.html');
const results = [];
let seeded = 0;
let freshDatabase = true;
/** @type {string[] | undefined} */
let storyPaths;
try {
  for (const count of counts) {
    console.log(`\n== ${count} bulk stories (${os.cpus().length} cores)`);
    // The instances migrate and seed the demo newsroom; the bulk stories come on top, then the
    // instances start again on a warm database with empty caches.
    let topo = await startTopology({ databaseUrl, redisUrl, distDir, freshDatabase, log: !!process.env.BENCH_LOG });
    freshDatabase = false;
    if (count > seeded) {
      execFileSync(bin('tsx'), ['--conditions=react-server', 'scripts/seed-bulk.ts', String(count - seeded), String(seeded)], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: databaseUrl, SEED_DEMO: '0' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      seeded = count;
    }
    let front;
    try {
      front = await (await get(`${topo.a}/`)).text();
    } catch (err) {
      await topo.stop();
      throw err;
    }
    // The same stories at every count, found on the first front page (later ones lead with the
    // stories the freshness step publishes, shorter ones): the same bytes make the counts comparable.
    storyPaths ??= [...new Set([...front.matchAll(/href="(\/[a-z0-9-]+\/[a-z0-9-]+-\d+)"/g)].map((m) => m[1]))].slice(0, 8);
    const articlePaths = storyPaths;
    const article = articlePaths[0];
    if (!article) throw new Error('no article link on the front page');
    // `next start` serves the public files present when it starts: the article's bytes are written
    // there, and the instances start again to serve them as a file of their own.
    const bytes = Buffer.from(await (await get(`${topo.a}${article}`)).arrayBuffer());
    fs.writeFileSync(publicFile, bytes);
    await topo.stop();
    topo = await startTopology({ databaseUrl, redisUrl, distDir, freshDatabase: false, log: !!process.env.BENCH_LOG, accessLog: true });
    fs.writeFileSync(path.join(topo.staticDir, 'article.html'), bytes);
    console.log(`  article ${article}, ${bytes.length} bytes; load ${load()}`);
    try {
      const appFile = await get(`${topo.a}/bench-topology-article.html`);
      if (!appFile.ok) throw new Error(`the app's own static file answers ${appFile.status}`);
      const nginxStatic = await run('nginx: static file', `${topo.staticUrl}/article.html`);
      const throughNginx = await run('nginx → two instances: article', `${topo.url}${article}`);
      const appStatic = await run('app alone: its own static file', `${topo.a}/bench-topology-article.html`);
      const appArticle = await run('app alone: article', `${topo.a}${article}`);
      const fresh = await freshness(topo, publishes);
      console.log(`  freshness (Xuất bản on A → first request through nginx that shows it): section ${fresh.section.join(', ')} ms; front page ${fresh.front.join(', ')} ms`);
      console.log(`    of which: the desk had the action's answer after ${fresh.answered.join(', ')} ms; B (no nginx) showed the section after ${fresh.onB.join(', ')} ms`);
      const soaked = await soak(topo, articlePaths);
      results.push({ count, nginxStatic, throughNginx, appStatic, appArticle, fresh, soaked });
    } finally {
      await topo.stop();
    }
  }
} finally {
  fs.rmSync(publicFile, { force: true });
  await browser.close();
}

console.log('\n== targets');
const mark = (ok) => (ok ? 'ĐẠT ' : 'CHƯA');
for (const r of results) {
  const nginxRatio = r.throughNginx.rps / r.nginxStatic.rps;
  const appRatio = r.appArticle.rps / r.appStatic.rps;
  const allFresh = [...r.fresh.section, ...r.fresh.front].sort((x, y) => x - y);
  const worstFresh = allFresh.at(-1);
  console.log(`${r.count} stories:`);
  console.log(`  ${mark(nginxRatio >= 0.8)} through nginx / nginx static ${nginxRatio.toFixed(2)}× (≥ 0.8)`);
  console.log(`  ${mark(appRatio >= 0.3 && r.appArticle.p99 <= 60)} app alone / its static file ${appRatio.toFixed(2)}× (≥ 0.3), p99 ${r.appArticle.p99} ms (≤ 60)`);
  console.log(`  ${mark(worstFresh <= 1000)} freshness, median ${allFresh[Math.floor(allFresh.length / 2)]} ms, worst ${worstFresh} ms (≤ 1000)`);
  console.log(`  ${mark(r.soaked.fiveXx === 0 && r.soaked.max <= 2000 && !r.soaked.errors && !r.soaked.timeouts)} soak: 5xx ${r.soaked.fiveXx}, longest ${r.soaked.max} ms (≤ 2000), errors ${r.soaked.errors}, timeouts ${r.soaked.timeouts}`);
}
if (results.length > 1) {
  const [small, big] = [results[0], results.at(-1)];
  for (const key of ['throughNginx', 'appArticle']) {
    const change = big[key].rps / small[key].rps - 1;
    console.log(`  ${mark(Math.abs(change) <= 0.1)} ${key === 'throughNginx' ? 'through nginx' : 'app alone'}: ${big.count} stories vs ${small.count}: ${(change * 100).toFixed(1)} % (within 10 %)`);
  }
}
