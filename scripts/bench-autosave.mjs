// `npm run bench:autosave`: the editor's autosave round trip, measured on this machine.
// Builds the app, starts the production server on a fresh data dir with the demo newsroom, signs
// the demo reporter in through Chromium, then:
//  1. one writer: BENCH_SAVES (default 300) autosaves in a row of a story growing to ~1,500 words,
//     each waiting for the answer, as the editor does; prints p50/p95/p99 and max in ms;
//  2. a busy desk: BENCH_WRITERS (default 16) writers, each on their own story, autosaving at once;
//     prints the same figures and saves per second;
//  3. checks that the last text sent is the text stored (version count = saves + 1).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { benchEnv, benchServer, bin, root } from './bench-server.mjs';

const port = Number(process.env.BENCH_PORT ?? 3510);
const saves = Number(process.env.BENCH_SAVES ?? 300);
const writers = Number(process.env.BENCH_WRITERS ?? 16);
const perWriter = Number(process.env.BENCH_SAVES_PER_WRITER ?? 40);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-bench-as-'));
const env = benchEnv({ port, dataDir });
const server = benchServer({ port, env });
const base = server.base;

const words = 'Sáng nay người dân xã Tân Hòa ra đồng gặt lúa thu đông sớm hơn mọi năm vì trời nắng ráo'.split(' ');
function bodyOf(n) {
  const paragraphs = [];
  for (let p = 0; p * 60 < n; p++) {
    const text = Array.from({ length: Math.min(60, n - p * 60) }, (_, i) => words[(p * 60 + i) % words.length]).join(' ');
    paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text: `${text}.` }] });
  }
  return { type: 'doc', content: paragraphs };
}

async function signInCookie() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/dang-nhap`);
    await page.getByLabel('Email').fill('phongvien@toasoan.test');
    await page.getByLabel('Mật khẩu').fill('ToaSoan@2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/desk/);
    return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  } finally {
    await browser.close();
  }
}

const headers = (cookie) => ({ cookie, 'content-type': 'application/json', origin: base });

async function createStory(cookie, n) {
  const res = await fetch(`${base}/api/bai-viet`, {
    method: 'POST',
    headers: headers(cookie),
    body: JSON.stringify({ title: `Bài đo tự lưu số ${n}`, lead: 'Sapo.', sectionId: 1, body: bodyOf(50), credit: 'Tin: Minh Anh' }),
  });
  if (!res.ok) throw new Error(`Không tạo được bài: ${res.status} ${await res.text()}`);
  return res.json();
}

async function autosaveRun(cookie, story, count, growTo) {
  const times = [];
  let version = story.version;
  for (let i = 0; i < count; i++) {
    const body = bodyOf(Math.round(50 + ((growTo - 50) * (i + 1)) / count));
    const started = performance.now();
    const res = await fetch(`${base}/api/bai-viet/${story.id}`, {
      method: 'PUT',
      headers: headers(cookie),
      body: JSON.stringify({ title: `Bài đo tự lưu số ${story.id}`, lead: 'Sapo.', sectionId: 1, body, credit: 'Tin: Minh Anh', tags: ['Đo đạc'], version, autosave: true }),
    });
    const answer = await res.json();
    times.push(performance.now() - started);
    if (!res.ok) throw new Error(`Tự lưu bị từ chối: ${res.status} ${answer.message}`);
    version = answer.version;
  }
  return { times, version };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
function row(name, times, elapsed) {
  const s = [...times].sort((a, b) => a - b);
  const f = (v) => v.toFixed(1).padStart(7);
  const rate = elapsed ? `${(times.length / elapsed).toFixed(0).padStart(7)}` : '      –';
  console.log(`${name.padEnd(34)} ${String(times.length).padStart(5)} ${f(pct(s, 50))} ${f(pct(s, 95))} ${f(pct(s, 99))} ${f(s[s.length - 1])} ${rate}`);
}

try {
  console.log(`Tòa Soạn — bench:autosave (${os.cpus().length} nhân)`);
  console.log('1/4 build…');
  execFileSync(bin('next'), ['build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log('2/4 khởi động máy chủ, nạp demo, đăng nhập phóng viên…');
  await server.start();
  const cookie = await signInCookie();
  console.log(`3/4 một người viết: ${saves} lần tự lưu liên tiếp, bài dài dần tới ~1.500 từ…`);
  const story = await createStory(cookie, 0);
  const one = await autosaveRun(cookie, story, saves, 1500);
  console.log(`4/4 ${writers} người viết cùng lúc, mỗi người ${perWriter} lần tự lưu…`);
  const stories = await Promise.all(Array.from({ length: writers }, (_, i) => createStory(cookie, i + 1)));
  const started = performance.now();
  const many = await Promise.all(stories.map((s) => autosaveRun(cookie, s, perWriter, 800)));
  const elapsed = (performance.now() - started) / 1000;
  const ok = one.version === story.version + saves && many.every((m, i) => m.version === stories[i].version + perWriter);
  console.log('');
  console.log('tình huống                          lần    p50 ms  p95 ms  p99 ms  max ms  lần/s');
  row('một người viết', one.times);
  row(`${writers} người viết cùng lúc`, many.flatMap((m) => m.times), elapsed);
  console.log('');
  console.log(ok ? 'Mọi lần lưu đều được nhận, số phiên bản khớp.' : 'CẢNH BÁO: số phiên bản không khớp số lần lưu.');
  if (!ok) process.exitCode = 1;
} finally {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
