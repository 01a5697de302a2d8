import { describe, expect, it } from 'vitest';
import { classifyReferrer } from './referrer';

const site = 'https://baomoi.example.vn';

describe('classifyReferrer', () => {
  it('counts Zalo by its hosts and by its in-app browser', () => {
    expect(classifyReferrer('https://zalo.me/g/abc', site)).toBe('zalo');
    expect(classifyReferrer('https://chat.zalo.me/', site)).toBe('zalo');
    expect(classifyReferrer('', site, 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36 Zalo android/12100733 ZaloTheme/light ZaloLanguage/vn')).toBe('zalo');
    expect(classifyReferrer('', site, 'Mozilla/5.0 (iPhone) ZaloApp')).toBe('zalo');
    expect(classifyReferrer('https://notzalo.me/', site)).toBe('other');
  });

  it('counts search engines, Cốc Cốc and Google in Vietnam included', () => {
    for (const ref of ['https://www.google.com/', 'https://www.google.com.vn/', 'https://news.google.com/x', 'https://coccoc.com/search?query=bao', 'https://www.bing.com/search?q=1', 'https://search.yahoo.com/']) {
      expect(classifyReferrer(ref, site)).toBe('search');
    }
    expect(classifyReferrer('https://google.evil.example/', site)).toBe('other');
  });

  it('counts social networks', () => {
    for (const ref of ['https://www.facebook.com/', 'https://m.facebook.com/story', 'https://l.facebook.com/l.php?u=x', 'https://lm.facebook.com/', 'https://fb.me/x', 'https://x.com/a', 'https://t.co/abc', 'https://www.tiktok.com/@b', 'https://www.youtube.com/watch?v=1']) {
      expect(classifyReferrer(ref, site)).toBe('social');
    }
  });

  it('tells our own pages, direct visits and the rest apart', () => {
    expect(classifyReferrer('https://baomoi.example.vn/thoi-su', site)).toBe('internal');
    expect(classifyReferrer('https://www.baomoi.example.vn/', site)).toBe('internal');
    expect(classifyReferrer('', site)).toBe('direct');
    expect(classifyReferrer(null, site)).toBe('direct');
    expect(classifyReferrer('https://vnexpress.net/', site)).toBe('other');
    expect(classifyReferrer('not a url', site)).toBe('other');
    expect(classifyReferrer('javascript:alert(1)', site)).toBe('other');
  });
});
