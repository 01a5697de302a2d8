import { type BrowserContext, type BrowserContextOptions, expect, test } from '@playwright/test';
import { accounts, approveAndPublish, personPage, publicUrl, signIn, takeDown, writeAndSubmit } from './helpers';

// Every page a reader or a member of the staff can open, on a desktop and on a phone, leaves the
// browser's console clean: no error (a failed hydration, a missing favicon, a script that throws),
// no uncaught exception, and no request to our own server that fails or answers an error.

const viewports: { name: string; options: BrowserContextOptions }[] = [
  { name: 'desktop', options: { viewport: { width: 1366, height: 768 } } },
  { name: 'phone', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
];

/** Every desk page without an id in its address; a role that may not open one is sent on to "no access". */
const deskPages = [
  '/desk',
  '/desk/bai-viet',
  '/desk/bai-viet/moi',
  '/desk/duyet-bai',
  '/desk/binh-luan',
  '/desk/binh-luan/thong-ke',
  '/desk/binh-luan/tu-ngu',
  '/desk/anh',
  '/desk/the',
  '/desk/chuyen-muc',
  '/desk/quy-trinh',
  '/desk/nguoi-dung',
  '/desk/cai-dat',
  '/desk/nhat-ky',
  '/desk/thong-bao',
  '/desk/tai-khoan',
  '/desk/khong-co-quyen',
  '/desk/de-tai',
  '/desk/de-tai?xem=chuyen-muc',
  '/desk/de-tai/moi',
  '/desk/de-tai/bao-cao',
  '/desk/nhuan-but',
  '/desk/nhuan-but/bang-ke',
  '/desk/nhuan-but/cai-dat',
];

/** Opens `path` in a tab of its own and returns what went wrong there, each line naming the page. */
async function problemsOn(context: BrowserContext, path: string, expectedStatus = 200): Promise<string[]> {
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const ours = (url: string) => url.startsWith(`${origin}/`);
  let documentAnswerLogged = false;
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // The browser reports a page that answers 404 or 410 as a failed load, once: that answer is the page's point.
    if (expectedStatus >= 400 && !documentAnswerLogged && m.text() === `Failed to load resource: the server responded with a status of ${expectedStatus} (${expectedStatus === 404 ? 'Not Found' : 'Gone'})`) {
      documentAnswerLogged = true;
      return;
    }
    problems.push(`${path}: console: ${m.text().slice(0, 300)}`);
  });
  page.on('pageerror', (e) => problems.push(`${path}: exception: ${e.message.slice(0, 300)}`));
  page.on('requestfailed', (r) => {
    // The router drops prefetches it no longer needs (and closing the tab drops the rest): a
    // cancelled request is not a failed one. A failing one shows as an error status below.
    if (ours(r.url()) && r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${path}: request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (!ours(r.url()) || r.status() < 400) return;
    if (r.request().isNavigationRequest() && r.frame() === page.mainFrame() && r.status() === expectedStatus) return;
    problems.push(`${path}: ${r.status()} ${r.url()}`);
  });
  const answer = await page.goto(path);
  expect(answer?.status(), path).toBe(expectedStatus);
  await page.waitForLoadState('networkidle');
  page.removeAllListeners();
  await page.close();
  return problems;
}

/**
 * What went wrong on each of `pages`, a few tabs at a time: each page waits for half a second of
 * network quiet before it counts as loaded, so tabs side by side save most of that waiting.
 */
async function problemsOnAll(context: BrowserContext, pages: [string, number?][], tabs = 3): Promise<string[]> {
  const found: string[][] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: tabs }, async () => {
      while (next < pages.length) {
        const i = next++;
        const [path, status] = pages[i];
        found[i] = await problemsOn(context, path, status);
      }
    }),
  );
  return found.flat();
}

/** The ids in a page's links that match `pattern` (its first group), in page order. */
async function linkedIds(context: BrowserContext, path: string, pattern: RegExp): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(path);
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  await page.close();
  return hrefs.flatMap((h) => pattern.exec(h)?.[1] ?? []);
}

