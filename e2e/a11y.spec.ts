import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

async function seriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

test('the front page, an article and the sign-in page have no serious accessibility violation', async ({ page }) => {
  await page.goto('/');
  expect(await seriousViolations(page)).toEqual([]);
  await page.locator('main article :is(h2,h3) a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/dang-nhap');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the article page shows the whole anatomy of a newspaper story', async ({ page }) => {
  await page.goto('/');
  await page.locator('main article :is(h2,h3) a').first().click();
  await expect(page.getByRole('navigation', { name: 'Đường dẫn' })).toBeVisible();
  const time = page.locator('article time').first();
  await expect(time).toHaveText(/^\d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}$/);
  expect(await time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  await expect(page.getByTestId('lead')).toHaveText(/^TS\.VN - /);
  const figure = page.locator('.article-body figure').first();
  await expect(figure.locator('figcaption')).not.toBeEmpty();
  const alt = await figure.locator('img').getAttribute('alt');
  expect(alt).toBeTruthy();
  expect(alt).not.toBe(await figure.locator('figcaption').innerText());
  await expect(page.getByTestId('credit')).toHaveText(/^(Tin|Bài)(, ảnh)?: |^Bài: .+ - Ảnh: /);
  const share = page.getByRole('region', { name: 'Chia sẻ bài viết' });
  await expect(share.getByRole('link', { name: 'Facebook' })).toHaveAttribute('href', /facebook\.com\/sharer/);
  await expect(share.getByRole('link', { name: 'Zalo' })).toHaveAttribute('href', /zalo\.me/);
  await expect(share.getByRole('link', { name: 'X' })).toHaveAttribute('href', /x\.com\/intent/);
  await expect(share.getByRole('button', { name: 'Sao chép liên kết' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bình luận' })).toBeVisible();
  await expect(page.getByText('Bình luận sẽ hiển thị sau khi được kiểm duyệt.')).toBeVisible();
  // On a fresh demo the week's five most read are the day's five: the repeat is left out.
  await expect(page.getByRole('heading', { name: 'Đọc nhiều 24 giờ' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Đọc nhiều trong tuần' })).toHaveCount(0);
  // Structured data for search engines: the story and its breadcrumb.
  const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((t) => [JSON.parse(t)].flat());
  const story = jsonLd.find((d) => d['@type'] === 'NewsArticle');
  expect(story).toMatchObject({ headline: await page.getByRole('heading', { level: 1 }).innerText(), inLanguage: 'vi' });
  expect(story.datePublished).toBe(await time.getAttribute('datetime'));
  expect(jsonLd.find((d) => d['@type'] === 'BreadcrumbList')?.itemListElement).toHaveLength(3);
  // Images load from our own media route.
  const img = await page.request.get((await figure.locator('img').getAttribute('src'))!);
  expect(img.status()).toBe(200);
  expect(img.headers()['cache-control']).toContain('immutable');
});

test('the article editor and its photo picker have no serious accessibility violation', async ({ page }) => {
  await signIn(page, 'reporter');
  await page.goto('/desk/bai-viet/moi');
  await expect(page.getByTestId('body-editor')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId('insert-image').click();
  await expect(page.getByRole('dialog', { name: 'Chèn ảnh' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
