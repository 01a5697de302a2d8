import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { approveAndPublish, personPage, publicUrl, takeDown, writeAndSubmit } from './helpers';

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const unique = () => `${Date.now() % 1_000_000}`;
const firstStoryHref = (page: Page) => page.locator('main article :is(h2,h3) a').first().getAttribute('href');

test('a reader browses the front page, a section, its second page, a tag and an author', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Tin mới' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Đọc nhiều 24 giờ' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kinh tế', level: 2 })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link', { name: 'Kinh tế' }).click();
  await expect(page).toHaveURL(/\/kinh-te$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kinh tế');
  expect(await violations(page)).toEqual([]);

  // A demo story by Tuấn Kiệt carries tags.
  await page.goto('/tac-gia/tuan-kiet');
  await page.locator('main article :is(h2,h3) a').first().click();
  await page.locator('main a[href^="/chu-de/"]').first().click();
  await expect(page.getByText('Từ khóa', { exact: true })).toBeVisible();
  expect(await page.locator('main article').count()).toBeGreaterThan(0);

  await page.goto('/tac-gia/tuan-kiet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuấn Kiệt');
  await expect(page.locator('main article').first()).toBeVisible();

  const missingPage = await page.goto('/kinh-te/trang/99');
  expect(missingPage?.status()).toBe(404);
  const badPage = await page.goto('/kinh-te/trang/abc');
  expect(badPage?.status()).toBe(404);
});

test('a reader\'s pages fetch only the serif font files; labels are in the system face, the desk keeps its own', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  await page.goto('/');
  const story = await firstStoryHref(page);
  await page.goto(story!);
  await expect(page.locator('.article-body')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((f) => !f.startsWith('noto-serif-'))).toEqual([]);
  expect(await page.locator('nav[aria-label="Chuyên mục"]').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^system-ui/);
  expect(await page.locator('.article-body').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Noto Serif/);

  await page.goto('/dang-nhap');
  expect(await page.locator('body').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Be Vietnam Pro/);
});

test('an old or wrong slug is sent to the story’s current address with a 301', async ({ page, request }) => {
  await page.goto('/');
  const href = (await firstStoryHref(page))!;
  const id = href.split('-').pop();
  const res = await request.get(`/thoi-su/ten-cu-cua-bai-${id}`, { maxRedirects: 0 });
  // The App Router's permanent redirect is 308 (a 301 that keeps the method); search engines treat both alike.
  expect(res.status()).toBe(308);
  const locations = res.headersArray().filter((h) => h.name.toLowerCase() === 'location').map((h) => h.value);
  expect(new Set(locations)).toEqual(new Set([href]));
});

test('the 404 page is Vietnamese and accessible', async ({ page }) => {
  const res = await page.goto('/khong-co-trang-nay/hoan-toan-khong-co-123456789');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  expect(await violations(page)).toEqual([]);
});

