// `npm run bench:comments`: comments on a hot story, measured on this machine.
// Builds the app, seeds the demo into a fresh data dir with one story carrying BENCH_HOT_COMMENTS
// (default 20,000) approved comments, and starts the production server. Then:
//  1. many concurrent readers post comments through the real comment form's server action (the
//     request is captured once from Chromium and replayed over loopback, each poster with its own
//     address) and it prints accepted comments per second;
//  2. after stopping the server it counts the stored comments: accepted must equal stored;
//  3. it loads the hot story's page and a quiet story's page with autocannon (32 connections) and
//     prints req/s and p50/p99 for both.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { benchEnv, benchServer, bin, measure, root } from './bench-server.mjs';

const port = Number(process.env.BENCH_PORT ?? 3500);
const hotComments = Number(process.env.BENCH_HOT_COMMENTS ?? 20000);
const posters = Number(process.env.BENCH_POSTERS ?? 200);
const perPoster = Number(process.env.BENCH_COMMENTS_PER_POSTER ?? 5);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-bench-bl-'));
const marker = `bench${Date.now().toString(36)}`;
const env = benchEnv({ port, dataDir });
const server = benchServer({ port, env });
const base = server.base;
const startServer = () => server.start();
const stopServer = () => server.stop();
const tsx = (...args) =>
  execFileSync(bin('tsx'), ['--conditions=react-server', 'scripts/bench-comments-data.ts', ...args], { cwd: root, env, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
/** Opens the story in Chromium, posts one comment and keeps the exact server-action request. */
async function captureCommentRequest(storyUrl) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    let captured;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.headers()['next-action']) captured = { headers: r.headers(), body: r.postDataBuffer() };
    });
    await page.goto(storyUrl);
    await page.waitForTimeout(3_200);
    await page.getByLabel('Họ tên').first().fill('Bạn đọc mẫu');
    await page.getByLabel('Ý kiến của bạn').fill(`Bình luận mẫu ${marker}`);
    await page.getByRole('button', { name: 'Gửi bình luận' }).click();
    await page.getByRole('status').filter({ hasText: 'chờ duyệt' }).waitFor();
    if (!captured) throw new Error('Không bắt được yêu cầu gửi bình luận.');
    return captured;
  } finally {
    await browser.close();
  }
}

/** The captured multipart body, with this poster's name and text in place of the sample's. */
function requestFor(template, { name, body }) {
  const type = template.headers['content-type'];
  const boundary = /boundary=(.+)$/.exec(type)[1];
  const raw = template.body.toString('utf8');
  const parts = raw.split(`--${boundary}`).filter((p) => p.startsWith('\r\nContent-Disposition'));
  const form = new FormData();
  for (const part of parts) {
    const [head, ...rest] = part.split('\r\n\r\n');
    const field = /name="([^"]+)"/.exec(head)[1];
    let value = rest.join('\r\n\r\n').replace(/\r\n$/, '');
    if (field.endsWith('_name')) value = name;
    else if (field.endsWith('_body')) value = body;
    form.append(field, value);
  }
  const headers = { ...template.headers };
  delete headers['content-type'];
  delete headers['content-length'];
  return { headers, form };
}

async function postAll(storyUrl, template) {
  let accepted = 0;
  let refused = 0;
  let failed = 0;
  const jobs = [];
  for (let p = 0; p < posters; p++) for (let c = 0; c < perPoster; c++) jobs.push({ p, c });
  let next = 0;
  const started = performance.now();
  async function worker() {
    while (next < jobs.length) {
      const { p, c } = jobs[next++];
      const { headers, form } = requestFor(template, {
        name: `Bạn đọc ${p + 1}`,
        body: `Ý kiến số ${c + 1} của bạn đọc ${p + 1} (${marker}): câu chuyện rất đáng suy nghĩ.`,
      });
      // One address per poster: the per-reader limit stays as in production (documentation range, header only).
      headers['x-forwarded-for'] = `203.0.${113 + Math.floor(p / 250)}.${(p % 250) + 1}`;
      try {
        const res = await fetch(storyUrl, { method: 'POST', headers, body: form });
        const text = await res.text();
        if (res.ok && text.includes('chờ duyệt')) accepted++;
        else if (res.ok) refused++;
        else failed++;
      } catch {
        failed++;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  return { accepted, refused, failed, elapsed };
}

const load = (url) => measure(url, { seconds });

async function main() {
  console.log(`Tòa Soạn — bench:comments (${os.cpus().length} nhân)`);
  console.log('1/5 build…');
  execFileSync(bin('next'), ['build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`2/5 nạp demo và ${hotComments.toLocaleString('vi-VN')} bình luận cho một bài…`);
  const { hot, quiet } = JSON.parse(tsx('prepare', String(hotComments)));
  await startServer();
  const front = await (await fetch(`${base}/`)).text();
  const pathOf = (id) => front.match(new RegExp(`href="(/[a-z0-9-]+/[a-z0-9-]+-${id})"`))?.[1];
  const hotPath = pathOf(hot) ?? (await fetch(`${base}/x/x-${hot}`, { redirect: 'manual' })).headers.get('location');
  const quietPath = pathOf(quiet) ?? (await fetch(`${base}/x/x-${quiet}`, { redirect: 'manual' })).headers.get('location');

  console.log('3/5 đo trang bài có nhiều bình luận…');
  await load(`${base}${hotPath}`); // warm-up, not measured
  const hotLoad = await load(`${base}${hotPath}`);
  await load(`${base}${quietPath}`);
  const quietLoad = await load(`${base}${quietPath}`);

  console.log(`4/5 ${posters} người gửi, mỗi người ${perPoster} bình luận, ${concurrency} yêu cầu đồng thời…`);
  const template = await captureCommentRequest(`${base}${quietPath}`);
  const posted = await postAll(`${base}${quietPath}`, template);
  await stopServer();

  console.log('5/5 đếm bình luận đã lưu…');
  const { stored } = JSON.parse(tsx('count', marker));
  const acceptedTotal = posted.accepted + 1; // plus the sample comment from Chromium

  console.log('');
  console.log(`Gửi: ${posters * perPoster} · nhận: ${posted.accepted} · bị từ chối: ${posted.refused} · lỗi: ${posted.failed} · ${posted.elapsed.toFixed(1)} s`);
  console.log(`Bình luận được nhận mỗi giây: ${(posted.accepted / posted.elapsed).toFixed(0)}`);
  console.log(`Đã nhận (kể cả bình luận mẫu): ${acceptedTotal} · đã lưu: ${stored} · ${stored === acceptedTotal ? 'KHÔNG MẤT bình luận nào' : `MẤT ${acceptedTotal - stored}`}`);
  console.log('');
  console.log('trang                              req/s   p50 ms  p99 ms  lỗi');
  for (const [name, r] of [
    [`bài ${hotComments.toLocaleString('vi-VN')} bình luận`, hotLoad],
    ['bài ít bình luận', quietLoad],
  ]) {
    console.log(`${name.padEnd(32)} ${r.requests.average.toFixed(0).padStart(7)}  ${String(r.latency.p50).padStart(6)}  ${String(r.latency.p99).padStart(6)}  ${r.errors + r.non2xx}`);
  }
  if (stored !== acceptedTotal) process.exitCode = 1;
}

main()
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopServer();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
