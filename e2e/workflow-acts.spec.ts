import { expect, test } from '@playwright/test';
import { personPage, signIn, writeAndSubmit } from './helpers';

const unique = () => `${Date.now() % 100000}-${Math.random().toString(36).slice(2, 5)}`;

test('a reporter takes back a story she sent too soon, and the editor is no longer asked to review it', async ({ browser }) => {
  const title = `Giá rau tăng sau mưa lớn ${unique()}`;
  const reporter = await personPage(browser, 'reporter');
  const deskUrl = await writeAndSubmit(reporter, { title, section: 'Kinh tế' });

  const editor = await personPage(browser, 'editor');
  await editor.goto('/desk/duyet-bai');
  await expect(editor.getByRole('link', { name: title })).toBeVisible();

  await reporter.getByRole('button', { name: 'Rút bài' }).click();
  await expect(reporter.getByTestId('article-status')).toHaveText('Bản nháp');
  await expect(reporter.getByRole('status').filter({ hasText: 'Đã rút bài về bản nháp.' })).toBeVisible();
  // Hers to edit again, and to send again when ready.
  await expect(reporter.getByLabel('Tiêu đề', { exact: true })).toHaveValue(title);
  await expect(reporter.getByRole('button', { name: 'Gửi duyệt' })).toBeVisible();

  await editor.reload();
  await expect(editor.getByRole('link', { name: title })).toHaveCount(0);
  // The notice that it waited for her is no longer news.
  await editor.goto('/desk/thong-bao');
  const notice = editor.getByTestId('notification').filter({ hasText: title });
  await expect(notice).toHaveCount(1);
  await expect(notice).not.toHaveAttribute('data-unread', 'true');
  expect(deskUrl).toMatch(/\/desk\/bai-viet\/\d+$/);
});

test('an editor whose browser speaks English schedules on the calendar, cancels, and trashes only after confirming', async ({ browser }) => {
  test.setTimeout(90_000);
  const title = `Hội chợ nông sản cuối tuần ${unique()}`;
  const reporter = await personPage(browser, 'reporter');
  const deskUrl = await writeAndSubmit(reporter, { title, section: 'Kinh tế' });

  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'America/New_York' });
  const editor = await context.newPage();
  await signIn(editor, 'editor');
  await editor.goto(deskUrl);
  await editor.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Đã duyệt');

  // The field reads dd/mm/yyyy and 24-hour time whatever the browser's language.
  const when = editor.getByLabel(/Hẹn giờ xuất bản/);
  await expect(when).toHaveAttribute('placeholder', 'dd/mm/yyyy hh:mm');
  await editor.getByRole('button', { name: 'Chọn ngày trên lịch' }).click();
  await editor.getByRole('button', { name: 'Tháng sau' }).click();
  const month = await editor.getByRole('group', { name: 'Lịch' }).getByText(/^Tháng \d+\/\d{4}$/).textContent();
  const [, mm, yyyy] = /^Tháng (\d+)\/(\d{4})$/.exec(month!)!;
  const day = `15/${mm.padStart(2, '0')}/${yyyy}`;
  await editor.getByRole('button', { name: day }).click();
  await expect(when).toHaveValue(`${day} 08:00`);
  // A 12-hour time is refused in words, not read as 09:05.
  await when.fill(`${day} 9:05 PM`);
  await editor.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  expect(await when.evaluate((el: HTMLInputElement) => el.validationMessage)).toBe('Hãy gõ theo dạng dd/mm/yyyy hh:mm (giờ 24, giờ Việt Nam).');
  await expect(editor.getByTestId('article-status')).toHaveText('Đã duyệt');
  await when.fill(`${day} 21:05`);
  await editor.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  await expect(editor.getByTestId('article-status')).toHaveText(new RegExp(`^Hẹn giờ 21:05 15/${mm.padStart(2, '0')}`));

  // Plans change: the schedule is cancelled, the story waits for a publisher again.
  await editor.getByRole('button', { name: 'Hủy hẹn giờ' }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Đã duyệt');
  await expect(editor.getByRole('status').filter({ hasText: 'Đã hủy hẹn giờ, bài trở lại chờ xuất bản.' })).toBeVisible();

  // The trash asks first.
  await editor.getByRole('button', { name: 'Chuyển vào thùng rác' }).click();
  await expect(editor.getByText('Chuyển bài vào thùng rác?')).toBeVisible();
  await editor.getByRole('button', { name: 'Thôi' }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Đã duyệt');
  await editor.getByRole('button', { name: 'Chuyển vào thùng rác' }).click();
  await editor.getByRole('button', { name: 'Chuyển vào thùng rác' }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Thùng rác');

  // The desk's filters take days the same way.
  await editor.goto('/desk/bai-viet?ds=cua-toi');
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10).split('-').reverse().join('/');
  await editor.getByLabel('Từ ngày').pressSequentially(today.replaceAll('/', ''));
  await expect(editor.getByLabel('Từ ngày')).toHaveValue(today);
  await editor.getByRole('button', { name: 'Lọc' }).click();
  await expect(editor).toHaveURL(/tu=\d{2}%2F\d{2}%2F\d{4}/);
  await expect(editor.getByLabel('Từ ngày')).toHaveValue(today);
});
