import { type Page, expect, test } from '@playwright/test';
import { approveAndPublish, personPage, saveStory, typeBody } from './helpers';

const unique = () => `${Date.now() % 100000}-${Math.random().toString(36).slice(2, 5)}`;
const DAY = 24 * 3600_000;

/** A day in Vietnam (UTC+7) `days` from now: `{ iso: yyyy-mm-dd, vn: dd/mm/yyyy }`. */
function vietnamDay(days: number) {
  const iso = new Date(Date.now() + 7 * 3600_000 + days * DAY).toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return { iso, vn: `${d}/${m}/${y}` };
}

/** The weekly report's row of a person, as numbers by column. */
async function reportRow(page: Page, name: string) {
  await page.goto('/desk/de-tai/bao-cao');
  const row = page.getByTestId('report-people').locator(`tr[data-row="${name}"]`);
  if ((await row.count()) === 0) return { proposed: 0, approved: 0, delivered: 0, published: 0, late: 0 };
  const cell = async (col: string) => Number(await row.locator(`td[data-col="${col}"]`).innerText());
  return { proposed: await cell('proposed'), approved: await cell('approved'), delivered: await cell('delivered'), published: await cell('published'), late: await cell('late') };
}

// This spec moves the server's clock (e2e/serve.mjs runs it with E2E_CLOCK=1): put it back.
test.afterEach(async ({ request }) => {
  await request.post('/api/e2e/dong-ho', { data: { at: null } });
});

