import fs from 'node:fs';
import { type Page, expect, test } from '@playwright/test';
import { approveAndPublish, personPage, writeAndSubmit } from './helpers';

const unique = () => `${Date.now() % 100000}-${Math.random().toString(36).slice(2, 5)}`;

/** This Vietnam month and the next, as the desk writes them in addresses (yyyy-mm) and on pages (mm/yyyy). */
function vietnamMonths() {
  const iso = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
  const [y, m] = iso.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  const shown = (month: string) => month.split('-').reverse().join('/');
  return { month: iso, next, shownMonth: shown(iso), shownNext: shown(next) };
}

function storyRow(page: Page, title: string) {
  return page.locator(`li[data-story="${title}"]`);
}

test('a month of nhuận bút: the tổng biên tập chấm, splits, locks and prints; a late change is next month’s adjustment; a reporter sees only her own', async ({ browser }) => {
  test.setTimeout(240_000);
  const id = unique();
  const title = `Phóng sự làng gốm Bình Đức ${id}`;
  const photographer = `Lâm Gia Hưng ${id}`;
  const newcomer = `Đặng Thu Thảo ${id}`;
  const { month, next, shownMonth, shownNext } = vietnamMonths();

  // A reporter's story with a photographer from outside the newsroom is published today.
  const reporter = await personPage(browser, 'reporter');
  const deskUrl = await writeAndSubmit(reporter, { title, section: 'Văn hóa', credit: `Bài: Nguyễn Minh Anh; Ảnh: ${photographer}` });
  const editor = await personPage(browser, 'editor');
  await approveAndPublish(editor, deskUrl);

  // The tổng biên tập (the admin, in the demo) chấm the story: phóng sự, hệ số 10.
  const chief = await personPage(browser, 'admin');
  await chief.goto('/desk/nhuan-but');
  await expect(chief.getByRole('heading', { name: `Nhuận bút tháng ${shownMonth}` })).toBeVisible();
  await expect(chief.getByTestId('month-status')).toHaveText('Đang chấm');
  // The demo's half-done worksheet is there too.
  await expect(chief.locator('li[data-story]').getByTestId('story-amount').filter({ hasText: /hệ số/ }).first()).toBeVisible();
  const row = storyRow(chief, title);
  await expect(row.getByTestId('story-amount')).toHaveText('Chưa chấm');
  const chấm = row.getByRole('form', { name: 'Chấm nhuận bút' });
  await chấm.getByLabel('Thể loại').selectOption({ label: 'Phóng sự (mỗi kỳ) (1–30)' });
  await chấm.getByLabel('Hệ số').fill('31');
  await chấm.getByRole('button', { name: 'Lưu' }).click();
  await expect(chấm.getByRole('status')).toHaveText(/phải từ 1 đến 30/);
  await chấm.getByLabel('Hệ số').fill('10');
  await chấm.getByRole('button', { name: 'Lưu' }).click();
  await expect(chấm.getByRole('status')).toHaveText('Đã chấm 2.340.000 đ.');
  await expect(row.getByTestId('story-amount')).toHaveText('Phóng sự (mỗi kỳ) · hệ số 10 · 2.340.000 đ');
  // The credit line named two people, half each.
  await expect(row.getByTestId('story-shares')).toHaveText(`Chia: Nguyễn Minh Anh 50% · ${photographer} 50%`);

  // The split is adjusted: 60 / 30 does not add up, then a new cộng tác viên takes the last 10 %.
  await row.getByText('Sửa phần chia nhuận bút').click();
  const split = row.getByRole('form', { name: `Chia nhuận bút: ${title}` });
  await split.getByLabel('Tỷ lệ của người thứ 1 (%)').fill('60');
  await split.getByLabel('Tỷ lệ của người thứ 2 (%)').fill('30');
  await expect(split.getByTestId('share-total')).toHaveText('Cộng: 90% (cần đúng 100%)');
  await split.getByRole('button', { name: 'Lưu phần chia' }).click();
  await expect(split.getByRole('status')).toHaveText('Tỷ lệ chia đang cộng lại 90%, cần đúng 100%.');
  await split.getByRole('button', { name: '+ Thêm người' }).click();
  await split.getByLabel('Người thứ 3', { exact: true }).selectOption('moi');
  await split.getByLabel('Họ tên cộng tác viên thứ 3').fill(newcomer);
  await expect(split.getByLabel('Tỷ lệ của người thứ 3 (%)')).toHaveValue('10');
  await expect(split.getByTestId('share-total')).toHaveText('Cộng: 100%');
  await split.getByRole('button', { name: 'Lưu phần chia' }).click();
  await expect(split.getByRole('status')).toHaveText('Đã lưu phần chia nhuận bút.');
  await expect(row.getByTestId('story-shares')).toHaveText(`Chia: Nguyễn Minh Anh 60% · ${photographer} 30% · ${newcomer} 10%`);

  // Review, then lock the month.
  await chief.getByRole('button', { name: 'Soát xong' }).click();
  await expect(chief.getByTestId('month-status')).toHaveText('Đã soát, chờ khóa sổ');
  await chief.getByRole('button', { name: 'Khóa sổ tháng' }).click();
  await expect(chief.getByTestId('month-status')).toHaveText('Đã khóa sổ');

  // The newsroom's bảng kê: on screen, on A4 paper, and as CSV for Excel.
  await chief.getByRole('link', { name: 'Bảng kê cả tòa soạn' }).click();
  await expect(chief).toHaveURL(`/desk/nhuan-but/bang-ke?thang=${month}`);
  await expect(chief.getByText('Đã khóa sổ.')).toBeVisible();
  const mine = chief.locator('section[data-payee="Nguyễn Minh Anh"]');
  await expect(mine.getByRole('row').filter({ hasText: title })).toContainText('1.404.000 đ');
  await expect(chief.locator(`section[data-payee="${newcomer}"]`).getByRole('row').filter({ hasText: title })).toContainText('234.000 đ');
  await expect(chief.locator(`section[data-payee="${photographer}"]`)).toContainText('(cộng tác viên)');
  await chief.emulateMedia({ media: 'print' });
  await expect(chief.getByRole('button', { name: 'In bảng kê' })).toBeHidden();
  await expect(chief.getByRole('link', { name: 'Tải CSV' })).toBeHidden();
  await expect(mine).toBeVisible();
  const pdf = await chief.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  // Every sheet A4 portrait: 595 × 842 points (to a point).
  const sheets = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(sheets.length).toBeGreaterThan(0);
  for (const [w, h] of sheets) {
    expect(Math.abs(w - 595.3)).toBeLessThan(1);
    expect(Math.abs(h - 841.9)).toBeLessThan(1);
  }
  await chief.emulateMedia({ media: 'screen' });
  const [download] = await Promise.all([chief.waitForEvent('download'), chief.getByRole('link', { name: 'Tải CSV' }).click()]);
  expect(download.suggestedFilename()).toBe(`bang-ke-nhuan-but-${month}.csv`);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(title);
  expect(csv.split('\n').find((l) => l.includes(title) && l.startsWith('Nguyễn Minh Anh;'))).toMatch(/;1404000\r?$/);

  // A week later the hệ số is raised to 12: the locked month stands, next month carries the difference.
  await chief.goto(`/desk/nhuan-but?thang=${month}`);
  const locked = storyRow(chief, title).getByRole('form', { name: 'Chấm nhuận bút' });
  await locked.getByLabel('Hệ số').fill('12');
  await locked.getByRole('button', { name: 'Lưu' }).click();
  await expect(locked.getByRole('status')).toHaveText(`Tháng đã khóa sổ: ghi điều chỉnh 468.000 đ vào tháng ${shownNext}.`);
  await chief.goto(`/desk/nhuan-but/bang-ke?thang=${month}`);
  await expect(chief.locator('section[data-payee="Nguyễn Minh Anh"]').getByRole('row').filter({ hasText: title })).toContainText('1.404.000 đ');
  await chief.goto(`/desk/nhuan-but/bang-ke?thang=${next}`);
  const adjustment = chief.locator('section[data-payee="Nguyễn Minh Anh"]').getByRole('row').filter({ hasText: title });
  await expect(adjustment).toContainText(`điều chỉnh tháng ${shownMonth}`);
  await expect(adjustment).toContainText('280.800 đ');
  // The editor who published it gets the difference of her thù lao biên tập (5 %) there too.
  const editorLines = chief.locator('section[data-payee="Lê Thị Thu Hà"]');
  await expect(editorLines.getByRole('row').filter({ hasText: title })).toContainText('23.400 đ');
  const someoneElse = (await editorLines.getByRole('link', { name: 'Lê Thị Thu Hà' }).getAttribute('href'))!;

  // The reporter sees her own bảng kê only, and is turned away from anyone else's by address.
  await reporter.goto(`/desk/nhuan-but/bang-ke?thang=${month}`);
  await expect(reporter.locator('section[data-payee]')).toHaveCount(1);
  await expect(reporter.locator('section[data-payee="Nguyễn Minh Anh"]')).toContainText('1.404.000 đ');
  await expect(reporter.getByText(photographer)).toHaveCount(0);
  await reporter.goto(`/desk/nhuan-but/bang-ke?thang=${next}`);
  await expect(reporter.locator('section[data-payee="Nguyễn Minh Anh"]')).toContainText('280.800 đ');
  await reporter.goto(someoneElse);
  await expect(reporter).toHaveURL(/\/desk\/khong-co-quyen$/);
  await expect(reporter.getByRole('heading', { name: 'Bạn không có quyền truy cập trang này' })).toBeVisible();
  const csvOfOther = await reporter.request.get(someoneElse.replace('/bang-ke?', '/bang-ke/tai-ve?'));
  expect(csvOfOther.status()).toBe(403);

  // The accountant sees everyone, the cộng tác viên included, and opens a person's statement.
  const accountant = await personPage(browser, 'accountant');
  await accountant.goto(`/desk/nhuan-but/bang-ke?thang=${month}`);
  await expect(accountant.locator('section[data-payee="Nguyễn Minh Anh"]')).toBeVisible();
  await expect(accountant.locator(`section[data-payee="${photographer}"]`).getByRole('row').filter({ hasText: title })).toContainText('702.000 đ');
  await accountant.locator(`section[data-payee="${photographer}"]`).getByRole('link', { name: photographer }).click();
  await expect(accountant).toHaveURL(new RegExp(`/desk/nhuan-but/bang-ke\\?thang=${month}&ctv=\\d+$`));
  await expect(accountant.locator('section[data-payee]')).toHaveCount(1);
  // …and may not chấm.
  await accountant.goto(`/desk/nhuan-but?thang=${month}`);
  await expect(storyRow(accountant, title)).toBeVisible();
  await expect(storyRow(accountant, title).getByRole('form', { name: 'Chấm nhuận bút' })).toHaveCount(0);
});
