import { eq } from 'drizzle-orm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Article, articles, media, type Section, type User } from '@/db/schema';
import { approveArticle, createDraft, publishArticle, submitForReview } from '@/lib/articles/desk';
import { unique, withTestDatabase } from '@/test/database';
import { createSection, createUser } from '@/test/fixtures';
import { renderNewsSitemap, renderRss, renderSitemap, renderSitemapPage } from './documents';
import { countSitemapArticles, getCoverImage, listFeedArticles, listNewsSitemapArticles, listSitemapArticles } from './feeds';

const { getDb } = withTestDatabase();

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url', 'sitemap'].includes(name) });
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

const HOUR = 3600_000;
const now = new Date();
const site = { siteName: 'Báo thử & Đời sống', siteUrl: 'https://bao.test' };

let reporter: User;
let editor: User;
let section: Section;
let otherSection: Section;
// fresh: live 1 h ago, with a cover · old: live 3 days ago · scheduled: goes live in 1 h ·
// draft and inReview: never sent to the public · elsewhere: live, in another section.
let fresh: Article, old: Article, scheduled: Article, draft: Article, inReview: Article, elsewhere: Article;

const url = (a: Article, s: Section = section) => `https://bao.test/${s.slug}/${a.slug}-${a.id}`;

async function write(title: string, sectionId = section.id) {
  return createDraft({
    actor: reporter,
    input: { title: `${title} ${unique('seo')}`, lead: `Sapo của ${title} & <đồng bào>`, sectionId, body: 'Đoạn một.', credit: 'Tin, ảnh: Minh Anh' },
  });
}

async function publish(title: string, { at, publishAt, sectionId }: { at: Date; publishAt?: Date; sectionId?: number }) {
  const a = await write(title, sectionId);
  await submitForReview({ actor: reporter, articleId: a.id });
  await approveArticle({ actor: editor, articleId: a.id });
  return publishArticle({ actor: editor, articleId: a.id, now: at, publishAt });
}

beforeAll(async () => {
  [reporter, editor] = await Promise.all([createUser({ role: 'reporter' }), createUser({ role: 'editor' })]);
  [section, otherSection] = [await createSection(), await createSection()];
  old = await publish('Tin cũ ba ngày', { at: new Date(now.getTime() - 72 * HOUR) });
  fresh = await publish('Tin mới một giờ', { at: new Date(now.getTime() - HOUR) });
  scheduled = await publish('Tin hẹn giờ', { at: now, publishAt: new Date(now.getTime() + HOUR) });
  elsewhere = await publish('Tin chuyên mục khác', { at: new Date(now.getTime() - 2 * HOUR), sectionId: otherSection.id });
  draft = await write('Bản nháp');
  inReview = await write('Chờ duyệt');
  await submitForReview({ actor: reporter, articleId: inReview.id });

  const db = await getDb();
  const [cover] = await db
    .insert(media)
    .values({ storageKey: `${unique('anh')}.jpg`, mime: 'image/jpeg', size: 48_213, width: 1600, height: 1000, alt: 'Cây cầu' })
    .returning();
  [fresh] = await db.update(articles).set({ coverMediaId: cover.id }).where(eq(articles.id, fresh.id)).returning();
});

const notPublic = () => [scheduled, draft, inReview].map((a) => a.id);

describe('the RSS feeds', () => {
  it('list a section’s live stories, newest first, without drafts or scheduled stories', async () => {
    const rows = await listFeedArticles({ sectionId: section.id, limit: 50, now });
    expect(rows.map((r) => r.id)).toEqual([fresh.id, old.id]);
    expect(rows[0]).toMatchObject({ title: fresh.title, sectionSlug: section.slug, cover: { mime: 'image/jpeg', size: 48_213, width: 1600, height: 1000 } });
    expect(rows[1].cover).toBeNull();
  });

  it('list the whole paper’s stories across sections', async () => {
    const ids = (await listFeedArticles({ limit: 500, now })).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([fresh.id, old.id, elsewhere.id]));
    for (const id of notPublic()) expect(ids).not.toContain(id);
  });

  it('take in a scheduled story once its time has come', async () => {
    const later = new Date(now.getTime() + 2 * HOUR);
    expect((await listFeedArticles({ sectionId: section.id, now: later })).map((r) => r.id)).toEqual([scheduled.id, fresh.id, old.id]);
  });

  it('render a valid RSS document with links, dates, categories and the cover as enclosure', async () => {
    const doc = parse(await renderRss({ site, section, now }));
    const channel = doc.rss.channel;
    expect(channel.title).toBe(`${section.name} — Báo thử & Đời sống`);
    expect(channel.link).toBe(`https://bao.test/${section.slug}`);
    expect(channel['atom:link']['@href']).toBe(`https://bao.test/${section.slug}/rss.xml`);
    expect(channel.item.map((i: { link: string }) => i.link)).toEqual([url(fresh), url(old)]);
    const [item] = channel.item;
    expect(item).toMatchObject({ title: fresh.title, description: fresh.lead, category: section.name, 'dc:creator': 'Minh Anh' });
    expect(item.guid).toMatchObject({ '#text': url(fresh), '@isPermaLink': 'true' });
    expect(new Date(item.pubDate).getTime()).toBe(Math.floor(fresh.publishedAt!.getTime() / 1000) * 1000);
    expect(item.enclosure['@url']).toMatch(/^https:\/\/bao\.test\/media\/anh-.+\.jpg$/);
    expect(item.enclosure).toMatchObject({ '@length': '48213', '@type': 'image/jpeg' });
  });
});