test('a planning day: a reporter proposes, the thư ký approves and assigns, the story is written from the topic, published, and counted', async ({ browser }) => {
  test.setTimeout(180_000);
  const id = unique();
  const title = `Làng nghề bánh tráng vào mùa Tết ${id}`;
  const reporterName = 'Nguyễn Minh Anh';
  const tomorrow = vietnamDay(1);

  const editor = await personPage(browser, 'editor');
  const before = await reportRow(editor, reporterName);

  // Morning: the reporter proposes a topic for tomorrow's paper.
  const reporter = await personPage(browser, 'reporter');
  await reporter.goto('/desk/de-tai');
  await reporter.getByRole('link', { name: 'Đề xuất đề tài' }).click();
  await reporter.getByLabel('Tên đề tài (tạm)').fill(title);
  await reporter.getByLabel('Hướng khai thác').fill('Một ngày ở lò bánh tráng: giá bột, nhân công, đơn hàng Tết.');
  await reporter.getByLabel('Chuyên mục').selectOption({ label: 'Kinh tế' });
  await reporter.getByLabel('Ngày dự kiến đăng').fill(tomorrow.vn);
  await reporter.getByLabel('Ảnh, video cần có').fill('Ảnh phơi bánh lúc sáng sớm');
  await reporter.getByLabel('Nguồn tin, nhân vật').fill('Chủ lò, hợp tác xã');
  await reporter.getByRole('button', { name: 'Gửi đề xuất' }).click();
  await expect(reporter).toHaveURL(/\/desk\/de-tai\/\d+\?moi=1$/);
  await expect(reporter.getByTestId('topic-status')).toHaveText('Đề xuất');
  const topicUrl = reporter.url().replace(/\?moi=1$/, '');

  // The thư ký (the editor, by default) is told, approves it and gives it a deadline.
  await editor.goto('/desk/thong-bao');
  await editor.getByRole('link', { name: `Đề tài mới chờ duyệt: “${title}”.` }).click();
  await expect(editor).toHaveURL(topicUrl);
  await editor.getByRole('button', { name: 'Duyệt đề tài' }).click();
  await expect(editor.getByTestId('topic-status')).toHaveText('Đã duyệt');
  await editor.getByLabel('Hạn nộp bài', { exact: true }).fill(`${tomorrow.vn} 17:00`);
  await editor.getByRole('button', { name: 'Giao đề tài' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Đã giao đề tài.' })).toBeVisible();
  await expect(editor.getByText(`${tomorrow.vn} - 17:00`)).toBeVisible();

  // The reporter reads the approval at the bell, and writes the story from the topic.
  await reporter.goto('/desk/thong-bao');
  await expect(reporter.getByTestId('notification').filter({ hasText: `Đề tài “${title}” đã được duyệt.` })).toBeVisible();
  await reporter.goto(topicUrl);
  await reporter.getByRole('button', { name: 'Viết bài' }).click();
  await expect(reporter).toHaveURL(/\/desk\/bai-viet\/\d+$/);
  const deskUrl = reporter.url();
  await expect(reporter.getByLabel('Tiêu đề', { exact: true })).toHaveValue(title);
  await expect(reporter.getByLabel('Chuyên mục')).toHaveValue(/\d+/);
  await reporter.getByLabel('Sapo').fill('Những ngày cuối năm, làng nghề đỏ lửa từ 3 giờ sáng.');
  await typeBody(reporter, 'Đoạn mở đầu về lò bánh.\n\nĐoạn hai: đơn hàng Tết tăng gấp đôi.');
  await saveStory(reporter);
  await reporter.goto(topicUrl);
  await expect(reporter.getByTestId('topic-status')).toHaveText('Đang viết');
  await reporter.getByTestId('topic-story').click();
  await reporter.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(reporter.getByTestId('article-status')).toHaveText('Chờ duyệt');
  await reporter.goto(topicUrl);
  await expect(reporter.getByTestId('topic-status')).toHaveText('Đã nộp');

  // An editor publishes; the board shows the topic as published (it follows its story).
  await approveAndPublish(editor, deskUrl);
  await editor.goto(topicUrl);
  await expect(editor.getByTestId('topic-status')).toHaveText('Đã đăng');
  await expect(editor.getByTestId('topic-history')).toContainText('Xuất bản');
  await editor.getByRole('main').getByRole('link', { name: 'Kế hoạch đề tài' }).click();
  const card = editor.getByTestId('topic-card').filter({ hasText: title });
  await expect(card.getByTestId('topic-status')).toHaveText('Đã đăng');
  await expect(editor.locator(`section[data-day="${tomorrow.iso}"]`).getByTestId('topic-card').filter({ hasText: title })).toBeVisible();
  // Filtered to published topics of the section: it stays; filtered to proposals: it goes.
  await editor.getByLabel('Trạng thái').selectOption({ label: 'Đã đăng' });
  await editor.getByLabel('Chuyên mục').selectOption({ label: 'Kinh tế' });
  await editor.getByRole('button', { name: 'Lọc' }).click();
  await expect(editor).toHaveURL(/trang-thai=da-dang/);
  await expect(card).toBeVisible();
  await editor.getByLabel('Trạng thái').selectOption({ label: 'Đề xuất' });
  await editor.getByRole('button', { name: 'Lọc' }).click();
  await expect(editor).toHaveURL(/trang-thai=de-xuat/);
  await expect(card).toHaveCount(0);

  // The weekly report counts it for the reporter: proposed, approved, delivered and published this week.
  const after = await reportRow(editor, reporterName);
  expect(after).toEqual({ ...before, proposed: before.proposed + 1, approved: before.approved + 1, delivered: before.delivered + 1, published: before.published + 1 });
  await expect(editor.getByTestId('report-sections')).toBeVisible();
  const csv = await editor.request.get('/desk/de-tai/bao-cao/tai-ve');
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('Phóng viên;Đề xuất;Được duyệt;Đã nộp;Đã đăng;Trễ hạn');
  expect(text).toContain(`${reporterName};${after.proposed};${after.approved};${after.delivered};${after.published};${after.late}`);

  // The reporter sees their own row only.
  await reporter.goto('/desk/de-tai/bao-cao');
  await expect(reporter.getByTestId('report-people').locator('tbody tr')).toHaveCount(1);
  await expect(reporter.getByTestId('report-people').locator(`tr[data-row="${reporterName}"]`)).toBeVisible();
  await expect(reporter.getByTestId('report-sections')).toHaveCount(0);
  await reporter.context().close();
  await editor.context().close();

  // Screenshots of the board and the report for the record (looked at by hand).
  for (const [name, options] of [
    ['desktop', { viewport: { width: 1366, height: 768 } }],
    ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ] as const) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto('/dang-nhap');
    await page.getByLabel('Email').fill('bientap@toasoan.test');
    await page.getByLabel('Mật khẩu').fill('ToaSoan@2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).toHaveURL(/\/desk/);
    await page.goto(`/desk/de-tai?tuan=${tomorrow.iso}`);
    await page.screenshot({ path: test.info().outputPath(`board-${name}.png`), fullPage: true });
    await page.goto('/desk/de-tai/bao-cao');
    await page.screenshot({ path: test.info().outputPath(`report-${name}.png`), fullPage: true });
    if (name === 'desktop') {
      // On paper: the desk's header and the report's controls are left out, the tables stay.
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByRole('button', { name: 'In báo cáo' })).toBeHidden();
      await expect(page.getByTestId('report-people')).toBeVisible();
      await page.screenshot({ path: test.info().outputPath('report-print.png'), fullPage: true });
      const pdf = await page.pdf({ path: test.info().outputPath('report.pdf'), format: 'A4', printBackground: true });
      // One A4 page for a week's report of a small newsroom (no blank page spilled after it).
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    }
    await context.close();
  }
});

test('the thư ký assigns a topic with a deadline; when it passes undelivered, the board marks it overdue and the reporter is told', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const title = `Chợ hoa xuân bến Bình Đông ${unique()}`;
  const tomorrow = vietnamDay(1);

  const editor = await personPage(browser, 'editor');
  await editor.goto('/desk/de-tai/moi');
  await editor.getByLabel('Tên đề tài (tạm)').fill(title);
  await editor.getByLabel('Chuyên mục').selectOption({ label: 'Văn hóa' });
  await editor.getByLabel('Ngày dự kiến đăng').fill(tomorrow.vn);
  await editor.getByRole('checkbox', { name: /Nguyễn Minh Anh/ }).check();
  // A deadline in the past is refused with the reason under the field, and nothing typed is lost.
  await editor.getByLabel('Hạn nộp bài').fill(`${vietnamDay(-1).vn} 08:00`);
  await editor.getByRole('button', { name: 'Lưu đề tài' }).click();
  await expect(editor.getByText('Hạn nộp phải sau lúc này.').first()).toBeVisible();
  await expect(editor.getByLabel('Tên đề tài (tạm)')).toHaveValue(title);
  await editor.getByLabel('Hạn nộp bài').fill(`${tomorrow.vn} 17:00`);
  await editor.getByRole('button', { name: 'Lưu đề tài' }).click();
  await expect(editor).toHaveURL(/\/desk\/de-tai\/\d+\?moi=1$/);
  await expect(editor.getByTestId('topic-status')).toHaveText('Đã duyệt');

  const reporter = await personPage(browser, 'reporter');
  await reporter.goto('/desk/thong-bao');
  await expect(reporter.getByTestId('notification').filter({ hasText: `Bạn được giao đề tài “${title}”, hạn nộp 17:00` })).toBeVisible();

  // Two days later, nothing handed in: overdue on the board (marked), and the reporter is told once.
  const later = vietnamDay(2).iso;
  expect((await request.post('/api/e2e/dong-ho', { data: { at: `${later}T09:00:00+07:00` } })).ok()).toBe(true);
  await editor.goto(`/desk/de-tai?tuan=${tomorrow.iso}&trang-thai=qua-han`);
  const card = editor.getByTestId('topic-card').filter({ hasText: title });
  await expect(card.getByTestId('topic-status')).toHaveText('Quá hạn');
  await expect(card).toContainText(`Quá hạn: 17:00 ${tomorrow.vn.slice(0, 5)}`);
  await reporter.goto('/desk/thong-bao');
  await reporter.goto('/desk/thong-bao');
  await expect(reporter.getByTestId('notification').filter({ hasText: `Đề tài “${title}” đã quá hạn nộp` })).toHaveCount(1);

  // On a phone the board is a column of cards, nothing wider than the screen.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill('phongvien@toasoan.test');
  await page.getByLabel('Mật khẩu').fill('ToaSoan@2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/desk/);
  await page.goto(`/desk/de-tai?tuan=${tomorrow.iso}`);
  const phoneCard = page.getByTestId('topic-card').filter({ hasText: title });
  await expect(phoneCard.getByTestId('topic-status')).toHaveText('Quá hạn');
  const box = await phoneCard.boundingBox();
  expect(box!.width).toBeGreaterThan(300);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: test.info().outputPath('board-phone-overdue.png'), fullPage: true });
  await phone.close();
  await reporter.context().close();
  await editor.context().close();
});
