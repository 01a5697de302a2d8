import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/** Every axe violation, whatever its impact. */
async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

const results = (page: Page) => page.getByRole('main').locator('ol > li article');
/** The search form (the masthead's section menu is also called "Chuyên mục"). */
const form = (page: Page) => page.getByRole('search', { name: 'Tìm kiếm bài viết' });

async function searchFor(page: Page, q: string) {
  await form(page).getByLabel('Từ khóa').fill(q);
  await form(page).getByRole('button', { name: 'Tìm kiếm' }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === q);
}

test('a reader searches without diacritics and opens the story she was looking for', async ({ page }) => {
  await page.goto('/tim-kiem');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm kiếm');
  await expect(page).toHaveTitle(/^Tìm kiếm — /);

  await searchFor(page, 'hop mat can bo');
  await expect(page).toHaveURL(/\/tim-kiem\?q=hop\+mat\+can\+bo/);
  await expect(page).toHaveTitle(/^Tìm kiếm: hop mat can bo — /);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả tìm kiếm cho “hop mat can bo”');
  await expect(page.getByText(/^Tìm thấy \d+ kết quả/)).toBeVisible();
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');

  const first = results(page).first();
  await expect(first.getByRole('heading')).toHaveText('Họp mặt cán bộ hưu trí nhân dịp Quốc khánh 2-9');
  await expect(first.locator('h3 mark')).toHaveText(['Họp', 'mặt', 'cán', 'bộ']);
  await expect(first.getByRole('link', { name: 'Chính trị' })).toBeVisible();
  await expect(first.locator('time')).toHaveText(/^\d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}$/);
  expect(await axeViolations(page)).toEqual([]);

  await first.getByRole('link', { name: /Họp mặt cán bộ/ }).click();
  await expect(page).toHaveURL(/\/chinh-tri\/hop-mat-can-bo-huu-tri-nhan-dip-quoc-khanh-2-9-\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Họp mặt cán bộ hưu trí nhân dịp Quốc khánh 2-9');
});

test('decomposed Unicode, capitals and stray punctuation find the same story; the form keeps what was typed', async ({ page }) => {
  await page.goto('/tim-kiem');
  const typed = 'HỌP   MẶT!!! cán-bộ'.normalize('NFD');
  await searchFor(page, typed);
  await expect(results(page).first().getByRole('heading')).toHaveText('Họp mặt cán bộ hưu trí nhân dịp Quốc khánh 2-9');
  await expect(form(page).getByLabel('Từ khóa')).toHaveValue(typed);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search form still works: it is a plain GET form', async ({ page }) => {
    await page.goto('/tim-kiem');
    await searchFor(page, 'duong ve trung tam');
    await expect(results(page).first().getByRole('heading')).toHaveText('Khánh thành cầu Phú Cường Mới, rút ngắn 15 km đường về trung tâm tỉnh');
  });
});

test('a typo gets close titles instead of nothing', async ({ page }) => {
  await page.goto('/tim-kiem?q=hpo+mat+can+bo');
  await expect(page.getByRole('heading', { name: 'Không tìm thấy kết quả' })).toBeVisible();
  const suggestions = page.getByRole('heading', { name: 'Có phải bạn muốn tìm:' }).locator('..');
  await expect(suggestions.getByRole('link', { name: 'Họp mặt cán bộ hưu trí nhân dịp Quốc khánh 2-9' })).toBeVisible();
});

