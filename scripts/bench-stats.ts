// `npm run bench:stats`: the desk's statistics at a big paper's size. Loads 100,000 stories (one every
// 14 minutes, about three years), 10,000,000 hourly read counters (each story read over its first 100
// hours, the source changing hour by hour), credit lines, sign-off trails and moderated comments, all
// with generate_series; folds the completed days (lib/stats/rollup.ts), then times every statistics
// read, and each page's reads together, many times and prints p50/p95 in milliseconds.
// PGlite in a fresh data dir under $TMPDIR by default; the PostgreSQL of TEST_DATABASE_URL (or
// DATABASE_URL) when given — an empty database of its own: the bench adds 10 million rows to it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { closeDatabase, getDb, installDatabase, rowsOf } from '@/db/client';
import { openDatabase } from '@/db/open';
import { now as clockNow } from '@/lib/clock';
import { vietnamIsoDay } from '@/lib/dates';
import { getModerationTimes, getNewsroomFigures, getNewsroomOutput, getReturnFigures, getSignoffTimes } from '@/lib/stats/newsroom';
import { addDays, type DayRange, presetRange } from '@/lib/stats/range';
import { foldCompletedDays } from '@/lib/stats/rollup';
import { getReaderOverview, getSourcesPerDay, getStoryReads, listPeopleByViews, listSectionsByViews, listStoriesByViews } from '@/lib/stats/views';

const STORIES = Number(process.env.BENCH_STORIES ?? 100_000);
const HOURS_PER_STORY = 100; // 100,000 × 100 = 10,000,000 hourly rows
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const ms = (t0: number) => performance.now() - t0;

async function step<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  console.log(`  ${label}: ${(ms(t0) / 1000).toFixed(1)} s`);
  return out;
}

