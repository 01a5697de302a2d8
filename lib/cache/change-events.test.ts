import { describe, expect, it } from 'vitest';
import { type ChangeEvent, pagesTouchedBy, pageTags, type StoryFootprint } from './change-events';

const story = (over: Partial<StoryFootprint> = {}): StoryFootprint => ({
  id: 42,
  path: '/thoi-su/cau-moi-thong-xe-42',
  sectionSlug: 'thoi-su',
  tagSlugs: ['giao-thong'],
  creditSlugs: ['hoang-lan'],
  status: 'published',
  ...over,
});

/** What a whole-site flush looks like: the frame every page carries, or the root layout's path. */
function expectNoWholeSiteFlush(event: ChangeEvent) {
  const touched = pagesTouchedBy(event);
  expect(touched.tags).not.toContain(pageTags.frame);
  // An unrelated section's pages (its list, its feed, its story pages) stay cached.
  for (const tag of [pageTags.section('the-thao'), pageTags.sectionFeed('the-thao'), pageTags.storiesIn('the-thao')]) expect(touched.tags).not.toContain(tag);
  expect(touched.paths).not.toContain('/the-thao');
  expect(touched.memos).toBe(false);
}

describe('what a change touches', () => {
  it('a story published in Thời sự: its page, its section, tag and author lists, the front page, the feeds, the sitemaps and search — and nothing of Thể thao', () => {
    const event: ChangeEvent = { kind: 'story.published', story: story(), before: story({ status: 'approved' }) };
    const touched = pagesTouchedBy(event);
    expect(new Set(touched.paths)).toEqual(new Set(['/thoi-su/cau-moi-thong-xe-42', '/thoi-su', '/chu-de/giao-thong', '/tac-gia/hoang-lan', '/', '/trang-chu/moi-nhat']));
    expect(new Set(touched.tags)).toEqual(
      new Set([
        pageTags.story(42),
        pageTags.section('thoi-su'),
        pageTags.tag('giao-thong'),
        pageTags.author('hoang-lan'),
        pageTags.front,
        pageTags.feed,
        pageTags.sectionFeed('thoi-su'),
        pageTags.sitemap,
        pageTags.newsSitemap,
        pageTags.search,
      ]),
    );
    expect(touched).toMatchObject({ search: true, gone: true });
    expectNoWholeSiteFlush(event);
  });

  it('a live edit that moves a story to another section and renames it expires the old address and the old section too', () => {
    const before = story({ path: '/thoi-su/cau-cu-42', tagSlugs: ['cau-cu'] });
    const after = story({ path: '/kinh-te/cau-moi-42', sectionSlug: 'kinh-te' });
    const touched = pagesTouchedBy({ kind: 'story.editedLive', story: after, before });
    expect(touched.paths).toEqual(expect.arrayContaining(['/thoi-su/cau-cu-42', '/kinh-te/cau-moi-42', '/thoi-su', '/kinh-te', '/chu-de/cau-cu']));
    expect(touched.tags).toEqual(expect.arrayContaining([pageTags.section('thoi-su'), pageTags.section('kinh-te'), pageTags.sectionFeed('thoi-su'), pageTags.sectionFeed('kinh-te'), pageTags.tag('cau-cu')]));
    expectNoWholeSiteFlush({ kind: 'story.editedLive', story: after, before });
  });

  it('a takedown reads the story as it was live: its page (now a 410) and every list it was on', () => {
    const event: ChangeEvent = { kind: 'story.takenDown', story: story({ status: 'unpublished' }), before: story() };
    const touched = pagesTouchedBy(event);
    expect(touched.paths).toEqual(expect.arrayContaining(['/thoi-su/cau-moi-thong-xe-42', '/thoi-su', '/']));
    expect(touched.tags).toEqual(expect.arrayContaining([pageTags.feed, pageTags.sitemap, pageTags.newsSitemap]));
    expect(touched.gone).toBe(true);
    expectNoWholeSiteFlush(event);
  });

  it('a sign-off step on a draft no reader can reach touches nothing', () => {
    expect(pagesTouchedBy({ kind: 'story.moved', story: story({ status: 'in_review' }), before: story({ status: 'draft' }) })).toEqual({
      paths: [],
      tags: [],
      search: false,
      memos: false,
      gone: false,
    });
  });

  it('a comment approved, a comment removed or a correction: that story’s page only', () => {
    for (const kind of ['comment.approved', 'comment.removed', 'story.corrected'] as const) {
      const touched = pagesTouchedBy({ kind, story: story() });
      expect(touched.paths).toEqual(['/thoi-su/cau-moi-thong-xe-42']);
      expect(touched.tags).toEqual([pageTags.story(42)]);
      expect(touched.search).toBe(false);
    }
  });

  it('pinning or unpinning a story: the front page only', () => {
    for (const kind of ['story.pinned', 'story.unpinned'] as const) {
      const touched = pagesTouchedBy({ kind, story: story() });
      expect(touched.tags).toEqual([pageTags.front]);
      expect(touched.paths).toEqual(['/', '/trang-chu/moi-nhat']);
    }
  });

  it('a scheduled story whose time came is published as far as readers are concerned', () => {
    const wentLive = pagesTouchedBy({ kind: 'story.wentLive', story: story() });
    expect(wentLive).toEqual(pagesTouchedBy({ kind: 'story.published', story: story() }));
  });

  it('a renamed tag: both tag pages and the pages of the stories that showed it, not the lists', () => {
    const touched = pagesTouchedBy({ kind: 'tag.changed', slugs: ['giao-thong', 'giao-thong-do-thi'], stories: [story(), story({ id: 7, path: '/thoi-su/b-7', status: 'draft' })] });
    expect(touched.tags).toEqual([pageTags.tag('giao-thong'), pageTags.tag('giao-thong-do-thi'), pageTags.story(42)]);
    expect(touched.paths).toEqual(['/chu-de/giao-thong', '/chu-de/giao-thong-do-thi', '/thoi-su/cau-moi-thong-xe-42']);
    expectNoWholeSiteFlush({ kind: 'tag.changed', slugs: ['giao-thong'], stories: [story()] });
  });

  it('comments closed for a section: that section’s story pages; for one story: its page', () => {
    expect(pagesTouchedBy({ kind: 'comments.modeChanged', sectionSlug: 'thoi-su' }).tags).toEqual([pageTags.storiesIn('thoi-su')]);
    expect(pagesTouchedBy({ kind: 'comments.modeChanged', story: story() }).tags).toEqual([pageTags.story(42)]);
  });

  it('settings and sections are in the frame of every page: those, and only those, expire the frame', () => {
    expect(pagesTouchedBy({ kind: 'settings.changed' })).toMatchObject({ tags: [pageTags.frame], memos: true });
    const section = pagesTouchedBy({ kind: 'section.changed', slugs: ['thoi-su', 'thoi-su-moi'] });
    expect(section.tags).toEqual(expect.arrayContaining([pageTags.frame, pageTags.section('thoi-su'), pageTags.section('thoi-su-moi'), pageTags.sitemap]));
    expect(section.memos).toBe(true);
  });
});
