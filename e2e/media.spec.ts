import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { personPage, signIn, typeBody } from './helpers';

/** A photo straight from a phone: EXIF with the place it was taken (GPS, IFD3 to libvips). */
function phonePhoto() {
  return sharp({ create: { width: 1400, height: 900, channels: 3, background: '#4f8a5b' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'Pro 15' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '10/1 2/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 46/1 0/1' } })
    .toBuffer();
}

test('a reporter files a photo with its details, finds it again, and is told why three other files are refused', async ({ page, request }) => {
  const tag = `t${Date.now().toString(36)}`;
  const fileName = `cho-noi-${tag}.jpg`;
  await signIn(page, 'reporter');
  await page.getByRole('navigation', { name: 'Bàn làm việc' }).getByRole('link', { name: 'Thư viện ảnh' }).click();
  await expect(page.getByRole('heading', { name: 'Thư viện ảnh', level: 1 })).toBeVisible();

  const upload = page.getByRole('button', { name: 'Tải ảnh lên' });
  const result = page.getByTestId('upload-result');
  await page.getByLabel(/^Chọn ảnh/).setInputFiles({ name: fileName, mimeType: 'image/jpeg', buffer: await phonePhoto() });
  await upload.click();
  await expect(result).toHaveText('Đã tải ảnh lên (1400 × 900).');

  const card = page.getByTestId('media-card').filter({ hasText: fileName });
  await expect(card).toHaveCount(1);
  await card.getByLabel('Mô tả ảnh cho người khiếm thị').fill(`Những chiếc ghe chở đầy dưa hấu neo sát nhau trên sông lúc bình minh ${tag}`);
  await card.getByLabel('Chú thích').fill('Chợ nổi Cái Răng những ngày giáp Tết');
  await card.getByLabel('Nguồn/tác giả ảnh').fill('Ảnh: Thu Hà');
  await card.getByRole('button', { name: 'Lưu thông tin ảnh' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Đã lưu thông tin ảnh.' })).toBeVisible();

  // Found again by words of the caption typed without diacritics, among my own photos.
  await page.getByRole('searchbox', { name: /Tìm ảnh/ }).fill(`cho noi cai rang ${tag}`);
  await page.getByLabel('Chỉ ảnh của tôi').check();
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/cua-toi=1/);
  await expect(page.getByTestId('media-card')).toHaveCount(1);
  const found = page.getByTestId('media-card').first();
  await expect(found).toContainText(fileName);
  await expect(found.getByLabel('Chú thích')).toHaveValue('Chợ nổi Cái Răng những ngày giáp Tết');
  await expect(found).toContainText('Chưa dùng trong bài nào.');

  // The editor's picker reads the same library; the stored file no longer says where it was taken.
  const listed = await page.request.get(`/api/anh?q=${encodeURIComponent(`dua hau ${tag}`)}&trang=1`);
  expect(listed.status()).toBe(200);
  const body = (await listed.json()) as { items: { src: string; width: number; alt: string; credit: string; mime: string }[]; hasMore: boolean };
  expect(body.hasMore).toBe(false);
  expect(body.items).toHaveLength(1);
  expect(body.items[0]).toMatchObject({ width: 1400, credit: 'Ảnh: Thu Hà', mime: 'image/jpeg' });
  const stored = await page.request.get(body.items[0].src);
  expect(stored.headers()['content-type']).toBe('image/jpeg');
  expect((await sharp(await stored.body()).metadata()).exif).toBeUndefined();
  // Nobody signed in gets nothing.
  expect((await request.get('/api/anh')).status()).toBe(401);

  // Three files the library refuses, each with its reason.
  const refusals = [
    { file: { name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="5"/></svg>') }, message: /Không nhận ảnh SVG/ },
    { file: { name: 'anh-that.png', mimeType: 'image/png', buffer: Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>') }, message: /mã HTML\/script/ },
    { file: { name: 'anh-rat-lon.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([await phonePhoto(), Buffer.alloc(11 * 1024 * 1024)]) }, message: /Tệp quá lớn: mỗi ảnh tối đa 10 MB/ },
  ];
  for (const { file, message } of refusals) {
    await page.getByLabel(/^Chọn ảnh/).setInputFiles(file);
    await upload.click();
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  }
  await page.goto('/desk/anh?cua-toi=1');
  await expect(page.getByTestId('media-card')).toHaveCount(1);
});

test('an editor cannot delete a photo that a published story uses, and is told which story', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/desk/anh');
  await page.getByRole('searchbox', { name: /Tìm ảnh/ }).fill('xuat phat duoi mot cong hoi');
  await page.getByRole('button', { name: 'Lọc' }).click();
  const card = page.getByTestId('media-card');
  await expect(card).toHaveCount(1);
  const story = 'Hơn 5.000 vận động viên tranh tài giải marathon “Qua cầu Phú Cường”';
  await expect(card.getByRole('list', { name: 'Bài viết dùng ảnh này' })).toContainText(story);
  await expect(card).toContainText('Đã xuất bản');

  page.once('dialog', (dialog) => dialog.accept());
  await card.getByRole('button', { name: 'Xóa ảnh' }).click();
  await expect(card.getByRole('alert')).toHaveText(`Không thể xóa: ảnh đang được dùng trong 1 bài viết (“${story}”). Hãy gỡ ảnh khỏi bài trước.`);
  await page.reload();
  await expect(page.getByTestId('media-card')).toHaveCount(1);
});

test('a reporter puts a new photo into a draft through the editor; the library then keeps it', async ({ browser }) => {
  const reporter = await personPage(browser, 'reporter');
  const title = `Chợ hoa xuân bến Bình Đông ${Date.now() % 100000}`;
  await reporter.goto('/desk/bai-viet/moi');
  await reporter.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await reporter.getByLabel('Sapo').fill('Những ghe hoa đầu tiên đã cập bến.');
  await reporter.getByLabel('Chuyên mục').selectOption({ label: 'Kinh tế' });
  await typeBody(reporter, 'Sáng nay, bến Bình Đông rực rỡ sắc hoa.');
  await reporter.getByTestId('insert-image').click();
  const picker = reporter.getByRole('dialog', { name: 'Chèn ảnh' });
  const png = await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#d94f70' } }).png().toBuffer();
  await picker.getByLabel('Tải ảnh mới lên').setInputFiles({ name: 'ghe-hoa.png', mimeType: 'image/png', buffer: png });
  await picker.getByLabel('Mô tả ảnh (cho người khiếm thị)').fill('Ghe chở đầy chậu cúc vàng neo dọc bến');
  await picker.getByLabel('Chú thích ảnh').fill('Ghe hoa từ miền Tây cập bến Bình Đông.');
  await picker.getByLabel('Nguồn ảnh').fill('Ảnh: Minh Anh');
  await picker.getByRole('button', { name: 'Chèn vào bài' }).click();
  await expect(reporter.getByTestId('save-status')).toHaveText(/Đã lưu lúc/, { timeout: 15_000 });

  // What she typed for the photo went back to the library, for the next story that uses it.
  await reporter.goto('/desk/anh?cua-toi=1');
  const card = reporter.getByTestId('media-card').filter({ hasText: 'ghe-hoa.png' });
  const details = card.getByRole('form', { name: 'Thông tin ảnh' });
  await expect(details.getByLabel('Chú thích')).toHaveValue('Ghe hoa từ miền Tây cập bến Bình Đông.');
  await expect(details.getByLabel('Nguồn/tác giả ảnh')).toHaveValue('Ảnh: Minh Anh');
  await expect(details.getByLabel(/Mô tả/)).toHaveValue('Ghe chở đầy chậu cúc vàng neo dọc bến');
  await expect(card.getByRole('list', { name: 'Bài viết dùng ảnh này' })).toContainText(title);
  reporter.once('dialog', (dialog) => dialog.accept());
  await card.getByRole('button', { name: 'Xóa ảnh' }).click();
  await expect(card.getByRole('alert')).toHaveText(`Không thể xóa: ảnh đang được dùng trong 1 bài viết (“${title}”). Hãy gỡ ảnh khỏi bài trước.`);
});

test('the photo library has no serious accessibility violation', async ({ page }) => {
  // axe reads every form of the grid; on a busy machine that takes a while.
  test.setTimeout(120_000);
  await signIn(page, 'editor');
  await page.goto('/desk/anh');
  await expect(page.getByTestId('media-card').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((x) => x.target.join(' ')).slice(0, 3).join(', ')})`);
  expect(serious).toEqual([]);
});
