import { expect, type APIResponse, type Page, type Response, test } from '@playwright/test';
import sharp from 'sharp';
import { saveStory, signIn, typeBody } from './helpers';

/** Every CSP refusal the page meets, from the browser's own event and from its console. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) consoleErrors.push(msg.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
  });
  return async () => [...consoleErrors, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

function headersOf(res: Response | APIResponse | null): Record<string, string> {
  expect(res).not.toBeNull();
  return res!.headers();
}

function expectBaseHeaders(h: Record<string, string>) {
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['content-security-policy']).toContain("object-src 'none'");
  // SITE_URL is http in this run: no HSTS (lib/security-headers.test.ts checks the https case).
  expect(h['strict-transport-security']).toBeUndefined();
}

test('a reader reads cached pages under the static CSP, with no script refused', async ({ page, request }) => {
  const refused = await watchCsp(page);
  const front = await page.goto('/');
  const h = headersOf(front);
  expectBaseHeaders(h);
  expect(h['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
  expect(h['content-security-policy']).not.toContain('nonce-');

  const href = await page.locator('main article :is(h2,h3) a').first().getAttribute('href');
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The islands hydrate and work: the text-size control changes the story's scale.
  const scale = () => page.evaluate(() => document.documentElement.style.getPropertyValue('--article-scale'));
  await expect.poll(scale).not.toBe('');
  const before = await scale();
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await expect.poll(scale).not.toBe(before);
  await page.waitForLoadState('networkidle');
  expect(await refused()).toEqual([]);

  // The article is still served from the page cache, not rendered per request.
  const first = await request.get(href!);
  const second = await request.get(href!);
  console.log(`article ${href}: x-nextjs-cache ${first.headers()['x-nextjs-cache']} then ${second.headers()['x-nextjs-cache']}; cache-control ${second.headers()['cache-control']}`);
  expect(second.headers()['x-nextjs-cache']).toBe('HIT');
  expectBaseHeaders(second.headers());
});

test('sign-in and the desk editor run under a nonce CSP and refuse to be framed', async ({ page }) => {
  const refused = await watchCsp(page);
  const signInPage = await page.goto('/dang-nhap');
  const h = headersOf(signInPage);
  expectBaseHeaders(h);
  expect(h['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['x-frame-options']).toBe('DENY');
  // Next put the nonce on its own scripts.
  const nonce = /'nonce-([^']+)'/.exec(h['content-security-policy'])![1];
  const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((n) => n === nonce)).toBe(true);

  await signIn(page, 'reporter');
  const desk = await page.goto('/desk/bai-viet/moi');
  const d = headersOf(desk);
  expect(d['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(d['content-security-policy']).not.toContain(nonce);
  expect(d['x-frame-options']).toBe('DENY');

  await page.getByLabel('Tiêu đề', { exact: true }).fill(`Bài thử CSP ${Date.now() % 1_000_000}`);
  await page.getByLabel('Sapo').fill('Sapo của bài thử chính sách bảo mật nội dung.');
  await page.getByLabel('Chuyên mục').selectOption({ index: 1 });
  await typeBody(page, 'Đoạn đầu gõ trong trình soạn thảo.\n\nĐoạn thứ hai, có');
  await page.keyboard.press('Control+b');
  await page.keyboard.insertText(' chữ đậm');
  await saveStory(page);
  await expect(page.getByTestId('body-editor')).toContainText('chữ đậm');
  expect(await refused()).toEqual([]);
});

test('the API, /media and a desk redirect carry the headers too', async ({ page, request }) => {
  const health = await request.get('/api/health');
  expectBaseHeaders(health.headers());

  const away = await request.get('/desk/bai-viet', { maxRedirects: 0 });
  expect(away.status()).toBeGreaterThanOrEqual(300);
  expect(away.headers()['x-content-type-options']).toBe('nosniff');
  expect(away.headers()['x-frame-options']).toBe('DENY');

  await signIn(page, 'reporter');
  const jpeg = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#2a6' } }).jpeg().toBuffer();
  const uploaded = await page.request.post('/api/anh', { multipart: { file: { name: 'csp.jpg', mimeType: 'image/jpeg', buffer: jpeg } } });
  expect(uploaded.status()).toBe(201);
  const { src } = (await uploaded.json()) as { src: string };
  const image = await request.get(src);
  expect(image.status()).toBe(200);
  expectBaseHeaders(image.headers());
});
