// fixed-date: instants handed to pure JSON-LD builders.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from '@/components/reader/json-ld';
import type { RichDoc } from '@/db/schema';
import { articleMetadata, feedAlternates } from './metadata';
import { articleImages, breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from './structured-data';

const site = { siteName: 'Tòa Soạn', siteUrl: 'https://bao.test', logo: { url: '/logo.png', width: 600, height: 60 } };
const section = { slug: 'thoi-su', name: 'Thời sự' };
const article = {
  id: 42,
  slug: 'cau-moi-thong-xe',
  title: 'Cầu mới thông xe',
  lead: 'Cây cầu rút ngắn 15 km đường về trung tâm.',
  credit: 'Bài: Lê Hà - Ảnh: Tuấn Kiệt',
  publishedAt: new Date('2026-11-28T01:25:00Z'),
  updatedAt: new Date('2026-11-28T03:00:00Z'),
  seoTitle: null,
  seoDescription: null,
};
const url = 'https://bao.test/thoi-su/cau-moi-thong-xe-42';

describe('NewsArticle JSON-LD', () => {
  it('describes the story with absolute URLs, ISO dates, the credited people and the paper', () => {
    const images = articleImages({ cover: { url: '/media/cover.jpg', width: 1600, height: 1000 } });
    expect(newsArticleJsonLd({ article, section, site, images })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Cầu mới thông xe',
      description: 'Cây cầu rút ngắn 15 km đường về trung tâm.',
      image: ['https://bao.test/media/cover.jpg'],
      datePublished: '2026-11-28T01:25:00.000Z',
      dateModified: '2026-11-28T03:00:00.000Z',
      author: [
        { '@type': 'Person', name: 'Lê Hà' },
        { '@type': 'Person', name: 'Tuấn Kiệt' },
      ],
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'Tòa Soạn',
        url: 'https://bao.test/',
        logo: { '@type': 'ImageObject', url: 'https://bao.test/logo.png', width: 600, height: 60 },
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      url,
      articleSection: 'Thời sự',
      inLanguage: 'vi',
    });
  });

  it('credits the paper itself when the story names nobody', () => {
    const ld = newsArticleJsonLd({ article: { ...article, credit: '' }, section, site });
    expect(ld.author).toEqual([{ '@type': 'Organization', name: 'Tòa Soạn', url: 'https://bao.test/' }]);
    expect(ld).not.toHaveProperty('image');
  });

  it('takes the time a scheduled story went live as its last change', () => {
    const scheduled = { ...article, updatedAt: new Date('2026-11-27T00:00:00Z') };
    expect(newsArticleJsonLd({ article: scheduled, section, site }).dateModified).toBe('2026-11-28T01:25:00.000Z');
  });

  it('collects the cover, then the body’s figures, each once', () => {
    const body: RichDoc = {
      type: 'doc',
      content: [
        { type: 'figure', attrs: { src: '/media/cover.jpg', width: 1600, height: 1000, alt: 'Cầu' } },
        { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn một.' }] },
        { type: 'figure', attrs: { src: '/media/b.jpg', width: 800, height: 600, alt: 'Người dân' } },
      ],
    };
    expect(articleImages({ cover: { url: '/media/cover.jpg' }, body }).map((i) => i.url)).toEqual(['/media/cover.jpg', '/media/b.jpg']);
  });
});

describe('BreadcrumbList JSON-LD', () => {
  it('goes Trang chủ → section → article', () => {
    expect(breadcrumbJsonLd({ article, section, site })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://bao.test/' },
        { '@type': 'ListItem', position: 2, name: 'Thời sự', item: 'https://bao.test/thoi-su' },
        { '@type': 'ListItem', position: 3, name: 'Cầu mới thông xe', item: url },
      ],
    });
  });
});

describe('serialising JSON-LD into a script tag', () => {
  const hostile = {
    headline: 'Giá xăng </script><script>alert(1)</script> <!-- ]]> & “tăng” 🚗',
    description: `Dòng\u2028mới\u2029đoạn ${'Họp mặt'.normalize('NFD')}`,
  };

  it('gives back exactly the input and contains nothing that can close the script', () => {
    const json = serializeJsonLd(hostile);
    expect(JSON.parse(json)).toEqual(hostile);
    expect(json).not.toContain('</');
    expect(json).not.toMatch(/[<>\u2028\u2029]/);
  });

  it('renders one script element whose text parses back to the data', () => {
    const breadcrumb = breadcrumbJsonLd({ article: { ...article, title: hostile.headline }, section, site });
    const html = renderToStaticMarkup(createElement(JsonLd, { data: [hostile, breadcrumb] }));
    const m = /^<script type="application\/ld\+json">(.*)<\/script>$/s.exec(html);
    expect(m).not.toBeNull();
    expect(m![1]).not.toContain('</');
    expect(JSON.parse(m![1])).toEqual([hostile, breadcrumb]);
  });
});

describe('article metadata', () => {
  it('gives the canonical, Open Graph, X card and feed links', () => {
    const meta = articleMetadata({ article, section, site, coverImage: { url: '/media/cover.jpg', width: 1600, height: 1000, alt: 'Cây cầu' } });
    expect(meta.title).toBe('Cầu mới thông xe — Tòa Soạn');
    expect(meta.description).toBe(article.lead);
    expect(meta.alternates).toEqual({
      canonical: url,
      types: {
        'application/rss+xml': [
          { title: 'Tòa Soạn', url: 'https://bao.test/rss.xml' },
          { title: 'Thời sự — Tòa Soạn', url: 'https://bao.test/thoi-su/rss.xml' },
        ],
      },
    });
    expect(meta.openGraph).toEqual({
      type: 'article',
      locale: 'vi_VN',
      siteName: 'Tòa Soạn',
      url,
      title: 'Cầu mới thông xe',
      description: article.lead,
      images: [{ url: 'https://bao.test/media/cover.jpg', width: 1600, height: 1000, alt: 'Cây cầu' }],
      publishedTime: '2026-11-28T01:25:00.000Z',
      modifiedTime: '2026-11-28T03:00:00.000Z',
      section: 'Thời sự',
      authors: ['Lê Hà', 'Tuấn Kiệt'],
    });
    expect(meta.twitter).toEqual({
      card: 'summary_large_image',
      title: 'Cầu mới thông xe',
      description: article.lead,
      images: [{ url: 'https://bao.test/media/cover.jpg', alt: 'Cây cầu' }],
    });
  });

  it('prefers the desk’s SEO title and description', () => {
    const meta = articleMetadata({ article: { ...article, seoTitle: 'Tiêu đề SEO', seoDescription: 'Mô tả SEO' }, section, site });
    expect(meta.title).toBe('Tiêu đề SEO — Tòa Soạn');
    expect(meta.description).toBe('Mô tả SEO');
    expect(meta.openGraph).not.toHaveProperty('images');
  });

  it('links the site feed alone outside a section', () => {
    expect(feedAlternates(site)).toEqual({ 'application/rss+xml': [{ title: 'Tòa Soạn', url: 'https://bao.test/rss.xml' }] });
  });
});
