import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test('the draft form answers empty, oversized and malformed input in Vietnamese and keeps the text', async ({ page }) => {
  await signIn(page, 'reporter');
  await page.goto('/desk/bai-viet/moi');
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.getByText('Tiêu đề cần ít nhất 5 ký tự.')).toBeVisible();
  await expect(page.getByText('Vui lòng chọn chuyên mục.')).toBeVisible();

  // Oversized: the browser's maxlength is bypassed, as a script would.
  const body = 'Nội dung quan trọng không được mất.';
  await page.getByLabel('Nội dung').fill(body);
  await page.getByLabel('Tiêu đề').evaluate((el: HTMLInputElement) => {
    el.removeAttribute('maxlength');
    el.value = 'Dài '.repeat(100);
  });
  await page.getByLabel('Chuyên mục').selectOption({ label: 'Văn hóa' });
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.getByText('Tiêu đề dài quá 200 ký tự.')).toBeVisible();
  await expect(page.getByLabel('Nội dung')).toHaveValue(body);

  // Malformed: a section id that is not a number.
  await page.getByLabel('Tiêu đề').fill('Tiêu đề hợp lệ cho bài thử');
  await page.getByLabel('Chuyên mục').evaluate((el: HTMLSelectElement) => {
    el.options[1].value = 'abc';
    el.selectedIndex = 1;
  });
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.getByText('Vui lòng chọn chuyên mục.')).toBeVisible();
  await expect(page.getByLabel('Nội dung')).toHaveValue(body);
  await expect(page).toHaveURL(/\/desk\/bai-viet\/moi$/);
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
