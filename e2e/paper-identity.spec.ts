import { expect, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { personPage } from './helpers';

const identity = {
  'Cơ quan chủ quản': 'Tỉnh ủy Bình Dương',
  'Số giấy phép': '123/GP-BTTTT',
  'Ngày cấp giấy phép (dd/mm/yyyy)': '5/3/2024',
  'Cơ quan cấp phép': 'Bộ Thông tin và Truyền thông',
  'Tổng biên tập': 'Nguyễn Văn An',
  'Địa chỉ tòa soạn': 'Số 1 Đại lộ Bình Dương, TP. Thủ Dầu Một',
  'Điện thoại': '0274 3822 123',
  'Đường dây nóng': '0913 456 789',
  'Email tòa soạn': 'toasoan@baobinhduong.vn',
};

const logoPng = () => sharp({ create: { width: 480, height: 120, channels: 4, background: '#b91c1c' } }).png().toBuffer();

async function fillIdentity(admin: Page, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await admin.getByLabel(label, { exact: true }).fill(value);
}

test('an admin fills in the paper’s legal identity and logo; every reader page shows them at once, and so does the about page', async ({ browser }) => {
  const reader = await personPage(browser);
  // A reader has the front page in the cache before the change.
  await reader.goto('/');
  const footer = reader.getByRole('contentinfo');
  await expect(footer).not.toContainText('Giấy phép số 123/GP-BTTTT');

  const admin = await personPage(browser, 'admin');
  await admin.goto('/desk/cai-dat');
  const saved = admin.getByRole('status').filter({ hasText: 'Đã lưu cài đặt.' });
  const save = async () => {
    const answered = admin.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/desk/cai-dat');
    await admin.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await answered;
  };

  // Mistakes are named in Vietnamese and nothing typed is lost.
  await fillIdentity(admin, { ...identity, 'Ngày cấp giấy phép (dd/mm/yyyy)': '31/02/2024', 'Email tòa soạn': 'toasoan@', 'Đường dây nóng': 'gọi ngay' });
  await save();
  await expect(admin.getByText('Ngày cấp phải là một ngày có thật, viết dạng dd/mm/yyyy (ví dụ: 05/03/2024).')).toBeVisible();
  await expect(admin.getByText('Email không hợp lệ.')).toBeVisible();
  await expect(admin.getByText('Số đường dây nóng không hợp lệ (ví dụ: 0236 3822 123).')).toBeVisible();
  await expect(admin.getByLabel('Tổng biên tập', { exact: true })).toHaveValue('Nguyễn Văn An');
  await expect(admin.getByLabel('Email tòa soạn')).toHaveAttribute('aria-invalid', 'true');

  // The logo goes through the media library's upload, then the form saves it with the rest.
  await fillIdentity(admin, identity);
  await admin.getByLabel(/^Tải logo lên/).setInputFiles({ name: 'logo-bao.png', mimeType: 'image/png', buffer: await logoPng() });
  await expect(admin.getByTestId('logo-result')).toHaveText('Đã tải logo lên. Nhấn “Lưu cài đặt” để dùng logo này.');
  await expect(admin.getByTestId('logo-preview')).toBeVisible();
  await admin.getByLabel(/^Nội dung trang “Giới thiệu”/).fill('Báo Bình Dương điện tử ra mắt bạn đọc năm 2005.\n\nTòa soạn làm việc tất cả các ngày trong tuần.');
  await save();
  await expect(saved).toBeVisible();
  // The date is kept the way the licence prints it.
  await expect(admin.getByLabel('Ngày cấp giấy phép (dd/mm/yyyy)')).toHaveValue('05/03/2024');

  // The reader's next page view has it, from the footer to the masthead.
  await expect(async () => {
    await reader.reload();
    await expect(footer).toContainText('Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 05/03/2024', { timeout: 500 });
  }).toPass({ timeout: 3_000 });
  await expect(footer).toContainText('Cơ quan chủ quản: Tỉnh ủy Bình Dương');
  await expect(footer).toContainText('Tổng biên tập: Nguyễn Văn An');
  await expect(footer).toContainText('Địa chỉ: Số 1 Đại lộ Bình Dương, TP. Thủ Dầu Một');
  await expect(footer.getByRole('link', { name: '0913 456 789' })).toHaveAttribute('href', 'tel:0913456789');
  await expect(footer.getByRole('link', { name: 'toasoan@baobinhduong.vn' })).toHaveAttribute('href', 'mailto:toasoan@baobinhduong.vn');
  const masthead = reader.getByRole('banner').getByRole('link').getByRole('img');
  await expect(masthead).toBeVisible();
  expect(await masthead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(480);
  // A story page carries the same footer.
  await reader.locator('main article :is(h2,h3) a').first().click();
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(footer).toContainText('Tổng biên tập: Nguyễn Văn An');

  // "Giới thiệu", from the footer.
  await footer.getByRole('link', { name: 'Giới thiệu' }).click();
  await expect(reader).toHaveURL(/\/gioi-thieu$/);
  await expect(reader).toHaveTitle(/^Giới thiệu — /);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Giới thiệu');
  await expect(reader.getByRole('main').locator('p')).toHaveText(['Báo Bình Dương điện tử ra mắt bạn đọc năm 2005.', 'Tòa soạn làm việc tất cả các ngày trong tuần.']);
  await expect(reader.getByRole('region', { name: 'Thông tin tòa soạn' })).toContainText('Cơ quan chủ quản: Tỉnh ủy Bình Dương');

  // The admin takes it all back: the other stories of this run see the paper as it was.
  await admin.getByRole('button', { name: 'Bỏ logo' }).click();
  await fillIdentity(admin, Object.fromEntries(Object.keys(identity).map((k) => [k, ''])));
  await admin.getByLabel(/^Nội dung trang “Giới thiệu”/).fill('');
  await save();
  await expect(saved).toBeVisible();
  await expect(async () => {
    await reader.goto('/');
    await expect(footer).not.toContainText('Giấy phép số', { timeout: 500 });
  }).toPass({ timeout: 3_000 });
  await expect(reader.getByRole('banner').getByRole('img')).toHaveCount(0);
  await admin.context().close();
  await reader.context().close();
});