let goneUrl = '';

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  // A story the newsroom took down: its address answers 410 with the notice.
  const reporter = await personPage(browser, 'reporter');
  const deskUrl = await writeAndSubmit(reporter, { title: `Tin đính chính giá điện ${Date.now() % 100000}`, section: 'Kinh tế' });
  const editor = await personPage(browser, 'editor');
  await approveAndPublish(editor, deskUrl);
  goneUrl = new URL(await publicUrl(editor), 'http://x').pathname;
  await takeDown(editor, 'Số liệu chưa được kiểm chứng.');
  await reporter.context().close();
  await editor.context().close();
});

for (const { name, options } of viewports) {
  test(`a reader's pages leave the console clean (${name})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext(options);
    const front = await context.newPage();
    await front.goto('/');
    // A story with tags (other specs publish stories without any, and those may lead the page).
    const candidates = await front.locator('main article :is(h2,h3) a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    let articlePath = '';
    let tagPath: string | null = null;
    for (const href of candidates) {
      await front.goto(href);
      if ((await front.locator('a[href^="/chu-de/"]').count()) === 0) continue;
      articlePath = href;
      tagPath = await front.locator('a[href^="/chu-de/"]').first().getAttribute('href');
      break;
    }
    expect(tagPath, 'a story on the front page with tags').toBeTruthy();
    const sectionPath = await front.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link').nth(1).getAttribute('href');
    await front.close();

    const pages: [string, number?][] = [
      ['/'],
      [sectionPath!],
      [articlePath],
      [tagPath!],
      // An author's page, read from the credit lines of the seeded stories ("Tin, ảnh: Tuấn Kiệt").
      ['/tac-gia/tuan-kiet'],
      ['/tim-kiem?q=hop+mat'],
      ['/dang-nhap'],
      ['/khong-co-chuyen-muc-nay/khong-co-bai-nay', 404],
      [goneUrl, 410],
    ];
    expect(await problemsOnAll(context, pages)).toEqual([]);
    await context.close();
  });

  for (const who of Object.keys(accounts) as (keyof typeof accounts)[]) {
    test(`every desk page leaves the console clean for the ${who} (${name})`, async ({ browser }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext(options);
      await signIn(await context.newPage(), who);
      // The pages with an id: the first story on the person's lists, its history, and a commenter's history.
      const storyIds: string[] = [];
      for (const list of ['/desk/bai-viet', '/desk/duyet-bai', '/desk/bai-viet?ds=da-dang']) {
        storyIds.push(...(await linkedIds(context, list, /^\/desk\/bai-viet\/(\d+)$/)));
      }
      const commentIds = await linkedIds(context, '/desk/binh-luan', /^\/desk\/binh-luan\/(\d+)$/);
      // A topic on the planning board (the demo seed plans a week; a moderator has no board).
      // Neither a moderator nor the accountant (kế toán, nhuận bút only) writes or plans stories.
      const writes = who !== 'moderator' && who !== 'accountant';
      const topicIds = writes ? await linkedIds(context, '/desk/de-tai', /^\/desk\/de-tai\/(\d+)$/) : [];
      if (writes) expect(topicIds.length, 'a topic on the board').toBeGreaterThan(0);
      if (writes) expect(storyIds.length, 'a story on the list').toBeGreaterThan(0);
      if (who === 'moderator' || who === 'admin') expect(commentIds.length, 'a comment in the queue').toBeGreaterThan(0);
      const pages = [
        ...deskPages,
        ...storyIds.slice(0, 1).flatMap((id) => [`/desk/bai-viet/${id}`, `/desk/bai-viet/${id}/lich-su`]),
        ...commentIds.slice(0, 1).map((id) => `/desk/binh-luan/${id}`),
        ...topicIds.slice(0, 1).map((id) => `/desk/de-tai/${id}`),
      ];
      expect(await problemsOnAll(context, pages.map((path): [string] => [path]))).toEqual([]);
      await context.close();
    });
  }
}
