import { describe, expect, it } from 'vitest';
import { normaliseLine, normaliseText, slugify } from './text';

const hoaNfd = 'Ho\u0300a'; // "Hòa" typed as o + combining grave accent
const sentence = 'Họp mặt cán bộ';

describe('normaliseText', () => {
  it('turns a decomposed (NFD) "Hòa" into the single precomposed form', () => {
    expect(hoaNfd).not.toBe('H\u00f2a'); // guard: the input really is decomposed
    const out = normaliseText(hoaNfd);
    expect(out).toBe('H\u00f2a');
    expect(out).toHaveLength(3);
  });

  it('turns a whole NFD Vietnamese sentence into NFC', () => {
    const nfd = sentence.normalize('NFD');
    expect(nfd).not.toBe(sentence.normalize('NFC')); // guard
    const out = normaliseText(nfd);
    expect(out).toBe(sentence.normalize('NFC'));
    expect(out.normalize('NFC')).toBe(out);
  });

  it('leaves text that is already NFC unchanged, spaces and newlines included', () => {
    const text = '  Đường về\nĐắk Lắk  ';
    expect(normaliseText(text)).toBe(text);
  });
});

describe('normaliseLine', () => {
  it('collapses runs of spaces, tabs and newlines into single spaces and trims the ends', () => {
    expect(normaliseLine('  Họp   mặt\n\ncán\tbộ  \r\n')).toBe('Họp mặt cán bộ');
  });

  it('also normalises NFD to NFC', () => {
    expect(normaliseLine(`  ${sentence.normalize('NFD')}  `)).toBe(sentence.normalize('NFC'));
  });

  it('returns an empty string for whitespace only', () => {
    expect(normaliseLine(' \n\t ')).toBe('');
  });
});

describe('slugify', () => {
  it('strips Vietnamese diacritics and joins words with dashes', () => {
    expect(slugify('Họp mặt cán bộ hưu trí')).toBe('hop-mat-can-bo-huu-tri');
  });

  it('turns đ and Đ into d', () => {
    expect(slugify('Đường về Đắk Lắk')).toBe('duong-ve-dak-lak');
  });

  it('handles the horned vowels ơ and ư', () => {
    expect(slugify('Phở Hà Nội ở Thủ Đức')).toBe('pho-ha-noi-o-thu-duc');
  });

  it('gives the same slug for NFD input as for NFC input', () => {
    const title = 'Họp mặt cán bộ hưu trí Đắk Lắk';
    expect(slugify(title.normalize('NFD'))).toBe(slugify(title.normalize('NFC')));
    expect(slugify(title.normalize('NFD'))).toBe('hop-mat-can-bo-huu-tri-dak-lak');
  });

  it('drops punctuation, curly quotes and emoji without leaving stray dashes', () => {
    expect(slugify('“Cầu Rồng” phun lửa! 🐉🔥 (ảnh)')).toBe('cau-rong-phun-lua-anh');
  });

  it('keeps digits', () => {
    expect(slugify('Năm 2024: 15 km đường mới')).toBe('nam-2024-15-km-duong-moi');
  });

  it('returns an empty string for empty input or punctuation only', () => {
    expect(slugify('')).toBe('');
    expect(slugify('   ')).toBe('');
    expect(slugify('!!! “…” — ?')).toBe('');
    expect(slugify('🎉🎉')).toBe('');
  });

  it('cuts to maxLength without leaving a trailing dash', () => {
    // "hop-mat-can" is 11 characters; cutting at 8 gives "hop-mat-", whose dash must go.
    expect(slugify('Họp mặt cán bộ', 8)).toBe('hop-mat');
    expect(slugify('Họp mặt cán bộ', 7)).toBe('hop-mat');
    expect(slugify('Họp mặt cán bộ', 5)).toBe('hop-m');
  });

  it('cuts long titles to 80 characters by default', () => {
    const slug = slugify('Tin tức '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.length).toBeGreaterThan(70);
    expect(slug).toMatch(/^tin-tuc-/);
    expect(slug).not.toMatch(/-$/);
  });

  it('only ever produces lowercase ASCII letters, digits and single inner dashes', () => {
    const slug = slugify('  Ê-kíp “Ánh Dương” -- giành   HCV!  ');
    expect(slug).toBe('e-kip-anh-duong-gianh-hcv');
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
