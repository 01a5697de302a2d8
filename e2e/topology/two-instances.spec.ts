import { expect, test } from '@playwright/test';
import pg from 'pg';
import sharp from 'sharp';
import { approveAndPublish, publicUrl, saveStory, takeDown, writeAndSubmit, writeComment } from '../helpers';
import { ask, everyWayOfAsking, staffOnA, timeUntilShown, world } from './world';

// Two instances of one build on one PostgreSQL database, Redis for the shared page cache, s3rver for
// the photos, nginx in front with its one-second micro-cache. The newsroom acts on instance A; a
// reader asks instance B and nginx, for the HTML page and for the RSC payload a client-side
// navigation fetches, every 50 ms. What A did shows on B within a second, and through nginx within
// its one-second micro-cache and the render that refills it (timeUntilShown in world.ts).

const unique = () => `${Date.now() % 1_000_000}`;
const pathOf = (url: string) => new URL(url, 'http://x').pathname;
const shows = (text: string) => (a: { status: number; body: string }) => a.status === 200 && a.body.includes(text);

/**
 * The front page's lead story, as HTML or as the RSC payload: what stands between the page's
 * "Tin chính" heading and the grid of secondary stories ('' when the page is not a 200).
 */
function leadOf(a: { status: number; body: string }) {
  const start = a.body.indexOf('Tin chính');
  const end = a.body.indexOf('border-t border-line pt-6', start);
  return a.status === 200 && start >= 0 && end > start ? a.body.slice(start, end) : '';
}

/** A story written on A by the reporter and published on A by the editor; the editor's page stays on its desk page. */
async function publishedOnA(browser: import('@playwright/test').Browser, title: string, section = 'Xã hội') {
  const reporter = await staffOnA(browser, 'reporter');
  const deskUrl = await writeAndSubmit(reporter, { title, section, lead: `Sapo của bài ${title}.` });
  await reporter.context().close();
  const editor = await staffOnA(browser, 'editor');
  await approveAndPublish(editor, deskUrl);
  return { editor, deskUrl, path: pathOf(await publicUrl(editor)) };
}

/** Every way of asking has the page in its caches (Next's on B, nginx's), so that a change must expire it. */
async function warm(path: string) {
  for (const how of everyWayOfAsking) for (let i = 0; i < 2; i++) expect((await ask(path, how)).status, `${path} ${how.via} ${how.kind}`).toBeLessThan(500);
}

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: world().databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