async function load(now: Date) {
  const db = await getDb();
  const [{ n }] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from articles`));
  if (Number(n) > 0) throw new Error('Cơ sở dữ liệu đã có bài viết: hãy chạy bench trên một cơ sở dữ liệu trống.');
  await step('người viết, chuyên mục', async () => {
    await db.execute(sql`insert into users (email, name, role, password_hash)
      select 'pv' || i || '@bench.test', 'Phóng viên ' || i, 'reporter', 'x' from generate_series(1, 200) i`);
    await db.execute(sql`insert into users (email, name, role, password_hash) values ('bientap@bench.test', 'Biên tập', 'editor', 'x')`);
    await db.execute(sql`insert into sections (slug, name, position) select 'muc-' || i, 'Chuyên mục ' || i, i from generate_series(1, 12) i`);
  });
  await step(`${STORIES.toLocaleString('vi-VN')} bài`, () =>
    db.execute(sql`
      insert into articles (slug, title, body, section_id, author_id, status, published_at, publish_at, created_at)
      select 'bai-' || i, 'Bài số ' || i, '{"type":"doc","content":[]}'::jsonb,
        (select min(id) from sections) + i % 12, (select min(id) from users) + i % 200, 'published',
        ${now}::timestamptz - interval '100 hours' - i * interval '14 minutes',
        ${now}::timestamptz - interval '100 hours' - i * interval '14 minutes',
        ${now}::timestamptz - interval '110 hours' - i * interval '14 minutes'
      from generate_series(1, ${STORIES}) i`),
  );
  await step('dòng tác giả', () =>
    db.execute(sql`insert into article_credits (article_id, slug, name) select id, 'nguoi-' || id % 300, 'Người viết ' || id % 300 from articles`),
  );
  await step(`${(STORIES * HOURS_PER_STORY).toLocaleString('vi-VN')} dòng lượt đọc theo giờ`, async () => {
    // In slices, so neither database holds one huge statement's worth of work at once.
    // Without its indexes while loading: building them once afterwards is many times faster.
    await db.execute(sql`alter table article_views drop constraint article_views_article_id_hour_source_pk`);
    await db.execute(sql`drop index article_views_hour_idx`);
    const slice = 10_000;
    for (let from = 0; from < STORIES; from += slice) {
      await db.execute(sql`
        insert into article_views (article_id, hour, source, views)
        select a.id, date_trunc('hour', a.published_at) + k * interval '1 hour',
          (array['search', 'social', 'zalo', 'direct', 'internal', 'other'])[1 + (a.id + k) % 6],
          1 + (a.id * 7 + k * 37) % 60
        from (select id, published_at from articles order by id offset ${from} limit ${slice}) a, generate_series(0, ${HOURS_PER_STORY - 1}) k`);
    }
    await db.execute(sql`alter table article_views add constraint article_views_article_id_hour_source_pk primary key (article_id, hour, source)`);
    await db.execute(sql`create index article_views_hour_idx on article_views (hour)`);
  });
  await step('dấu vết duyệt bài (gửi, trả, duyệt, xuất bản)', async () => {
    await db.execute(sql`
      insert into audit_log (actor_id, action, subject_type, subject_id, before, after, at)
      select a.author_id, 'article.submit', 'article', a.id::text, null::jsonb, null::jsonb, a.published_at - interval '9 hours' - (a.id % 7) * interval '1 hour' from articles a
      union all
      select a.author_id, 'article.return', 'article', a.id::text, '{"reviewLevel":1}'::jsonb, null::jsonb, a.published_at - interval '8 hours' from articles a where a.id % 5 = 0
      union all
      select a.author_id, 'article.submit', 'article', a.id::text, null::jsonb, null::jsonb, a.published_at - interval '7 hours' from articles a where a.id % 5 = 0
      union all
      select null::int, 'article.approve', 'article', a.id::text, '{"reviewLevel":1}'::jsonb, null, a.published_at - interval '3 hours' - (a.id % 3) * interval '1 hour' from articles a
      union all
      select null::int, 'article.approve', 'article', a.id::text, '{"reviewLevel":2}'::jsonb, null, a.published_at - interval '1 hours' - (a.id % 4) * interval '10 minutes' from articles a
      union all
      select null::int, 'article.publish', 'article', a.id::text, null, null, a.published_at from articles a
      order by 7`);
  });
  await step('bình luận đã kiểm duyệt', () =>
    db.execute(sql`
      insert into comments (article_id, author_name, body, status, moderated_by, moderated_at, created_at)
      select a.id, 'Bạn đọc', 'Ý kiến', (array['approved', 'rejected', 'spam'])[1 + a.id % 3]::comment_status, (select min(id) from users),
        a.published_at + interval '2 hours' + (a.id % 90) * interval '1 minute', a.published_at + interval '2 hours'
      from articles a`),
  );
  await step('ANALYZE', () => db.execute(sql`analyze`));
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

async function time(label: string, fn: () => Promise<unknown>) {
  await fn(); // warm
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(ms(t0));
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 0.95);
  console.log(`  ${label.padEnd(44)} p50 ${percentile(times, 0.5).toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms${p95 > 300 ? '   > 300 ms' : ''}`);
  return p95;
}

async function main() {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  // BENCH_DATA_DIR keeps the PGlite data: loaded on the first run, only timed on the next ones (the
  // load takes many minutes; the timing is what a quiet machine should repeat).
  const keptDir = url ? null : (process.env.BENCH_DATA_DIR ?? null);
  const dataDir = url ? null : (keptDir ?? fs.mkdtempSync(path.join(process.env.TMPDIR ?? os.tmpdir(), 'bench-stats-')));
  installDatabase(await openDatabase(url ? { url } : { dataDir: path.join(dataDir!, 'db') }));
  console.log(`Thống kê tòa soạn: ${url ? 'PostgreSQL' : `PGlite (${dataDir})`}, ${STORIES.toLocaleString('vi-VN')} bài, ${(STORIES * HOURS_PER_STORY).toLocaleString('vi-VN')} dòng lượt đọc theo giờ`);
  try {
    const db = await getDb();
    const now = clockNow();
    const [{ n }] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from articles`));
    if (keptDir && Number(n) > 0) {
      console.log(`Dữ liệu đã nạp từ lần trước (${Number(n).toLocaleString('vi-VN')} bài): chỉ đo.`);
    } else {
      console.log('Nạp dữ liệu:');
      await load(now);
    }
    const { folded } = await step('gộp lượt đọc theo ngày (các ngày chưa gộp)', () => foldCompletedDays({ now }));
    console.log(`  (${folded.length} ngày đã gộp)`);
    await step('gộp lại lần nữa (không còn ngày nào)', () => foldCompletedDays({ now }));

    const [{ editor, reporter, story }] = rowsOf<{ editor: number; reporter: number; story: number }>(
      await db.execute(sql`
        select (select id from users where role = 'editor' limit 1) as editor, (select min(id) from users where role = 'reporter') as reporter,
          (select id from articles order by published_at desc limit 1) as story`),
    );
    const editorActor = { id: Number(editor), role: 'editor' as const };
    const reporterActor = { id: Number(reporter), role: 'reporter' as const };
    const today = vietnamIsoDay(now);
    const ranges: [string, DayRange][] = [
      ['7 ngày', presetRange('7', now)],
      ['30 ngày', presetRange('30', now)],
      ['tháng này', presetRange('thang', now)],
      ['90 ngày', { from: addDays(today, -89), to: today }],
    ];
    let worst = 0;
    for (const [name, range] of ranges) {
      console.log(`Khoảng ${name} (${range.from} – ${range.to}), ${RUNS} lần mỗi phép đọc:`);
      const a = { actor: editorActor, range };
      const reads: [string, () => Promise<unknown>][] = [
        ['tổng quan (getReaderOverview)', () => getReaderOverview(a)],
        ['nguồn theo ngày (getSourcesPerDay)', () => getSourcesPerDay(a)],
        ['bài đọc nhiều (listStoriesByViews)', () => listStoriesByViews(a)],
        ['chuyên mục (listSectionsByViews)', () => listSectionsByViews(a)],
        ['người viết (listPeopleByViews)', () => listPeopleByViews(a)],
        ['một bài theo giờ (getStoryReads)', () => getStoryReads({ ...a, articleId: Number(story) })],
        ['sản lượng (getNewsroomOutput)', () => getNewsroomOutput(a)],
        ['thời gian duyệt (getSignoffTimes)', () => getSignoffTimes(a)],
        ['trả bài (getReturnFigures)', () => getReturnFigures(a)],
        ['kiểm duyệt (getModerationTimes)', () => getModerationTimes(a)],
        ['phóng viên: số liệu của mình (tổng quan)', () => getReaderOverview({ actor: reporterActor, range })],
        // The page shows ten of the hundred its table reads (app/(desk)/desk/thong-ke/page.tsx, lib/stats/tables.ts).
        ['trang Tổng quan (các phép đọc cùng lúc)', () => Promise.all([getReaderOverview(a), listStoriesByViews({ ...a, limit: 100 })])],
        ['cả ba số liệu duyệt bài (getNewsroomFigures)', () => getNewsroomFigures(a)],
        // What the page reads (lib/stats/tables.ts): the three figures from one walk over the trail.
        ['trang Tòa soạn (các phép đọc cùng lúc)', () => Promise.all([getNewsroomFigures(a), getModerationTimes(a)])],
      ];
      for (const [label, fn] of reads) worst = Math.max(worst, await time(label, fn));
    }
    console.log(`p95 lớn nhất: ${worst.toFixed(1)} ms (${worst <= 300 ? 'đạt' : 'KHÔNG đạt'} ngưỡng 300 ms)`);
  } finally {
    await closeDatabase();
    if (dataDir && !keptDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
