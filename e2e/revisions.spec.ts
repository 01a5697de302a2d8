import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { personPage, saveStory, typeBody } from './helpers';

async function seriousViolations(page: Page, only?: string) {
  const axe = new AxeBuilder({ page });
  const results = await (only ? axe.include(only) : axe).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

const REPORTER = 'Nguyễn Minh Anh';
const EDITOR = 'Lê Thị Thu Hà';

/** The reporter writes a first draft and opens it on the desk; returns its desk URL. */
async function startDraft(reporter: Page, title: string) {
  await reporter.goto('/desk/bai-viet/moi');
  await typeBody(reporter, 'Hội chợ mở cửa từ sáng nay tại quảng trường.\n\nCà phê và sầu riêng hút khách.');
  await reporter.getByLabel('Sapo').fill('Hơn 200 gian hàng nông sản đặc trưng của Tây Nguyên.');
  await reporter.getByLabel('Chuyên mục').selectOption({ label: 'Kinh tế' });
  await reporter.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await saveStory(reporter);
  await expect(reporter).toHaveURL(/\/desk\/bai-viet\/\d+$/);
  const url = reporter.url();
  await reporter.goto(url);
  return url;
}

// Two people open the same story: each is told the other has it open, and the banner goes once the
// other has left. The open page says so every 15 seconds, so the first person learns of the second
// at their next heartbeat.
test('a reporter and an editor with the same story open see each other', async ({ browser }) => {
  const reporter = await personPage(browser, 'reporter');
  const storyUrl = await startDraft(reporter, `Hội chợ nông sản Đắk Lắk ${Date.now() % 100000}`);
  await expect(reporter.getByTestId('presence-banner')).toHaveText('');

  const editor = await personPage(browser, 'editor');
  await editor.goto(storyUrl);
  await expect(editor.getByRole('status').filter({ hasText: 'Bài này đang được biên tập bởi' })).toContainText(REPORTER);
  expect(await seriousViolations(editor, '[data-testid="presence-banner"]')).toEqual([]);
  await expect(reporter.getByTestId('presence-banner')).toContainText(`Bài này đang được biên tập bởi ${EDITOR}`, { timeout: 20_000 });

  // The editor moves on to the review queue: their page says it is leaving.
  await editor.goto('/desk/duyet-bai');
  await expect(reporter.getByTestId('presence-banner')).toHaveText('', { timeout: 20_000 });
});

// The editor works on a version the reporter has since saved over: the save is refused, nothing is
// lost (the refused text waits in the history, with the conflict view), revisions compare word by
// word, and an older version comes back as a new one without the story changing state.
test('an editor’s stale save is refused and kept; versions are compared and an old one restored', async ({ browser }) => {
  const stamp = Date.now() % 100000;
  const title = `Hội chợ nông sản Đắk Lắk ${stamp}`;
  const reporter = await personPage(browser, 'reporter');
  const storyUrl = await startDraft(reporter, title);

  const editor = await personPage(browser, 'editor');
  await editor.goto(storyUrl);

  await reporter.getByLabel('Tiêu đề', { exact: true }).fill(`Khai mạc hội chợ nông sản Đắk Lắk ${stamp}`);
  await saveStory(reporter);

  // The editor's page still holds version 1: the save is refused.
  await editor.getByTestId('body-editor').click();
  await editor.keyboard.press('Control+End');
  await editor.keyboard.insertText(' Thêm chi tiết mới.');
  await editor.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(editor.getByTestId('save-status')).toContainText('Bài đã được người khác lưu trong lúc bạn sửa');
  await expect(editor.getByTestId('conflict')).toBeVisible();

  await editor.getByRole('link', { name: 'Lịch sử phiên bản' }).click();
  await expect(editor).toHaveURL(/\/lich-su$/);
  const rows = editor.getByTestId('revision-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('bản bị từ chối do xung đột — đã giữ lại');
  await expect(rows.first()).toContainText(EDITOR);
  await expect(rows.nth(1)).toContainText('Phiên bản 2');
  await expect(rows.nth(1)).toContainText(REPORTER);

  // The conflict, side by side: the reporter's saved story and the editor's refused text.
  const conflict = editor.getByTestId('conflict-view');
  await expect(conflict.getByTestId('conflict-view-theirs').getByRole('textbox')).toHaveValue(/^Khai mạc hội chợ/);
  await expect(conflict.getByTestId('conflict-view-mine').getByRole('textbox')).toHaveValue(/Thêm chi tiết mới\./);
  await expect(conflict.locator('ins').filter({ hasText: 'Thêm chi tiết mới.' })).toBeVisible();
  expect(await seriousViolations(editor)).toEqual([]);

  // By default the latest save (the refused one) is compared with the one before it.
  const result = editor.getByRole('region', { name: 'So sánh phiên bản 2 với bản bị từ chối (sửa từ phiên bản 1)' });
  await expect(result.getByTestId('diff-body').locator('ins')).toHaveText(['thêm: Thêm chi tiết mới.']);

  await editor.getByRole('radio', { name: 'So sánh từ phiên bản 1', exact: true }).check();
  await editor.getByRole('radio', { name: 'So sánh đến phiên bản 2', exact: true }).check();
  await editor.getByRole('button', { name: 'So sánh hai bản đã chọn' }).click();
  const v1v2 = editor.getByRole('region', { name: 'So sánh phiên bản 1 với phiên bản 2' });
  await expect(v1v2.getByTestId('diff-title').locator('ins')).toHaveText(['thêm: Khai mạc hội']);
  await expect(v1v2.getByTestId('diff-title').locator('del')).toHaveText(['bỏ: Hội']);
  await expect(v1v2.getByTestId('diff-body')).toHaveCount(0);

  // Restore version 1: a new version 3 with the first title; the story stays a draft.
  await editor.getByRole('button', { name: 'Khôi phục bản này (phiên bản 1)', exact: true }).click();
  await editor.getByRole('button', { name: 'Đồng ý khôi phục' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Đã khôi phục thành phiên bản 3.' })).toBeVisible();
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText('Phiên bản 3');
  await expect(rows.first()).toContainText(title);
  await expect(editor.getByTestId('article-status')).toHaveText('Bản nháp');

  await editor.goto(storyUrl);
  await expect(editor.getByLabel('Tiêu đề', { exact: true })).toHaveValue(title);
  await expect(editor.getByTestId('article-status')).toHaveText('Bản nháp');
});
