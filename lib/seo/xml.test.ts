// fixed-date: instants handed to pure feed and sitemap writers.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildNewsSitemap, buildRss, buildSitemap, buildSitemapIndex, countSitemapPages, planSitemapPage, rfc822, xmlEscape } from './xml';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => ['item', 'url', 'sitemap', 'dc:creator'].includes(name) });

/** Parses with a real XML parser, failing the test on any well-formedness error. */
function parse(xml: string) {
  const valid = XMLValidator.validate(xml);
  expect(valid, JSON.stringify(valid)).toBe(true);
  return parser.parse(xml);
}

const hostile = 'Giá xăng </script><script>alert(1)</script> ]]> & “tăng” \'mạnh\' "nữa"\u0007\u0000\uFFFF 🚗';
const hostileAsRead = 'Giá xăng </script><script>alert(1)</script> ]]> & “tăng” \'mạnh\' "nữa" 🚗';
const nfd = 'Họp mặt cán bộ hưu trí'.normalize('NFD');
const published = new Date('2026-11-28T01:25:00Z');

describe('escaping text for XML', () => {
  it('escapes the five markup characters', () => {
    expect(xmlEscape(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });

  it('drops control characters XML cannot carry, keeps tab and line breaks', () => {
    expect(xmlEscape('a\u0000b\u0008c\u000Bd\u001Fe\u007Ff\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(xmlEscape('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('keeps emoji but drops a lone surrogate', () => {
    expect(xmlEscape('🚗 xe')).toBe('🚗 xe');
    expect(xmlEscape('a\uD83Db\uDE97c')).toBe('abc');
  });

  it('gives Vietnamese text in NFC', () => {
    expect(xmlEscape(nfd)).toBe('Họp mặt cán bộ hưu trí'.normalize('NFC'));
    expect(xmlEscape(nfd)).not.toBe(nfd);
  });
});

describe('the RSS 2.0 feed', () => {
  const channel = {
    title: 'Tòa Soạn & Cộng sự',
    link: 'https://bao.test/',
    description: 'Tin mới nhất',
    selfUrl: 'https://bao.test/rss.xml',
    lastBuildDate: published,
  };

  it('carries the channel and every item with the fields readers need', () => {
    const xml = buildRss({
      channel,
      items: [
        {
          title: hostile,
          link: 'https://bao.test/thoi-su/gia-xang-1?a=1&b=2',
          description: nfd,
          pubDate: published,
          category: 'Thời sự',
          creators: ['Minh Anh', 'Tuấn Kiệt'],
          image: { url: 'https://bao.test/media/a.jpg', mime: 'image/jpeg', size: 12345, width: 1600, height: 1000 },
        },
        { title: 'Không ảnh', link: 'https://bao.test/xa-hoi/khong-anh-2', description: '', pubDate: published },
      ],
    });
    const doc = parse(xml);
    expect(doc.rss['@version']).toBe('2.0');
    const c = doc.rss.channel;
    expect(c).toMatchObject({ title: 'Tòa Soạn & Cộng sự', link: 'https://bao.test/', language: 'vi', lastBuildDate: 'Sat, 28 Nov 2026 01:25:00 GMT' });
    expect(c['atom:link']).toMatchObject({ '@href': 'https://bao.test/rss.xml', '@rel': 'self', '@type': 'application/rss+xml' });
    const [first, second] = c.item;
    expect(first.title).toBe(hostileAsRead);
    expect(first.link).toBe('https://bao.test/thoi-su/gia-xang-1?a=1&b=2');
    expect(first.guid).toMatchObject({ '#text': first.link, '@isPermaLink': 'true' });
    expect(first.pubDate).toBe(rfc822(published));
    expect(first.description).toBe('Họp mặt cán bộ hưu trí'.normalize('NFC'));
    expect(first.category).toBe('Thời sự');
    expect(first['dc:creator']).toEqual(['Minh Anh', 'Tuấn Kiệt']);
    expect(first.enclosure).toMatchObject({ '@url': 'https://bao.test/media/a.jpg', '@length': '12345', '@type': 'image/jpeg' });
    expect(first['media:content']).toMatchObject({ '@url': 'https://bao.test/media/a.jpg', '@width': '1600', '@height': '1000', '@medium': 'image' });
    expect(second.enclosure).toBeUndefined();
    expect(second.category).toBeUndefined();
  });

  it('is well-formed with no items', () => {
    expect(parse(buildRss({ channel, items: [] })).rss.channel.item).toBeUndefined();
  });

  it('writes dates in RFC 822', () => {
    expect(rfc822(published)).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  });
});

describe('sitemaps', () => {
  it('lists URLs with their last change in W3C time', () => {
    const doc = parse(
      buildSitemap([
        { loc: 'https://bao.test/', lastmod: published },
        { loc: 'https://bao.test/thoi-su/a-1?x=1&y=2' },
      ]),
    );
    expect(doc.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset.url).toEqual([
      { loc: 'https://bao.test/', lastmod: '2026-11-28T01:25:00.000Z' },
      { loc: 'https://bao.test/thoi-su/a-1?x=1&y=2' },
    ]);
  });

  it('builds an index of sitemap pages', () => {
    const doc = parse(buildSitemapIndex([{ loc: 'https://bao.test/sitemaps/1.xml', lastmod: published }, { loc: 'https://bao.test/sitemaps/2.xml' }]));
    expect(doc.sitemapindex['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual(['https://bao.test/sitemaps/1.xml', 'https://bao.test/sitemaps/2.xml']);
  });

  it('splits the URL list into pages of at most pageSize, static pages first, none lost or repeated', () => {
    const staticCount = 3;
    for (const articleCount of [0, 1, 2, 7, 12, 13]) {
      const pages = countSitemapPages({ staticCount, articleCount, pageSize: 5 });
      expect(pages).toBe(Math.max(1, Math.ceil((staticCount + articleCount) / 5)));
      const seen: string[] = [];
      for (let page = 1; page <= pages; page++) {
        const p = planSitemapPage({ page, staticCount, pageSize: 5 });
        const statics = Array.from({ length: p.staticEnd - p.staticStart }, (_, i) => `s${p.staticStart + i}`);
        const arts = Array.from({ length: Math.max(0, Math.min(p.articleLimit, articleCount - p.articleOffset)) }, (_, i) => `a${p.articleOffset + i}`);
        expect(statics.length + arts.length).toBeLessThanOrEqual(5);
        if (page < pages) expect(statics.length + arts.length).toBe(5);
        seen.push(...statics, ...arts);
      }
      expect(seen).toEqual([...Array.from({ length: staticCount }, (_, i) => `s${i}`), ...Array.from({ length: articleCount }, (_, i) => `a${i}`)]);
    }
  });

  it('plans the pages of a 50,000-URL sitemap', () => {
    expect(countSitemapPages({ staticCount: 9, articleCount: 49_991 })).toBe(1);
    expect(countSitemapPages({ staticCount: 9, articleCount: 49_992 })).toBe(2);
    expect(planSitemapPage({ page: 2, staticCount: 9 })).toEqual({ staticStart: 9, staticEnd: 9, articleOffset: 49_991, articleLimit: 50_000 });
  });
});

describe('the Google News sitemap', () => {
  it('names the publication, its language, and each story’s time and title', () => {
    const doc = parse(
      buildNewsSitemap({
        publicationName: 'Báo <Tòa Soạn> & Đời sống',
        items: [{ loc: 'https://bao.test/thoi-su/a-1', title: hostile, publishedAt: published }],
      }),
    );
    expect(doc.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const [url] = doc.urlset.url;
    expect(url.loc).toBe('https://bao.test/thoi-su/a-1');
    expect(url['news:news']).toEqual({
      'news:publication': { 'news:name': 'Báo <Tòa Soạn> & Đời sống', 'news:language': 'vi' },
      'news:publication_date': '2026-11-28T01:25:00.000Z',
      'news:title': hostileAsRead,
    });
  });
});