describe('the sitemaps', () => {
  it('count and list only live stories, oldest first', async () => {
    const total = await countSitemapArticles({ now });
    const rows = await listSitemapArticles({ offset: 0, limit: total, now });
    expect(rows).toHaveLength(total);
    const ids = rows.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids).toEqual(expect.arrayContaining([fresh.id, old.id, elsewhere.id]));
    for (const id of notPublic()) expect(ids).not.toContain(id);
    expect(rows.find((r) => r.id === fresh.id)!.lastmod.getTime()).toBeGreaterThanOrEqual(fresh.publishedAt!.getTime());
  });

  it('fit in one file with the front page and every section while under the limit', async () => {
    const doc = parse(await renderSitemap({ site, now }));
    const locs = doc.urlset.url.map((u: { loc: string }) => u.loc);
    expect(locs[0]).toBe('https://bao.test/');
    expect(locs).toEqual(expect.arrayContaining([`https://bao.test/${section.slug}`, `https://bao.test/${otherSection.slug}`, url(fresh), url(old), url(elsewhere, otherSection)]));
    expect(locs).not.toContain(url(scheduled));
    expect(doc.urlset.url.find((u: { loc: string }) => u.loc === url(old)).lastmod).toBe(old.publishedAt!.toISOString());
  });

  it('split into an index of pages of at most pageSize URLs, none lost, none twice', async () => {
    const pageSize = 5;
    const index = parse(await renderSitemap({ site, pageSize, now })).sitemapindex;
    expect(index).toBeDefined();
    const pages: string[] = index.sitemap.map((s: { loc: string }) => s.loc);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toBe('https://bao.test/sitemaps/1.xml');
    expect(pages.at(-1)).toBe(`https://bao.test/sitemaps/${pages.length}.xml`);
    for (const s of index.sitemap) expect(Number.isNaN(Date.parse(s.lastmod))).toBe(false);

    const locs: string[] = [];
    for (let page = 1; page <= pages.length; page++) {
      const xml = await renderSitemapPage({ site, page, pageSize, now });
      const urls = parse(xml!).urlset.url.map((u: { loc: string }) => u.loc);
      expect(urls.length).toBeLessThanOrEqual(pageSize);
      if (page < pages.length) expect(urls).toHaveLength(pageSize);
      locs.push(...urls);
    }
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs[0]).toBe('https://bao.test/');
    expect(locs).toEqual(expect.arrayContaining([`https://bao.test/${section.slug}`, url(fresh), url(old), url(elsewhere, otherSection)]));
    expect(locs).not.toContain(url(scheduled));
    expect(await renderSitemapPage({ site, page: 0, pageSize, now })).toBeNull();
    expect(await renderSitemapPage({ site, page: 999_999, pageSize, now })).toBeNull();
  });
});

describe('the Google News sitemap', () => {
  it('holds only stories published in the last 48 hours', async () => {
    const rows = await listNewsSitemapArticles({ since: new Date(now.getTime() - 48 * HOUR), now });
    const ids = rows.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([fresh.id, elsewhere.id]));
    expect(ids).not.toContain(old.id);
    for (const id of notPublic()) expect(ids).not.toContain(id);
  });

  it('drops a story once it is older than 48 hours', async () => {
    const db = await getDb();
    const story = await publish('Tin vừa quá hai ngày', { at: new Date(now.getTime() - 47 * HOUR) });
    const within = parse(await renderNewsSitemap({ site, now })).urlset.url.map((u: { loc: string }) => u.loc);
    expect(within).toContain(url(story));
    await db.update(articles).set({ publishedAt: new Date(now.getTime() - 49 * HOUR) }).where(eq(articles.id, story.id));
    const after = parse(await renderNewsSitemap({ site, now })).urlset.url.map((u: { loc: string }) => u.loc);
    expect(after).not.toContain(url(story));
  });

  it('names the publication and gives each story’s time and title', async () => {
    const doc = parse(await renderNewsSitemap({ site, now }));
    const entry = doc.urlset.url.find((u: { loc: string }) => u.loc === url(fresh));
    expect(entry['news:news']).toEqual({
      'news:publication': { 'news:name': 'Báo thử & Đời sống', 'news:language': 'vi' },
      'news:publication_date': fresh.publishedAt!.toISOString(),
      'news:title': fresh.title,
    });
  });
});

it('finds a story’s cover photo for the article page', async () => {
  expect(await getCoverImage({ mediaId: fresh.coverMediaId })).toMatchObject({ url: expect.stringMatching(/^\/media\/anh-.+\.jpg$/), width: 1600, height: 1000, alt: 'Cây cầu' });
  expect(await getCoverImage({ mediaId: null })).toBeNull();
});
