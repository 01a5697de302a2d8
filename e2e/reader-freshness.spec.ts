import { type APIRequestContext, expect, test } from '@playwright/test';
import { approveAndPublish, personPage, publicUrl, writeAndSubmit } from './helpers';

// An editor publishes a story in Xã hội. Readers of the front page, of Xã hội and of the paper's
// feed see it on their very next request; a reader of Thể thao or Kinh tế, which the story is not in, is
// still served the page the cache already held (Next's `x-nextjs-cache: HIT`), not a fresh render:
// a publish no longer expires the whole site.

async function cacheState(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return { state: res.headers()['x-nextjs-cache'], body: await res.text() };
}

/** Asked until the route cache holds it, as a reader's second visit finds it. */
async function warm(request: APIRequestContext, path: string) {
  await expect(async () => expect((await cacheState(request, path)).state).toBe('HIT')).toPass({ timeout: 10_000 });
}

test('a publish refreshes the front page, its section and the feed at once, and leaves another section cached', async ({ browser, request }) => {
  const title = `Phường Phú Cường mở thêm điểm sinh hoạt cộng đồng số ${Date.now() % 100000}`;
  const reporter = await personPage(browser, 'reporter');
  const deskUrl = await writeAndSubmit(reporter, { title, section: 'Xã hội' });

  for (const path of ['/', '/xa-hoi', '/the-thao', '/kinh-te']) await warm(request, path);
  expect((await request.get('/rss.xml')).ok()).toBe(true);
  expect((await request.get('/xa-hoi/rss.xml')).ok()).toBe(true);

  const editor = await personPage(browser, 'editor');
  await approveAndPublish(editor, deskUrl);
  const storyPath = new URL(await publicUrl(editor), 'http://x').pathname;

  // At once: the first request after the publish, no waiting for a lifetime.
  for (const path of ['/', '/xa-hoi', '/rss.xml', '/xa-hoi/rss.xml']) {
    expect((await request.get(path)).ok(), path).toBe(true);
    expect(await (await request.get(path)).text(), path).toContain(title);
  }
  expect((await cacheState(request, storyPath)).body).toContain(title);

  // Thể thao and Kinh tế still come from the cache filled before the publish — also after the
  // expiry's repeat half a second later. An expired page is rendered anew (MISS); one that merely
  // reached its two-minute lifetime while the story was being published is served as it was (STALE),
  // which also says the publish did not expire it.
  const fromCache = ['HIT', 'STALE'];
  for (const path of ['/the-thao', '/kinh-te']) expect(fromCache, path).toContain((await cacheState(request, path)).state);
  await new Promise((r) => setTimeout(r, 800));
  for (const path of ['/the-thao', '/kinh-te']) {
    const { state, body } = await cacheState(request, path);
    expect(fromCache, path).toContain(state);
    expect(body).not.toContain(title);
  }
});
