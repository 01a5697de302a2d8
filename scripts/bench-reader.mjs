// `npm run bench:reader`: how fast the public paper is, measured on this machine.
// Builds the app, seeds the demo newsroom plus BENCH_ARTICLES (default 2,000) stories into a fresh
// data dir, starts the production server and loads it over loopback with autocannon at 32
// connections: the front page, an article page, a search, and — in the same run — the same article
// HTML served by the same server as a static file (the ceiling). Prints req/s, p50/p99 and the
// ratio to the ceiling, and the gzip bytes of JavaScript the article page loads.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { benchEnv, benchServer, bin, measure, root } from './bench-server.mjs';

const port = Number(process.env.BENCH_PORT ?? 3400);
const articlesToSeed = Number(process.env.BENCH_ARTICLES ?? 2000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 32;
const staticName = `bench-tinh-${process.pid}.html`;
const staticFile = path.join(root, 'public', staticName);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-bench-'));
const env = benchEnv({ port, dataDir });
const server = benchServer({ port, env });
const base = server.base;
const startServer = () => server.start();
const stopServer = () => server.stop();

// Searches a reader might type, each different (pairs of words from the stories' titles, typed
// without diacritics): measures searches that no cache has seen yet.
const searchWords = ['marathon', 'cau', 'phu', 'cuong', 'lua', 'nong', 'dan', 'song', 'lam', 'mua', 'bao', 'ben', 'cat', 'thang', 'hdnd', 'nghi', 'quyet', 'hop', 'benh', 'vien', 'khoa', 'huyet', 'dot', 'quy', 'buoi', 'xanh', 'xuat', 'khau', 'hoi', 'nghiep', 'tiem', 'vac', 'xin', 'soi', 'rubella', 'hoc', 'bong', 'truong', 'dinh', 'hoa', 'lang', 'bien', 'mat', 'can', 'huu', 'quoc', 'khanh', 'duong'];
let searchNo = 0;
function variedSearch(request) {
  const n = searchNo++;
  const q = `${searchWords[n % searchWords.length]} ${searchWords[Math.floor(n / searchWords.length) % searchWords.length]}`;
  return { ...request, path: `/tim-kiem?q=${encodeURIComponent(q)}` };
}

const load = (url, requests) => measure(url, { seconds, requests });

async function javascriptBytes(html) {
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]);
  let raw = 0;
  let gzip = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += zlib.gzipSync(body, { level: 6 }).length;
  }
  return { files: new Set(sources).size, raw, gzip };
}

async function main() {
  console.log(`Tòa Soạn — bench:reader (${os.cpus().length} nhân, ${connections} kết nối, ${seconds} s mỗi trang)`);
  console.log('1/4 build…');
  execFileSync(bin('next'), ['build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`2/4 nạp ${articlesToSeed} bài vào ${dataDir}…`);
  execFileSync(bin('tsx'), ['--conditions=react-server', 'scripts/seed-bulk.ts', String(articlesToSeed)], { cwd: root, env, stdio: 'inherit' });

  console.log('3/4 khởi động máy chủ, chọn bài đo…');
  await startServer();
  const front = await (await fetch(`${base}/`)).text();
  const articlePath = front.match(/href="(\/[a-z0-9-]+\/[a-z0-9-]+-\d+)"/)?.[1];
  if (!articlePath) throw new Error('Không tìm thấy bài nào trên trang nhất.');
  const articleHtml = await (await fetch(`${base}${articlePath}`)).text();
  // Next picks up files in public/ when it starts: write the copy, then restart.
  fs.writeFileSync(staticFile, articleHtml);
  await stopServer();
  await startServer();

  const pages = [
    ['tệp tĩnh (trần)', `/${staticName}`],
    ['bài viết', articlePath],
    ['trang nhất', '/'],
    ['tìm kiếm', `/tim-kiem?q=${encodeURIComponent('hop mat can bo')}`],
  ];
  for (const [, p] of pages) {
    const res = await fetch(`${base}${p}`);
    if (res.status !== 200) throw new Error(`${p} trả về ${res.status}`);
    await load(`${base}${p}`).catch(() => {}); // warm-up is not measured
  }

  console.log('4/4 đo…');
  const rows = [];
  for (const [name, p] of pages) {
    const r = await load(`${base}${p}`);
    rows.push({ name, path: p, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx });
  }
  {
    // Not a target, but the honest cost of a search nobody made before (the cache cannot help).
    const r = await load(`${base}/tim-kiem`, [{ method: 'GET', setupRequest: variedSearch }]);
    rows.push({ name: 'tìm kiếm mới', path: '/tim-kiem?q=…', rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx });
  }
  const ceiling = rows[0].rps;
  const js = await javascriptBytes(articleHtml);

  console.log('');
  console.log('trang            req/s     p50 ms  p99 ms  lỗi   so với trần');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(16)} ${r.rps.toFixed(0).padStart(7)}  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}  ${String(r.errors).padStart(4)}   ${((r.rps / ceiling) * 100).toFixed(1)} %`,
    );
  }
  console.log('');
  console.log(`JavaScript của trang bài viết: ${js.files} tệp, ${(js.raw / 1024).toFixed(1)} KB, gzip ${(js.gzip / 1024).toFixed(1)} KB`);
  console.log(`Bài đo: ${articlePath} (${(Buffer.byteLength(articleHtml) / 1024).toFixed(1)} KB HTML)`);
  const article = rows[1];
  const targets = [
    ['bài viết ≥ 25 % trần', article.rps / ceiling >= 0.25],
    ['bài viết p99 ≤ 100 ms', article.p99 <= 100],
    ['trang nhất ≥ 10 % trần', rows[2].rps / ceiling >= 0.1],
    ['tìm kiếm ≥ 10 % trần', rows[3].rps / ceiling >= 0.1],
  ];
  for (const [label, ok] of targets) console.log(`${ok ? 'ĐẠT ' : 'CHƯA'} ${label}`);
}

main()
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopServer();
    fs.rmSync(staticFile, { force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