test('garbage, hostile and very long queries get a Vietnamese answer, never an error page', async ({ page }) => {
  const punctuation = await page.goto('/tim-kiem?q=' + encodeURIComponent('!!! ??? ...'));
  expect(punctuation?.status()).toBe(200);
  await expect(page.getByText('Từ khóa cần có ít nhất một chữ cái hoặc chữ số.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Chưa thể tìm kiếm: vui lòng kiểm tra lại các ô được đánh dấu.');
  await expect(form(page).getByLabel('Từ khóa')).toHaveAttribute('aria-invalid', 'true');

  const long = await page.goto('/tim-kiem?q=' + 'tin%20'.repeat(400));
  expect(long?.status()).toBe(200);
  await expect(page.getByText('Từ khóa dài quá 200 ký tự. Vui lòng rút gọn.')).toBeVisible();

  for (const q of ["' OR 1=1 --", '<script>alert(1)</script>']) {
    const res = await page.goto('/tim-kiem?q=' + encodeURIComponent(q));
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Không tìm thấy kết quả' })).toBeVisible();
    // Shown as the text it is: nothing of it ran or became markup.
    await expect(page.getByText(`Không có bài viết nào khớp với “${q}”.`)).toBeVisible();
  }

  const badDate = await page.goto('/tim-kiem?q=tinh&tu-ngay=2026-02-30&trang=abc');
  expect(badDate?.status()).toBe(200);
  await expect(page.getByText('Ngày không hợp lệ, hãy gõ theo dạng dd/mm/yyyy.')).toBeVisible();
});

test('the empty state suggests what to try and links to the sections, with no accessibility violation', async ({ page }) => {
  await page.goto('/tim-kiem?q=xyzzyqwv');
  await expect(page.getByRole('heading', { name: 'Không tìm thấy kết quả' })).toBeVisible();
  await expect(page.getByText('Kiểm tra lại chính tả của từ khóa.')).toBeVisible();
  await expect(page.getByText('Thử dùng ít từ hơn, hoặc những từ chung hơn.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Thời sự' })).toHaveAttribute('href', '/thoi-su');
  expect(await axeViolations(page)).toEqual([]);
});

test('a reader narrows a search to one section, then pages through a broad one', async ({ page }) => {
  await page.goto('/tim-kiem');
  await searchFor(page, 'phu cuong');
  const all = await results(page).count();
  expect(all).toBeGreaterThan(1);

  // The filters are folded away until she opens them.
  await expect(form(page).getByLabel('Chuyên mục')).toBeHidden();
  await form(page).getByText('Lọc theo chuyên mục, thời gian').click();
  await form(page).getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });
  await form(page).getByRole('button', { name: 'Tìm kiếm' }).click();
  await expect(page).toHaveURL(/chuyen-muc=thoi-su/);
  await expect(page.getByText(/^Tìm thấy \d+ kết quả trong chuyên mục Thời sự/)).toBeVisible();
  const inSection = results(page);
  expect(await inSection.count()).toBeLessThan(all);
  for (const item of await inSection.all()) await expect(item.getByRole('link', { name: 'Thời sự' })).toBeVisible();
  await expect(form(page).getByLabel('Chuyên mục')).toHaveValue('thoi-su');

  // A date range with no stories in it, and the way back to all of them.
  await form(page).getByLabel('Từ ngày').fill('01/01/2001');
  await form(page).getByLabel('Đến ngày').fill('31/01/2001');
  await form(page).getByRole('button', { name: 'Tìm kiếm' }).click();
  await expect(page.getByRole('heading', { name: 'Không tìm thấy kết quả' })).toBeVisible();
  await page.getByRole('link', { name: 'tìm “phu cuong” trong tất cả các bài' }).click();
  await expect(results(page)).toHaveCount(all);

  await page.goto('/tim-kiem?q=tinh');
  await expect(results(page)).toHaveCount(10);
  const pager = page.getByRole('navigation', { name: 'Phân trang kết quả' });
  await pager.getByRole('link', { name: 'Trang sau', exact: true }).click();
  await expect(page).toHaveURL(/[?&]trang=2/);
  await expect(results(page).first()).toBeVisible();
  await expect(pager.getByText(/^Trang 2\/\d+$/)).toBeVisible();
  await pager.getByRole('link', { name: 'Trang trước', exact: true }).click();
  await expect(results(page)).toHaveCount(10);
});
