// `npm run bench:lighthouse`: what a reader on a phone feels, measured by Lighthouse 12 on this machine.
// Builds the app (or reuses the build with `--reuse-build`), starts the production server on a fresh
// data dir with the demo newsroom, and runs Lighthouse in its default mobile mode (simulated
// throttling) on the front page, a section and an article, RUNS times each (default 3). Prints the
// median of each figure, the JavaScript each page loads (gzip), and what each client island costs.
// Nothing leaves loopback: Chromium runs with background networking off and the pages load no
// third-party resource.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { benchEnv, benchServer, bin, root } from './bench-server.mjs';

const port = Number(process.env.BENCH_PORT ?? 3400);
const runs = Number(process.env.RUNS ?? 3);
const reuseBuild = process.argv.includes('--reuse-build');
// `--save-reports DIR`: keeps each page's last Lighthouse report (JSON) there, to open in the viewer.
const reportsDir = process.argv.includes('--save-reports') ? path.resolve(process.argv[process.argv.indexOf('--save-reports') + 1]) : null;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-lighthouse-'));
const env = benchEnv({ port, dataDir });
const distDir = path.join(root, env.NEXT_DIST_DIR);
const server = benchServer({ port, env });
const base = server.base;

const median = (values) => {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const gzipCache = new Map();
/** Gzip size (level 6, as a server would send it) of one script of the page, fetched over loopback. */
async function gzipBytes(url) {
  if (!gzipCache.has(url)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    gzipCache.set(url, { raw: body.length, gzip: zlib.gzipSync(body, { level: 6 }).length });
  }
  return gzipCache.get(url);
}

/** The route's client reference manifest: each client module's id and chunks, and each segment's chunks. */
function manifestOf(route) {
  const file = path.join(distDir, 'server', 'app', route, 'page_client-reference-manifest.js');
  const globalThis = { __RSC_MANIFEST: {} };
  new Function('globalThis', fs.readFileSync(file, 'utf8'))(globalThis);
  return Object.values(globalThis.__RSC_MANIFEST)[0];
}

/**
 * The modules of one Turbopack chunk: `push([script, id, factory, id, id, factory, …])`, each
 * factory's source and the module ids it requires (`e.i(…)`, `e.r(…)`, …).
 */
async function modulesOf(chunkUrl) {
  const source = await (await fetch(chunkUrl)).text();
  const pushed = [];
  new Function('globalThis', 'document', source)({ TURBOPACK: { push: (a) => pushed.push(a) } }, undefined);
  const modules = new Map();
  let ids = [];
  for (const item of pushed.flat().slice(1)) {
    if (typeof item === 'number') ids.push(item);
    else if (typeof item === 'function') {
      const text = item.toString();
      const param = /^\(?\s*([A-Za-z_$][\w$]*)/.exec(text)?.[1] ?? 'e';
      const deps = [...text.matchAll(new RegExp(`\\b${param.replace('$', '\\$')}\\.[A-Za-z]\\((\\d+)\\)`, 'g'))].map((m) => Number(m[1]));
      for (const id of ids) modules.set(id, { text: id === ids[0] ? text : '', deps });
      ids = [];
    }
  }
  return modules;
}

/**
 * What each of our client islands (`'use client'` modules under components/ and app/) costs on a
 * route: the modules it reaches that the layout's and the framework's chunks do not already bring,
 * gzipped together; "own" counts only the modules no other island of the page reaches.
 */
async function islandCosts(route) {
  const manifest = manifestOf(route);
  const layoutChunks = new Set((manifest.entryJSFiles['[project]/app/layout'] ?? []).map((c) => `/_next/${c}`));
  const islands = [];
  for (const [key, entry] of Object.entries(manifest.clientModules)) {
    const m = /^\[project\]\/((?:components|app)\/[^ ]+)$/.exec(key);
    if (m) islands.push({ name: m[1], id: Number(entry.id), chunks: entry.chunks.filter((c) => c.endsWith('.js') && !layoutChunks.has(c)) });
  }
  const defined = new Map();
  for (const c of new Set(islands.flatMap((i) => i.chunks))) for (const [id, mod] of await modulesOf(`${base}${c}`)) defined.set(id, mod);
  const reach = (id) => {
    const seen = new Set();
    const stack = [id];
    while (stack.length) {
      const next = stack.pop();
      if (seen.has(next) || !defined.has(next)) continue;
      seen.add(next);
      stack.push(...defined.get(next).deps);
    }
    return seen;
  };
  for (const island of islands) island.modules = reach(island.id);
  const users = new Map();
  for (const island of islands) for (const id of island.modules) users.set(id, (users.get(id) ?? 0) + 1);
  const gz = (ids) => zlib.gzipSync([...ids].map((id) => defined.get(id).text).join('\n'), { level: 6 }).length;
  return islands
    .map((i) => ({ name: i.name, modules: i.modules.size, all: gz(i.modules), own: gz([...i.modules].filter((id) => users.get(id) === 1)) }))
    .sort((a, b) => b.all - a.all);
}

/** One Lighthouse run in a fresh Chromium. */
async function audit(url) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

async function main() {
  console.log(`Tòa Soạn — bench:lighthouse (Lighthouse 12, di động, giả lập mạng chậm; ${os.cpus().length} nhân, tải máy ${os.loadavg()[0].toFixed(1)}; ${runs} lần mỗi trang, lấy trung vị)`);
  if (reuseBuild && fs.existsSync(path.join(distDir, 'BUILD_ID'))) console.log(`1/3 dùng lại bản build trong ${env.NEXT_DIST_DIR}`);
  else {
    console.log('1/3 build…');
    execFileSync(bin('next'), ['build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  console.log(`2/3 khởi động máy chủ trên ${dataDir}…`);
  await server.start();
  const front = await (await fetch(`${base}/`)).text();
  const articlePath = front.match(/href="(\/[a-z0-9-]+\/[a-z0-9-]+-\d+)"/)?.[1];
  if (!articlePath) throw new Error('Không tìm thấy bài nào trên trang nhất.');
  const sectionPath = articlePath.slice(0, articlePath.lastIndexOf('/'));
  const pages = [
    { name: 'trang nhất', path: '/', route: '(reader)/trang-chu/[ban]' },
    { name: 'chuyên mục', path: sectionPath, route: '(reader)/[section]' },
    { name: 'bài viết', path: articlePath, route: '(reader)/[section]/[article]' },
  ];
  // Warm the page cache: the first request renders, the ones measured are what readers get.
  for (const p of pages) {
    const res = await fetch(`${base}${p.path}`);
    if (res.status !== 200) throw new Error(`${p.path} trả về ${res.status}`);
  }

  console.log('3/3 đo…');
  const rows = [];
  const details = [];
  for (const p of pages) {
    const lhrs = [];
    const loads = [];
    for (let i = 0; i < runs; i++) {
      loads.push(os.loadavg()[0]);
      lhrs.push(await audit(`${base}${p.path}`));
      process.stdout.write('.');
    }
    const score = (cat) => median(lhrs.map((l) => (l.categories[cat].score ?? NaN) * 100));
    const metric = (id) => median(lhrs.map((l) => l.audits[id].numericValue));
    const scripts = new Set();
    for (const l of lhrs) {
      for (const r of l.audits['network-requests'].details.items) if (r.resourceType === 'Script' && r.url.startsWith(base)) scripts.add(r.url);
    }
    let js = 0;
    for (const u of scripts) js += (await gzipBytes(u)).gzip;
    rows.push({
      name: p.name,
      perf: score('performance'),
      a11y: score('accessibility'),
      bp: score('best-practices'),
      seo: score('seo'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      js,
      files: scripts.size,
      load: median(loads),
    });
    if (reportsDir) {
      fs.mkdirSync(reportsDir, { recursive: true });
      fs.writeFileSync(path.join(reportsDir, `${p.route.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}.json`), JSON.stringify(lhrs.at(-1)));
    }
    // What costs points, in the last run: failed audits outside performance, and the LCP element.
    const last = lhrs.at(-1);
    const failed = [];
    for (const cat of ['accessibility', 'best-practices', 'seo']) {
      for (const ref of last.categories[cat].auditRefs) {
        const a = last.audits[ref.id];
        if (ref.weight === 0 || a.score === null || a.score >= 1) continue;
        failed.push(`${cat}: ${a.id} — ${a.title}`);
        for (const item of (a.details?.items ?? []).slice(0, 3)) failed.push(`    ${String(item.description ?? item.node?.snippet ?? item.url ?? item.source ?? '').slice(0, 160)}${(item.sourceLocation?.url ?? item.url) && item.description ? ` (${item.sourceLocation?.url ?? item.url})` : ''}`);
      }
    }
    // What the page downloads, by kind (transfer sizes as Chromium saw them, last run): these do not
    // depend on the machine's load the way the timings do.
    const kinds = new Map();
    for (const r of last.audits['network-requests'].details.items) {
      const k = kinds.get(r.resourceType) ?? { files: 0, bytes: 0 };
      kinds.set(r.resourceType, { files: k.files + 1, bytes: k.bytes + (r.transferSize ?? 0) });
    }
    const weight = [...kinds].sort((a, b) => b[1].bytes - a[1].bytes).map(([k, v]) => `${k} ${v.files} × ${kb(v.bytes)}`).join(', ');
    const lcpItem = last.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    // Where the LCP time goes (last run, as Chromium observed it unthrottled): time to first byte,
    // the wait before the LCP resource is requested, its download, and the render after it.
    const phases = (last.audits['lcp-breakdown-insight']?.details?.items?.[0]?.items ?? []).map((i) => `${i.label} ${Math.round(i.duration)} ms`).join(', ');
    const fonts = last.audits['network-requests'].details.items.filter((r) => r.resourceType === 'Font').map((r) => `${path.basename(r.url).replace(/\.[^.]+\.woff2$/, '')} ${kb(r.transferSize ?? 0)}`);
    details.push({ page: p, scripts, failed, weight, phases, fonts, lcpElement: lcpItem ? `${lcpItem.nodeLabel ?? ''} (${lcpItem.selector ?? ''})`.slice(0, 140) : '—' });
  }
  console.log('');

  console.log('');
  // One table: the figures issue 12 sets targets for first (performance ≥ 98, LCP ≤ 2.0 s), then the
  // rest. "tải máy" is the machine's 1-minute load average while the page was measured: the
  // timings (TBT above all) depend on it, the bytes do not.
  const header = ['trang', 'hiệu năng', 'LCP', 'TBT', 'CLS', 'thực hành', 'tiếp cận', 'SEO', 'JS (gzip)', 'tải máy'];
  const table = rows.map((r) => [
    r.name,
    r.perf.toFixed(0),
    `${(r.lcp / 1000).toFixed(2)} s`,
    `${r.tbt.toFixed(0)} ms`,
    r.cls.toFixed(3),
    r.bp.toFixed(0),
    r.a11y.toFixed(0),
    r.seo.toFixed(0),
    `${kb(r.js)} (${r.files} tệp)`,
    r.load.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const t of table) console.log(line(t));

  for (const d of details) {
    console.log('');
    console.log(`${d.page.name} — ${d.page.path}`);
    console.log(`  phần tử LCP: ${d.lcpElement}`);
    console.log(`  LCP quan sát được: ${d.phases || '—'}`);
    console.log(`  tải về: ${d.weight}`);
    console.log(`  phông chữ: ${d.fonts.join(', ') || '—'}`);
    for (const f of d.failed) console.log(`  chưa đạt: ${f}`);
    const islands = await islandCosts(d.page.route);
    if (!islands.length) continue;
    console.log('  đảo client                                    mô-đun   cần (gzip)  riêng (gzip)');
    for (const i of islands) console.log(`  ${i.name.padEnd(44)} ${String(i.modules).padStart(6)}   ${kb(i.all).padStart(9)}   ${kb(i.own).padStart(9)}`);
  }
}

main()
  .catch((err) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  })
  .finally(async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
