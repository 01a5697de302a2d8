import { expect, test } from '@playwright/test';
import { signIn, typeBody } from './helpers';

test('the editor answers empty, oversized and malformed input in Vietnamese and keeps the text', async ({ page }) => {
  await signIn(page, 'reporter');
  await page.goto('/desk/bai-viet/moi');
  const save = page.getByRole('button', { name: 'Lưu bản nháp' });
  await save.click();
  await expect(page.getByText('Tiêu đề cần ít nhất 5 ký tự.')).toBeVisible();
  // A draft may wait for its section (it is asked for when the story is sent for review).
  await expect(page.locator('#sectionId-error')).toBeEmpty();

  // Oversized: the browser's maxlength is bypassed, as a script would.
  const body = 'Nội dung quan trọng không được mất.';
  await typeBody(page, body);
  await page.getByLabel('Tiêu đề', { exact: true }).evaluate((el: HTMLInputElement) => el.removeAttribute('maxlength'));
  await page.getByLabel('Tiêu đề', { exact: true }).fill('Dài '.repeat(100));
  await page.getByLabel('Chuyên mục').selectOption({ label: 'Văn hóa' });
  await save.click();
  await expect(page.getByText('Tiêu đề dài quá 200 ký tự.')).toBeVisible();
  await expect(page.getByTestId('body-editor')).toHaveText(body);

  // Malformed: a section id that is not a number, sent as a crafted request would.
  const answer = await page.evaluate(async () => {
    const res = await fetch('/api/bai-viet', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Tiêu đề hợp lệ cho bài thử', lead: '', sectionId: 'abc', body: { type: 'doc', content: [] }, credit: '' }),
    });
    return { status: res.status, body: await res.json() };
  });
  expect(answer.status).toBe(422);
  expect(answer.body.fieldErrors.sectionId).toContain('Vui lòng chọn chuyên mục.');

  // A body far over any story's size is refused before it is read whole.
  const huge = await page.evaluate(async () => {
    const res = await fetch('/api/bai-viet', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Bài quá lớn', body: 'x'.repeat(5 * 1024 * 1024) }),
    });
    return { status: res.status, body: await res.json() };
  });
  expect(huge.status).toBe(413);
  expect(huge.body.message).toMatch(/quá lớn/);
  // Nothing was created and the page still holds the text.
  await expect(page).toHaveURL(/\/desk\/bai-viet\/moi$/);
  await expect(page.getByTestId('body-editor')).toHaveText(body);
});

test('the comment form answers empty, oversized and malformed input in Vietnamese', async ({ page }) => {
  await page.goto('/');
  await page.locator('main article :is(h2,h3) a').first().click();
  await page.getByRole('button', { name: 'Gửi bình luận' }).click();
  await expect(page.getByText('Vui lòng nhập họ tên (ít nhất 2 ký tự).')).toBeVisible();
  await expect(page.getByText('Bình luận quá ngắn (ít nhất 5 ký tự).')).toBeVisible();

  await page.getByLabel('Họ tên').fill('Bạn đọc');
  await page.getByLabel('Email (không bắt buộc, không hiển thị)').fill('không phải email');
  await page.getByLabel('Ý kiến của bạn').evaluate((el: HTMLTextAreaElement) => {
    el.removeAttribute('maxlength');
    el.value = 'Quá dài. '.repeat(400);
  });
  await page.getByRole('button', { name: 'Gửi bình luận' }).click();
  await expect(page.getByText('Email không hợp lệ.')).toBeVisible();
  await expect(page.getByText('Bình luận dài quá 2000 ký tự.')).toBeVisible();
  await expect(page.getByLabel('Họ tên')).toHaveValue('Bạn đọc');
});

test('a page that does not exist answers 404 in Vietnamese', async ({ page }) => {
  const res = await page.goto('/khong-co-chuyen-muc-nay');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  const article = await page.goto('/thoi-su/khong-co-bai-nay-999999');
  expect(article?.status()).toBe(404);
});