test('an article page has no accessibility violation, a skip link and a text size that persists', async ({ page }) => {
  await page.goto('/');
  await page.goto((await firstStoryHref(page))!);
  expect(await violations(page)).toEqual([]);

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();

  const size = () => page.locator('.article-body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await size();
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await expect.poll(size).toBeGreaterThan(before);
  const bigger = await size();
  await page.reload();
  await expect.poll(size).toBe(bigger);
  await page.getByRole('button', { name: 'Giảm cỡ chữ' }).click();
  await expect.poll(size).toBe(before);
});

test('published, approved and taken down: each change shows on the very next page view', async ({ browser }) => {
  const title = `Khánh thành nhà văn hóa khu phố ${unique()}`;
  const reporter = await personPage(browser, 'reporter');
  const deskUrl = await writeAndSubmit(reporter, { title, section: 'Văn hóa', credit: 'Bài, ảnh: Hồng Nhung' });
  const editor = await personPage(browser, 'editor');

  const reader = await personPage(browser);
  await reader.goto('/van-hoa'); // cached before the story exists
  await expect(reader.getByRole('link', { name: title })).toHaveCount(0);

  await approveAndPublish(editor, deskUrl);
  const url = await publicUrl(editor);
  const started = Date.now();
  await reader.goto('/van-hoa');
  await expect(reader.getByRole('link', { name: title })).toBeVisible();
  await reader.goto('/');
  await expect(reader.getByRole('link', { name: title }).first()).toBeVisible();
  expect(Date.now() - started).toBeLessThan(5_000);
  await reader.goto('/tac-gia/hong-nhung');
  await expect(reader.getByRole('link', { name: title })).toBeVisible();

  await reader.goto(url);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  const routedRequest = () => reader.request.get(`${url}?_rsc`, { headers: { RSC: '1' } });
  expect(await (await routedRequest()).text()).toContain(title); // cached for router requests too

  await editor.goto(deskUrl);
  await takeDown(editor, 'Thông tin chưa được kiểm chứng.');

  const gone = await reader.goto(url);
  expect(gone?.status()).toBe(410);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Bài viết đã được gỡ');
  // A click from a page that still links to it is a router request (RSC), answered from the page
  // cache without the proxy: the notice too, never the story.
  const routed = await (await routedRequest()).text();
  expect(routed).toContain('Bài viết đã được gỡ');
  expect(routed).not.toContain(title);
  await reader.goto('/van-hoa');
  await expect(reader.getByRole('link', { name: title })).toHaveCount(0);
});

test('a story scheduled for a minute from now goes live on its own', async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Bài hẹn giờ tự lên trang ${unique()}`;
  const reporter = await personPage(browser, 'reporter');
  const deskUrl = await writeAndSubmit(reporter, { title, section: 'Thời sự' });
  const editor = await personPage(browser, 'editor');
  // The next whole minute at least 15 s away, in Vietnam's time (UTC+7), as the picker shows it.
  const minute = 60_000;
  let target = Math.ceil(Date.now() / minute) * minute;
  if (target - Date.now() < 15_000) target += minute;
  const iso = new Date(target + 7 * 3600_000).toISOString();
  const at = `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
  await approveAndPublish(editor, deskUrl, at);
  await expect(editor.getByTestId('article-status')).toHaveText(new RegExp(`^Hẹn giờ ${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}`));

  const reader = await personPage(browser);
  await reader.goto('/thoi-su');
  await expect(reader.getByRole('link', { name: title })).toHaveCount(0);
  await expect(async () => {
    await reader.goto('/thoi-su');
    await expect(reader.getByRole('link', { name: title })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 100_000, intervals: [3_000] });
  expect(Date.now()).toBeGreaterThanOrEqual(target);
});

test('the share bar links to Facebook, Zalo and X with the story’s canonical URL', async ({ page }) => {
  await page.goto('/');
  await page.goto((await firstStoryHref(page))!);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[a-z-]+\/[a-z0-9-]+-\d+$/);
  const share = page.getByRole('region', { name: 'Chia sẻ bài viết' });
  const encoded = encodeURIComponent(canonical!);
  await expect(share.getByRole('link', { name: 'Facebook' })).toHaveAttribute('href', `https://www.facebook.com/sharer/sharer.php?u=${encoded}`);
  await expect(share.getByRole('link', { name: 'Zalo' })).toHaveAttribute('href', new RegExp(`^https://zalo\\.me/share\\?url=${encoded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect(share.getByRole('link', { name: 'X' })).toHaveAttribute('href', new RegExp(`^https://x\\.com/intent/post\\?url=${encoded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
});

test('an editor pins a story and it leads the front page', async ({ browser }) => {
  const title = `Tin ghim lên trang nhất ${unique()}`;
  const reporter = await personPage(browser, 'reporter');
  const deskUrl = await writeAndSubmit(reporter, { title, section: 'Kinh tế', lead: 'Tin không kèm ảnh vẫn dẫn trang nhất.' });
  const editor = await personPage(browser, 'editor');
  await approveAndPublish(editor, deskUrl);
  // The story has no photo: the pin form says how it will lead.
  await expect(editor.getByTestId('pin-no-photo')).toContainText('tin chính dạng chữ: tiêu đề lớn và sapo');
  await editor.getByLabel('Vị trí ghim (1–9)').selectOption('1');
  await editor.getByRole('button', { name: 'Ghim lên trang nhất' }).click();
  await expect(editor.getByText('Đang ghim ở vị trí 1.')).toBeVisible();

  const reader = await personPage(browser);
  await reader.goto('/');
  await expect(reader.locator('main article').first().getByRole('heading')).toHaveText(title);
  // A text lead: the headline and the sapo across the column, no empty picture box beside them.
  const lead = reader.getByTestId('text-lead');
  await expect(lead.getByRole('heading')).toHaveText(title);
  await expect(lead).toContainText('Tin không kèm ảnh vẫn dẫn trang nhất.');
  await expect(lead.locator('img')).toHaveCount(0);
  const [box, headline] = [(await lead.boundingBox())!, (await lead.getByRole('heading').boundingBox())!];
  expect(headline.x - box.x).toBeLessThan(2);

  await editor.getByRole('button', { name: 'Bỏ ghim' }).click();
  await expect(editor.getByText('Bài chưa được ghim.')).toBeVisible();
});

test('dark mode follows the system and stays readable', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(20, 20, 20)');
  expect(await violations(page)).toEqual([]);
  await page.goto((await firstStoryHref(page))!);
  expect(await violations(page)).toEqual([]);
});
