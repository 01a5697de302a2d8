import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

// A feed reader, a search engine's crawler and Google News each fetch what the paper publishes for
// machines, and every link they find leads to a page that answers.

const NEWEST_DEMO_STORY = 'Hơn 5.000 vận động viên tranh tài giải marathon “Qua cầu Phú Cường”';
const OLDEST_DEMO_STORY = 'Khánh thành cầu Phú Cường Mới, rút ngắn 15 km đường về trung tâm tỉnh';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url', 'sitemap'].includes(name) });

async function fetchXml(request: APIRequestContext, path: string, type: RegExp) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type']).toMatch(type);
  expectCachedFiveMinutes(res);
  const xml = await res.text();
  expect(XMLValidator.validate(xml), path).toBe(true);
  return parser.parse(xml);
}

function expectCachedFiveMinutes(res: APIResponse) {
  expect(res.headers()['cache-control']).toBe('public, max-age=300, s-maxage=300');
}

/** Absolute, on this site, and answering 200. */
async function expectLive(request: APIRequestContext, baseURL: string, urls: string[]) {
  for (const url of urls) {
    expect(url.startsWith(`${baseURL}/`), url).toBe(true);
    expect((await request.get(url)).status(), url).toBe(200);
  }
}

test('a feed reader subscribes to the whole paper and to one section', async ({ request, baseURL }) => {
  const feed = (await fetchXml(request, '/rss.xml', /^application\/rss\+xml/)).rss;
  expect(feed['@version']).toBe('2.0');
  const channel = feed.channel;
  expect(channel).toMatchObject({ title: 'Tòa Soạn', link: `${baseURL}/`, language: 'vi' });
  expect(channel['atom:link']).toMatchObject({ '@href': `${baseURL}/rss.xml`, '@rel': 'self' });
  expect(Number.isNaN(Date.parse(channel.lastBuildDate))).toBe(false);
  // The demo's 15 published stories, newest first, the oldest (nine days back) among them.
  expect(channel.item.length).toBeGreaterThanOrEqual(15);
  expect(channel.item.map((i: { title: string }) => i.title)).toContain(OLDEST_DEMO_STORY);
  const dates = channel.item.map((i: { pubDate: string }) => Date.parse(i.pubDate));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  for (const item of channel.item) {
    expect(item.title).toBeTruthy();
    expect(item.description).toBeTruthy();
    expect(item.category).toBeTruthy();
    expect(item.guid).toMatchObject({ '#text': item.link, '@isPermaLink': 'true' });
    expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  }
  const withCover = channel.item.filter((i: { enclosure?: unknown }) => i.enclosure);
  expect(withCover.length).toBeGreaterThan(0);
  await expectLive(request, baseURL!, channel.item.slice(0, 3).map((i: { link: string }) => i.link));
  await expectLive(request, baseURL!, withCover.slice(0, 2).map((i: { enclosure: { '@url': string } }) => i.enclosure['@url']));

  const first = channel.item[0];
  const sectionSlug = new URL(first.link).pathname.split('/')[1];
  const sectionFeed = (await fetchXml(request, `/${sectionSlug}/rss.xml`, /^application\/rss\+xml/)).rss.channel;
  expect(sectionFeed.link).toBe(`${baseURL}/${sectionSlug}`);
  expect(sectionFeed.title).toBe(`${first.category} — Tòa Soạn`);
  expect(sectionFeed.item.map((i: { link: string }) => i.link)).toContain(first.link);
  for (const item of sectionFeed.item) expect(item.category).toBe(first.category);

  expect((await request.get('/khong-co-chuyen-muc-nay/rss.xml')).status()).toBe(404);
});

test('a crawler reads robots.txt and follows the sitemaps to every story', async ({ request, baseURL }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expectCachedFiveMinutes(robots);
  const lines = (await robots.text()).split('\n');
  expect(lines).toEqual(expect.arrayContaining(['User-agent: *', 'Disallow: /desk', 'Disallow: /dang-nhap', 'Disallow: /api', 'Disallow: /tim-kiem']));
  expect(lines).toEqual(expect.arrayContaining([`Sitemap: ${baseURL}/sitemap.xml`, `Sitemap: ${baseURL}/news-sitemap.xml`]));

  const sitemap = await fetchXml(request, '/sitemap.xml', /^application\/xml/);
  let urls: { loc: string; lastmod?: string }[] = sitemap.urlset?.url ?? [];
  if (sitemap.sitemapindex) {
    for (const child of sitemap.sitemapindex.sitemap) {
      urls = urls.concat((await fetchXml(request, new URL(child.loc).pathname, /^application\/xml/)).urlset.url);
    }
  } else {
    // One file while it fits; its first page also answers as /sitemaps/1.xml.
    expect((await fetchXml(request, '/sitemaps/1.xml', /^application\/xml/)).urlset.url).toHaveLength(urls.length);
  }
  const locs = urls.map((u) => u.loc);
  expect(locs).toContain(`${baseURL}/`);
  expect(locs).toContain(`${baseURL}/thoi-su`);
  const stories = locs.filter((l) => new URL(l).pathname.split('/').length === 3);
  expect(stories.length).toBeGreaterThanOrEqual(15);
  for (const u of urls) if (u.lastmod) expect(Number.isNaN(Date.parse(u.lastmod))).toBe(false);
  await expectLive(request, baseURL!, [`${baseURL}/`, `${baseURL}/thoi-su`, ...stories.slice(0, 3)]);
  expect((await request.get('/sitemaps/999.xml')).status()).toBe(404);
});

test('Google News finds the stories of the last two days', async ({ request, baseURL }) => {
  const news = (await fetchXml(request, '/news-sitemap.xml', /^application\/xml/)).urlset;
  expect(news['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
  // The demo's stories from 5 to 30 hours old; those of 50 hours and more stay out.
  expect(news.url.length).toBeGreaterThanOrEqual(7);
  const titles = news.url.map((u: { 'news:news': { 'news:title': string } }) => u['news:news']['news:title']);
  expect(titles).toContain(NEWEST_DEMO_STORY);
  expect(titles).not.toContain(OLDEST_DEMO_STORY);
  const twoDaysAgo = Date.now() - 48 * 3600_000;
  for (const u of news.url) {
    expect(u['news:news']['news:publication']).toEqual({ 'news:name': 'Tòa Soạn', 'news:language': 'vi' });
    expect(u['news:news']['news:title']).toBeTruthy();
    expect(Date.parse(u['news:news']['news:publication_date'])).toBeGreaterThan(twoDaysAgo);
  }
  await expectLive(request, baseURL!, news.url.slice(0, 3).map((u: { loc: string }) => u.loc));
});