test('a publish, a live edit, a correction and a takedown on A show on B and through nginx within a second', async ({ browser }) => {
  const id = unique();
  const title = `Phường Phú Lợi khánh thành nhà văn hóa khu phố ${id}`;
  await warm('/');
  await warm('/xa-hoi');
  const { editor, path } = await publishedOnA(browser, title);
  await timeUntilShown('/', shows(title));
  await timeUntilShown('/xa-hoi', shows(title));
  await timeUntilShown(path, shows(title));

  // A live edit: the new headline goes through review, then out.
  const edited = `Phường Phú Lợi khánh thành nhà văn hóa khu phố 3 ${id}`;
  await warm(path);
  await editor.getByLabel('Tiêu đề', { exact: true }).fill(edited);
  await saveStory(editor);
  await editor.getByRole('button', { name: 'Duyệt bản sửa' }).click();
  await expect(editor.getByTestId('pending-edit')).toContainText('đã duyệt, chờ xuất bản');
  await editor.getByRole('button', { name: 'Xuất bản bản sửa' }).click();
  await expect(editor.getByTestId('pending-edit')).toHaveCount(0);
  await timeUntilShown(path, shows(edited));
  await timeUntilShown('/xa-hoi', shows(edited));

  // A correction, dated on the story.
  const correction = `Nhà văn hóa khánh thành sáng thứ Bảy, không phải chủ nhật (${id}).`;
  await editor.getByLabel('Nội dung đính chính').fill(correction);
  await editor.getByRole('button', { name: 'Đăng đính chính' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Đã đăng đính chính.' })).toBeVisible();
  await timeUntilShown(path, shows(correction));

  // Taken down: a document answers 410 Gone (the proxy), a router request the notice page that the
  // expired page now renders; neither the story, and the lists no longer carry it.
  await takeDown(editor, 'Bài trùng với bài đã đăng.');
  await timeUntilShown(path, (a, how) => (how.kind === 'HTML' ? a.status === 410 : a.status === 200) && a.body.includes('Bài viết đã được gỡ') && !a.body.includes(edited));
  await timeUntilShown('/xa-hoi', (a) => a.status === 200 && !a.body.includes(edited));
});

test('a pin and a comment approved on A show on B and through nginx within a second', async ({ browser }) => {
  const id = unique();
  const title = `Tin dẫn trang nhất về mùa nước nổi ${id}`;
  const { editor, path } = await publishedOnA(browser, title, 'Kinh tế');
  // Unpinned, the newest story leads the front page; without a photo, as a text lead.
  await timeUntilShown('/', (a) => leadOf(a).includes(title) && leadOf(a).includes('text-lead'));

  // An older story pinned first takes the lead from it everywhere; unpinned, it gives the lead back.
  const [older] = await query<{ id: number; title: string }>(
    `SELECT id, title FROM articles WHERE status = 'published' AND pinned_rank IS NULL AND title !~ '[&<>"'']' ORDER BY published_at ASC LIMIT 1`,
  );
  await warm('/');
  for (const how of everyWayOfAsking) expect(leadOf(await ask('/', how)), `${how.via} ${how.kind} before the pin`).not.toContain(older.title);
  await editor.goto(`/desk/bai-viet/${older.id}`);
  await editor.getByLabel('Vị trí ghim (1–9)').selectOption('1');
  await editor.getByRole('button', { name: 'Ghim lên trang nhất' }).click();
  await expect(editor.getByText('Đang ghim ở vị trí 1.')).toBeVisible();
  await timeUntilShown('/', (a) => leadOf(a).includes(older.title));
  await editor.getByRole('button', { name: 'Bỏ ghim' }).click();
  await expect(editor.getByText('Bài chưa được ghim.')).toBeVisible();
  await timeUntilShown('/', (a) => leadOf(a).includes(title) && !leadOf(a).includes(older.title));

  // A reader comments on B; the moderator approves it on A.
  const words = `Mùa nước nổi năm nay về sớm, bà con đã kịp chuẩn bị ${id}.`;
  const reader = await browser.newPage({ baseURL: world().b });
  await reader.goto(path);
  await writeComment(reader, { name: 'Chị Tư', body: words });
  await expect(reader.getByRole('status').filter({ hasText: 'chờ duyệt' })).toBeVisible();
  await warm(path);
  expect((await ask(path, { via: 'nginx', kind: 'HTML' })).body).not.toContain(words);
  const moderator = await staffOnA(browser, 'moderator');
  await moderator.goto(`/desk/binh-luan?bai=${path.split('-').pop()}`);
  await moderator.getByTestId('queued-comment').filter({ hasText: words }).getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(moderator.getByRole('status').filter({ hasText: 'Đã duyệt 1 bình luận.' })).toBeVisible();
  await timeUntilShown(path, shows(words));
});

test('a settings change on A shows on every page of B and through nginx within a second', async ({ browser }) => {
  const editorInChief = `Trần Minh Khoa ${unique()}`;
  await warm('/');
  await warm('/the-thao');
  const admin = await staffOnA(browser, 'admin');
  await admin.goto('/desk/cai-dat');
  await admin.getByLabel('Tổng biên tập', { exact: true }).fill(editorInChief);
  await admin.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Đã lưu cài đặt.' })).toBeVisible();
  await timeUntilShown('/', shows(editorInChief));
  await timeUntilShown('/the-thao', shows(editorInChief));
});

test('a photo uploaded on A is served by B and through nginx, the same bytes', async ({ browser }) => {
  const reporter = await staffOnA(browser, 'reporter');
  await reporter.goto('/desk/anh');
  const fileName = `ruong-bac-thang-${unique()}.jpg`;
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#6a994e' } }).jpeg().toBuffer();
  await reporter.getByLabel(/^Chọn ảnh/).setInputFiles({ name: fileName, mimeType: 'image/jpeg', buffer: photo });
  await reporter.getByRole('button', { name: 'Tải ảnh lên' }).click();
  await expect(reporter.getByTestId('upload-result')).toHaveText('Đã tải ảnh lên (1200 × 800).');
  const src = await reporter.getByTestId('media-card').filter({ hasText: fileName }).locator('img').first().getAttribute('src');
  expect(src).toMatch(/^\/media\//);
  const onA = Buffer.from(await (await fetch(new URL(src!, world().a))).arrayBuffer());
  expect(onA.length).toBeGreaterThan(100);
  for (const base of [world().b, world().nginx]) {
    const res = await fetch(new URL(src!, base));
    expect(res.status, base).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\//);
    expect(Buffer.from(await res.arrayBuffer()).equals(onA), base).toBe(true);
  }
});

test('a scheduled story goes live once, with both instances ticking, and shows on both', async ({ browser }) => {
  const title = `Lịch cắt điện luân phiên tuần tới ${unique()}`;
  const reporter = await staffOnA(browser, 'reporter');
  const deskUrl = await writeAndSubmit(reporter, { title, section: 'Xã hội' });
  const editor = await staffOnA(browser, 'editor');
  // Scheduled for two hours from now, typed as a Vietnamese editor types it (Vietnam time, 24-hour).
  const later = new Date(Date.now() + 2 * 3600_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(later)
      .map((p) => [p.type, p.value]),
  );
  await approveAndPublish(editor, deskUrl, `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`);
  const storyId = Number(deskUrl.split('/').pop());
  await warm('/xa-hoi');
  expect((await ask('/xa-hoi', { via: 'B', kind: 'HTML' })).body).not.toContain(title);

  // Its time comes: the scheduled moment is brought to three seconds from now, as if the two hours had passed.
  await query(`UPDATE articles SET published_at = now() + interval '3 seconds' WHERE id = $1 AND go_live_pending`, [storyId]);
  await timeUntilShown('/xa-hoi', shows(title), { B: 12_000, nginx: 12_000 });
  // Both instances tick every 5 s: after two more ticks each, still one claim.
  await new Promise((r) => setTimeout(r, 11_000));
  const claims = await query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'article.wentLive' AND subject_id = $1`, [String(storyId)]);
  expect(claims[0].n).toBe(1);
});

test('a reader never gets a desk page or another person’s state from a cache', async ({ browser }) => {
  const editor = await staffOnA(browser, 'editor');
  const cookies = await editor.context().cookies();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  // Signed-in staff go past nginx's cache, to the desk and to reader pages alike…
  const staffDesk = await fetch(new URL('/desk', world().nginx), { headers: { cookie }, redirect: 'manual' });
  expect(staffDesk.status).toBe(200);
  expect(await staffDesk.text()).toContain('Bàn làm việc');
  const staffFront = await fetch(new URL('/', world().nginx), { headers: { cookie } });
  expect(staffFront.headers.get('x-cache')).toBe('BYPASS');
  // …and what they were given is not what a reader gets right after.
  const readerDesk = await fetch(new URL('/desk', world().nginx), { redirect: 'manual' });
  expect(readerDesk.status).toBe(307);
  expect(readerDesk.headers.get('location')).toContain('/dang-nhap');
  const readerRsc = await fetch(new URL('/desk?_rsc=', world().nginx), { headers: { RSC: '1' }, redirect: 'manual' });
  expect(readerRsc.status).toBe(307);
  // The sign-in page sets a cookie: never stored, so never handed to the next reader.
  for (let i = 0; i < 2; i++) expect((await fetch(new URL('/dang-nhap', world().nginx))).headers.get('x-cache')).toBeNull();

  // One reader's comment waiting for moderation is hers alone: the next reader's page does not carry it.
  const title = `Chợ đêm mở lại sau sửa chữa ${unique()}`;
  const { path } = await publishedOnA(browser, title);
  const words = `Chợ đêm đông vui trở lại ${unique()}`;
  const first = await browser.newPage({ baseURL: world().nginx });
  await first.goto(path);
  await writeComment(first, { name: 'Anh Bảy', body: words });
  await expect(first.getByRole('status').filter({ hasText: 'chờ duyệt' })).toBeVisible();
  const second = await browser.newPage({ baseURL: world().nginx });
  await second.goto(path);
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(second.getByText(words)).toHaveCount(0);
  await expect(second.getByRole('status').filter({ hasText: 'chờ duyệt' })).toHaveCount(0);
});

// Last: it stops this suite's Redis.
test('with Redis stopped mid-run, pages are still served without a 5xx, and a publish on A still reaches B', async ({ browser }) => {
  const paths = ['/', '/xa-hoi', '/the-thao', '/rss.xml', '/sitemap.xml', '/tim-kiem?q=cho+dem'];
  for (const p of paths) await warm(p);
  process.kill(world().redisPid, 'SIGKILL');
  const statuses: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const p of paths) for (const how of everyWayOfAsking) statuses.push((await ask(p, how)).status);
    for (const base of [world().a, world().b]) statuses.push((await fetch(new URL('/', base))).status);
  }
  expect(statuses.filter((s) => s >= 500)).toEqual([]);

  const title = `Bản tin khi bộ nhớ đệm chung ngừng ${unique()}`;
  await publishedOnA(browser, title);
  await timeUntilShown('/xa-hoi', shows(title));
});
