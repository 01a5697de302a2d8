import { expect, test } from '@playwright/test';
import { personPage, saveStory, typeBody, writeComment } from './helpers';

// The whole chain of one story: a reporter writes it, an editor publishes it, a reader finds it and
// comments, a moderator approves the comment, and the reader sees it.
test('a story goes from the reporter’s draft to a reader’s approved comment', async ({ browser }) => {
  const title = `Thành phố khai trương tuyến xe buýt điện số ${Date.now() % 100000}`;

  const reporter = await personPage(browser, 'reporter');
  await expect(reporter).toHaveURL(/\/desk\/bai-viet$/);
  await reporter.getByRole('link', { name: 'Viết bài mới' }).click();
  await reporter.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await reporter.getByLabel('Sapo').fill('Tuyến xe buýt điện đầu tiên nối trung tâm với khu công nghiệp.');
  await reporter.getByLabel('Chuyên mục').selectOption({ label: 'Xã hội' });
  await typeBody(reporter, 'Sáng nay, tuyến xe buýt điện đầu tiên chính thức lăn bánh.\n\nGiá vé 7.000 đồng mỗi lượt.');
  await saveStory(reporter);
  await expect(reporter).toHaveURL(/\/desk\/bai-viet\/\d+$/);
  await expect(reporter.getByTestId('article-status')).toHaveText('Bản nháp');
  await expect(reporter.getByRole('button', { name: 'Xuất bản' })).toHaveCount(0);
  await reporter.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(reporter.getByTestId('article-status')).toHaveText('Chờ duyệt');

  const editor = await personPage(browser, 'editor');
  await expect(editor).toHaveURL(/\/desk\/duyet-bai$/);
  await editor.getByRole('link', { name: title }).click();
  await editor.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Đã duyệt');
  await editor.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Đã xuất bản');

  const reader = await personPage(browser);
  await reader.goto('/');
  await reader.getByRole('link', { name: title }).first().click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(reader.getByTestId('lead')).toHaveText(/^TS\.VN - Tuyến xe buýt điện/);
  await expect(reader.locator('time').first()).toHaveText(/^\d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}$/);

  const comment = `Rất mong có thêm tuyến về huyện ${Date.now() % 1000}.`;
  await writeComment(reader, { name: 'Trần Thị Mai', body: comment });
  await expect(reader.getByRole('status').filter({ hasText: 'chờ duyệt' })).toBeVisible();
  await reader.reload();
  await expect(reader.getByText(comment)).toHaveCount(0);

  const moderator = await personPage(browser, 'moderator');
  await expect(moderator).toHaveURL(/\/desk\/binh-luan$/);
  const queued = moderator.getByTestId('queued-comment').filter({ hasText: comment });
  await queued.getByRole('button', { name: 'Duyệt' }).click();
  await expect(moderator.getByTestId('queued-comment').filter({ hasText: comment })).toHaveCount(0);

  // Shown on the next page view (the server repeats the expiry half a second later, in case a render
  // was under way): allow for that half second.
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByTestId('comment').filter({ hasText: comment })).toContainText('Trần Thị Mai', { timeout: 500 });
  }).toPass({ timeout: 3_000 });
});

test('an editor returns a story with a reason the reporter then reads', async ({ browser }) => {
  const title = `Bài cần bổ sung số liệu ${Date.now() % 100000}`;
  const reporter = await personPage(browser, 'reporter');
  await reporter.goto('/desk/bai-viet/moi');
  await reporter.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await reporter.getByLabel('Chuyên mục').selectOption({ label: 'Kinh tế' });
  await typeBody(reporter, 'Sản lượng tăng mạnh.');
  await saveStory(reporter);
  await reporter.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(reporter.getByTestId('article-status')).toHaveText('Chờ duyệt');
  const storyUrl = reporter.url();

  const editor = await personPage(browser, 'editor');
  await editor.goto(storyUrl);
  // The reason box opens only when she chooses to return it, and it will not go empty.
  await expect(editor.getByLabel('Lý do (trả bài)')).toHaveCount(0);
  await editor.getByRole('button', { name: 'Trả bài', exact: true }).click();
  await editor.getByRole('button', { name: 'Gửi trả bài' }).click();
  expect(await editor.getByLabel('Lý do (trả bài)').evaluate((el: HTMLTextAreaElement) => el.validity.valueMissing)).toBe(true);
  await expect(editor.getByTestId('article-status')).toHaveText('Chờ duyệt');
  await editor.getByLabel('Lý do (trả bài)').fill('Cần số liệu sản lượng cụ thể theo từng xã.');
  await editor.getByRole('button', { name: 'Gửi trả bài' }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Bị trả lại');
  await expect(editor.getByRole('status').filter({ hasText: 'Đã trả bài cho Nguyễn Minh Anh.' })).toBeVisible();

  // The reporter reads why at the top of the story.
  await reporter.reload();
  await expect(reporter.getByTestId('article-status')).toHaveText('Bị trả lại');
  await expect(reporter.getByTestId('returned-banner')).toHaveText(
    /^Bị trả lại — Lê Thị Thu Hà, \d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}:\s*Cần số liệu sản lượng cụ thể theo từng xã\.$/,
  );
  await expect(reporter.getByTestId('review-note')).toContainText('Cần số liệu sản lượng cụ thể theo từng xã.');
  await expect(reporter.getByRole('button', { name: 'Gửi duyệt' })).toBeVisible();
});

test('a reporter who forges a publish request is refused by the server', async ({ browser }) => {
  const reporter = await personPage(browser, 'reporter');
  await reporter.goto('/desk/bai-viet/moi');
  await reporter.getByLabel('Tiêu đề', { exact: true }).fill(`Bài thử quyền xuất bản ${Date.now() % 100000}`);
  await reporter.getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });
  await saveStory(reporter);
  await expect(reporter.getByTestId('article-status')).toHaveText('Bản nháp');
  await expect(reporter.getByRole('button', { name: 'Xuất bản' })).toHaveCount(0);
  // Call the workflow action directly with move=publish, as a crafted request would.
  await reporter.locator('input[name="move"][value="submit"]').evaluate((el: HTMLInputElement) => (el.value = 'publish'));
  await reporter.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(reporter.getByRole('status').filter({ hasText: 'Bạn không có quyền thực hiện thao tác này.' })).toBeVisible();
  await reporter.reload();
  await expect(reporter.getByTestId('article-status')).toHaveText('Bản nháp');
});
