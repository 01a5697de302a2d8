import { type Browser, type Page, expect } from '@playwright/test';

export const DEMO_PASSWORD = 'ToaSoan@2026';
export const accounts = {
  admin: 'admin@toasoan.test',
  editor: 'bientap@toasoan.test',
  reporter: 'phongvien@toasoan.test',
  moderator: 'kiemduyet@toasoan.test',
  accountant: 'ketoan@toasoan.test',
} as const;

export async function signIn(page: Page, who: keyof typeof accounts, password = DEMO_PASSWORD) {
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(accounts[who]);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/desk/);
}

/** Opens the desk bar's "Quản trị" menu (a disclosure) and gives its navigation, to click a link in it. */
export async function adminNav(page: Page) {
  const menu = page.getByTestId('admin-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  return page.getByRole('navigation', { name: 'Quản trị' });
}

/** A fresh browser context: one person, their own cookies. */
export async function personPage(browser: Browser, who?: keyof typeof accounts) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (who) await signIn(page, who);
  return page;
}

/** Types paragraphs (separated by a blank line) into the rich editor, as a writer would. */
export async function typeBody(page: Page, text: string) {
  const editor = page.getByTestId('body-editor');
  await editor.click();
  const paragraphs = text.split(/\n\n+/);
  for (const [i, p] of paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(p);
  }
}

/** Saves by hand and waits for the server's answer. */
export async function saveStory(page: Page) {
  const answer = page.waitForResponse((r) => /\/api\/bai-viet(\/\d+)?$/.test(new URL(r.url()).pathname) && r.request().method() !== 'GET');
  await page.getByRole('button', { name: /^Lưu( bản nháp)?$/ }).click();
  expect((await answer).ok()).toBe(true);
  await expect(page.getByTestId('save-status')).toHaveText(/Đã lưu lúc/);
}

/** A reporter writes a story and sends it for review; returns the desk URL of the story. */
export async function writeAndSubmit(
  reporter: Page,
  story: { title: string; section: string; lead?: string; body?: string; credit?: string },
): Promise<string> {
  await reporter.goto('/desk/bai-viet/moi');
  await reporter.getByLabel('Tiêu đề', { exact: true }).fill(story.title);
  await reporter.getByLabel('Sapo').fill(story.lead ?? 'Sapo của bài viết thử nghiệm.');
  await reporter.getByLabel('Chuyên mục').selectOption({ label: story.section });
  await typeBody(reporter, story.body ?? 'Đoạn mở đầu của bài.\n\nĐoạn thứ hai.');
  if (story.credit) {
    await reporter.getByLabel('Kiểu ghi').selectOption('');
    await reporter.getByLabel('Tên tác giả').fill(story.credit);
  }
  await saveStory(reporter);
  await expect(reporter).toHaveURL(/\/desk\/bai-viet\/\d+$/);
  await reporter.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(reporter.getByTestId('article-status')).toHaveText('Chờ duyệt');
  return reporter.url();
}

/** An editor approves and publishes (now, or at `dd/mm/yyyy HH:mm` Vietnam time, typed in the date field). */
export async function approveAndPublish(editor: Page, deskUrl: string, publishAt?: string) {
  await editor.goto(deskUrl);
  await editor.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Đã duyệt');
  if (publishAt) await editor.getByLabel(/Hẹn giờ xuất bản/).fill(publishAt);
  await editor.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  await expect(editor.getByTestId('article-status')).toHaveText(publishAt ? /^Hẹn giờ \d{2}:\d{2} \d{2}\/\d{2}/ : 'Đã xuất bản');
}

/** A reviewer returns a story: "Trả bài" opens the reason box, the reason is sent with "Gửi trả bài". */
export async function returnStory(editor: Page, reason: string) {
  await editor.getByRole('button', { name: 'Trả bài', exact: true }).click();
  await editor.getByLabel('Lý do (trả bài)').fill(reason);
  await editor.getByRole('button', { name: 'Gửi trả bài' }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Bị trả lại');
}

/** An editor takes a live story down with a reason. */
export async function takeDown(editor: Page, reason: string) {
  await editor.getByRole('button', { name: 'Gỡ bài', exact: true }).click();
  await editor.getByLabel('Lý do (gỡ bài)').fill(reason);
  await editor.getByRole('button', { name: 'Gỡ bài khỏi trang báo' }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Đã gỡ');
}

/** The public URL of a published story, read from its desk page. */
export async function publicUrl(editor: Page): Promise<string> {
  const href = await editor.getByRole('link', { name: 'Xem trên trang báo' }).getAttribute('href');
  if (!href) throw new Error('no public link');
  return href;
}

/** A person needs a few seconds to read and type; the server refuses comments sent faster. */
export async function writeComment(page: Page, { name, body }: { name: string; body: string }) {
  await page.waitForTimeout(3_100);
  await page.getByLabel('Họ tên').first().fill(name);
  await page.getByLabel('Ý kiến của bạn').fill(body);
  await page.getByRole('button', { name: 'Gửi bình luận' }).click();
}
