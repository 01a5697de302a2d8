import { expect, test } from '@playwright/test';
import { personPage, publicUrl, returnStory, takeDown, writeAndSubmit } from './helpers';

const unique = () => `${Date.now() % 100000}-${Math.random().toString(36).slice(2, 5)}`;

/** Tomorrow's date in Vietnam (UTC+7), as `yyyy-mm-dd` (for the clock) — the date field takes `dd/mm/yyyy`. */
function tomorrowInVietnam(): string {
  return new Date(Date.now() + 7 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10);
}

// The server's clock is moved forward in this spec (e2e/serve.mjs runs it with E2E_CLOCK=1): put it back.
test.afterEach(async ({ request }) => {
  await request.post('/api/e2e/dong-ho', { data: { at: null } });
});

test('an editor’s day: the queue at her level, a return, an approval, a scheduled story, a correction, a takedown', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const id = unique();
  const returned = `Dự án cầu vượt chậm tiến độ ${id}`;
  const approved = `Khai giảng năm học mới ở vùng cao ${id}`;
  const scheduled = `Lịch thi tốt nghiệp năm sau ${id}`;

  // Morning: a reporter sends three stories.
  const reporter = await personPage(browser, 'reporter');
  const returnedUrl = await writeAndSubmit(reporter, { title: returned, section: 'Giáo dục' });
  const approvedUrl = await writeAndSubmit(reporter, { title: approved, section: 'Giáo dục' });
  const scheduledUrl = await writeAndSubmit(reporter, { title: scheduled, section: 'Giáo dục' });

  // The editor finds them at her level, and was told about them.
  const editor = await personPage(browser, 'editor');
  await expect(editor).toHaveURL(/\/desk\/duyet-bai$/);
  const queue = editor.getByRole('region', { name: /Chờ duyệt ở cấp của tôi/ });
  for (const title of [returned, approved, scheduled]) await expect(queue.getByRole('link', { name: title })).toBeVisible();
  await expect(editor.getByTestId('notification-bell')).toHaveAccessibleName(/Thông báo: \d+ chưa đọc/);
  await editor.getByTestId('notification-bell').click();
  await expect(editor.getByTestId('notification').filter({ hasText: `Bài “${approved}” đang chờ bạn duyệt (Biên tập viên).` })).toBeVisible();

  // Her desk searches without diacritics.
  await editor.goto('/desk/bai-viet?ds=cho-toi');
  await editor.getByLabel('Tìm theo tiêu đề').fill(`khai giang nam hoc moi o vung cao ${id}`);
  await editor.getByRole('button', { name: 'Lọc' }).click();
  await expect(editor).toHaveURL(/q=khai/);
  await expect(editor.getByRole('link', { name: approved })).toBeVisible();
  await expect(editor.getByRole('link', { name: returned })).toHaveCount(0);

  // She returns one with a reason, and is told whom it went back to.
  await editor.goto(returnedUrl);
  await returnStory(editor, 'Cần ý kiến của chủ đầu tư về lý do chậm tiến độ.');
  await expect(editor.getByRole('status').filter({ hasText: 'Đã trả bài cho Nguyễn Minh Anh.' })).toBeVisible();

  // She approves another and publishes it now.
  await editor.goto(approvedUrl);
  await editor.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Đã duyệt');
  await expect(editor.getByRole('status').filter({ hasText: 'Đã duyệt cấp 1, bài chờ xuất bản.' })).toBeVisible();
  await editor.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Đã xuất bản');
  // The trail says who signed it off and who published it.
  await expect(editor.getByTestId('signoff-step')).toHaveText([/^Gửi duyệt — Nguyễn Minh Anh/, /^Duyệt \(Biên tập viên\) — Lê Thị Thu Hà/, /^Xuất bản — Lê Thị Thu Hà/]);
  const approvedPublicUrl = await publicUrl(editor);

  // She schedules the third for tomorrow 08:00, Vietnam time, typed as the desk writes dates.
  const tomorrow = tomorrowInVietnam();
  const [y, m, d] = tomorrow.split('-');
  await editor.goto(scheduledUrl);
  await editor.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Đã duyệt');
  await editor.getByLabel(/Hẹn giờ xuất bản/).pressSequentially(`${d}${m}${y}0800`);
  await expect(editor.getByLabel(/Hẹn giờ xuất bản/)).toHaveValue(`${d}/${m}/${y} 08:00`);
  await editor.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  // Its own state: not live yet, so nothing that only a live story has.
  await expect(editor.getByTestId('article-status')).toHaveText(new RegExp(`^Hẹn giờ 08:00 ${d}/${m}(/${y})?$`));
  await expect(editor.getByRole('link', { name: 'Xem trên trang báo' })).toHaveCount(0);
  await expect(editor.getByRole('heading', { name: 'Đính chính' })).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Ghim lên trang nhất' })).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Gỡ bài', exact: true })).toHaveCount(0);
  // The interview runs late: she moves it to 09:30.
  await expect(editor.getByLabel('Giờ xuất bản mới (giờ Việt Nam)')).toHaveValue(`${d}/${m}/${y} 08:00`);
  await editor.getByLabel('Giờ xuất bản mới (giờ Việt Nam)').fill(`${d}/${m}/${y} 09:30`);
  await editor.getByRole('button', { name: 'Đổi giờ' }).click();
  await expect(editor.getByTestId('article-status')).toHaveText(new RegExp(`^Hẹn giờ 09:30 ${d}/${m}(/${y})?$`));
  await expect(editor.getByRole('status').filter({ hasText: `Đã đổi giờ xuất bản sang 09:30 ${d}/${m}` })).toBeVisible();
  await editor.goto('/desk/bai-viet?ds=hen-gio');
  await expect(editor.getByRole('row').filter({ hasText: scheduled }).getByTestId('status')).toHaveText(new RegExp(`^Hẹn giờ 09:30 ${d}/${m}`));

  const reader = await personPage(browser);
  await reader.goto('/giao-duc');
  await expect(reader.getByRole('link', { name: approved })).toBeVisible();
  await expect(reader.getByRole('link', { name: scheduled })).toHaveCount(0);

  // The night passes (the server's clock moves to tomorrow 09:30:30): nobody acts, the story goes live.
  const moved = await request.post('/api/e2e/dong-ho', { data: { at: `${tomorrow}T09:30:30+07:00` } });
  expect(moved.ok()).toBe(true);
  await expect(async () => {
    await reader.goto('/giao-duc');
    await expect(reader.getByRole('link', { name: scheduled })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  // A correction on the story she published, dated on the public page.
  await editor.goto(approvedUrl);
  await editor.getByLabel('Nội dung đính chính').fill('Trường khai giảng ngày 5/9, không phải ngày 4/9 như bản đầu.');
  await editor.getByRole('button', { name: 'Đăng đính chính' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Đã đăng đính chính.' })).toBeVisible();
  await expect(async () => {
    await reader.goto(approvedPublicUrl);
    await expect(reader.getByTestId('correction')).toContainText('Trường khai giảng ngày 5/9', { timeout: 500 });
  }).toPass({ timeout: 3_000 });
  await expect(reader.getByRole('heading', { name: 'Đính chính' })).toBeVisible();
  await expect(reader.getByTestId('correction').locator('time')).toHaveText(/^\d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}$/);

  // She takes it down with a reason: the address answers 410 with the Vietnamese notice.
  await editor.goto(approvedUrl);
  await takeDown(editor, 'Sai thông tin về trường, đang xác minh lại.');
  const gone = await reader.goto(approvedPublicUrl);
  expect(gone?.status()).toBe(410);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Bài viết đã được gỡ');

  // The reporter was told: the returned story with its reason, and the review note on the story.
  await reporter.goto('/desk/thong-bao');
  await expect(reporter.getByTestId('notification').filter({ hasText: `Bài “${returned}” bị trả lại. Lý do: Cần ý kiến của chủ đầu tư` })).toBeVisible();
  await expect(reporter.getByTestId('notification').filter({ hasText: `Bài “${approved}” đã được xuất bản.` })).toBeVisible();
  await reporter.goto('/desk/bai-viet?ds=tra-lai');
  await reporter.getByRole('link', { name: returned }).click();
  await expect(reporter.getByTestId('review-note')).toContainText('Cần ý kiến của chủ đầu tư về lý do chậm tiến độ.');
  await reporter.goto('/desk/thong-bao');
  await reporter.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
  await expect(reporter.getByTestId('notification-bell')).toHaveAccessibleName('Thông báo: không có thông báo mới');
});
