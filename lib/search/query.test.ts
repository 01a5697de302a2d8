// fixed-date: dates typed into the search form, parsed without a clock.
import { describe, expect, it } from 'vitest';
import {
  buildTsQuery,
  findMatches,
  findPhrase,
  foldDiacritics,
  highlightTerms,
  makeSnippet,
  parseSearchTerms,
  phrasePairs,
  QUERY_MAX,
  type RankSignals,
  relevanceScore,
  quoteLexeme,
  readSearchParams,
  searchPath,
  vietnamDayRange,
  WORDS_MAX,
} from './query';

describe('parseSearchTerms', () => {
  it('turns NFD, capitals and stray punctuation into the NFC words of the stored text', () => {
    const nfd = 'HỌP   MẶT!!! cán-bộ'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const terms = parseSearchTerms(nfd);
    expect(terms.words).toEqual(['họp', 'mặt', 'cán', 'bộ'].map((w) => w.normalize('NFC')));
    expect(terms.folded).toEqual(['hop', 'mat', 'can', 'bo']);
    expect(parseSearchTerms('Họp mặt cán bộ')).toEqual(terms);
  });

  it('maps đ and Đ to d when unaccenting, and keeps them in the exact words', () => {
    expect(parseSearchTerms('Đường ĐI đá')).toEqual({ words: ['đường', 'đi', 'đá'], folded: ['duong', 'di', 'da'] });
    expect(foldDiacritics('Đắk Lắk')).toBe('dak lak');
  });

  it('keeps numbers and abbreviations whole as PostgreSQL’s parser does, and drops duplicates', () => {
    expect(parseSearchTerms('5.000 vận động viên, 1,8% hộ nghèo; Quốc khánh 2-9').words).toEqual([
      '5.000',
      'vận',
      'động',
      'viên',
      '1,8',
      'hộ',
      'nghèo',
      'quốc',
      'khánh',
      '2-9',
    ]);
    expect(parseSearchTerms('Covid-19 ở TP.HCM. hop hop').words).toEqual(['covid-19', 'ở', 'tp.hcm', 'hop']);
  });

  it('cuts long input to its first characters and words', () => {
    expect(parseSearchTerms('x'.repeat(2000)).words).toEqual(['x'.repeat(QUERY_MAX)]);
    const many = Array.from({ length: 30 }, (_, i) => `tu${i}`).join(' ');
    expect(parseSearchTerms(many).words).toHaveLength(WORDS_MAX);
  });

  it('finds no words in garbage: punctuation, symbols, lone combining marks, emoji', () => {
    for (const garbage of ['', '   ', '!!! ??? ...', '\u0301\u0323', '—–-_/\\|', '👍🔥 ✔', '<>&"\'`']) {
      expect(parseSearchTerms(garbage)).toEqual({ words: [], folded: [] });
    }
    expect(parseSearchTerms("' OR 1=1 --").words).toEqual(['or', '1']);
    expect(parseSearchTerms('<script>alert(1)</script>').words).toEqual(['script', 'alert', '1']);
  });
});

describe('buildTsQuery', () => {
  it('ANDs quoted words and matches the last one as a prefix', () => {
    expect(buildTsQuery(['hop', 'mat', 'can', 'bo'])).toBe("'hop' & 'mat' & 'can' & 'bo':*");
    expect(buildTsQuery(['hop', 'ma'], { operator: '|' })).toBe("'hop' | 'ma':*");
    expect(buildTsQuery(['hop', 'm'])).toBe("'hop' & 'm'");
    expect(buildTsQuery(['mặt'], { prefixLast: false })).toBe("'mặt'");
  });

  it('gives nothing to search for when no word has a letter or digit', () => {
    expect(buildTsQuery([])).toBeNull();
    expect(buildTsQuery(['', '!!', "'"])).toBeNull();
  });

  it('leaves no operator of the tsquery syntax outside quotes, whatever the words hold', () => {
    const hostile = ["a'b", 'c\\d', '&|!():*<->e', "x' | 'y"];
    const query = buildTsQuery(hostile)!;
    expect(query).toBe("'a''b' & 'c\\\\d' & '&|!():*<->e' & 'x'' | ''y':*");
    // Outside the quoted operands there is only ` & ` and the final `:*`.
    const outside = query.replace(/'(?:[^'\\]|''|\\.)*'/g, 'L');
    expect(outside).toBe('L & L & L & L:*');
    expect(quoteLexeme("it's \\ here")).toBe("'it''s \\\\ here'");
  });

  it('builds only safe queries from what a reader types', () => {
    for (const input of ["' OR 1=1 --", 'a & b | !c', '(x:*) <-> y', "mặt'); DROP TABLE articles; --", '\\\\\'']) {
      const query = buildTsQuery(parseSearchTerms(input).folded);
      if (query) expect(query.replace(/'[\p{L}\p{N}.,-]+'/gu, 'L')).toMatch(/^L( & L)*(:\*)?$/);
    }
  });
});

describe('phrases', () => {
  it('asks for neighbouring words side by side, the last one still a prefix', () => {
    expect(buildTsQuery(['hop', 'mat'], { operator: '<->' })).toBe("'hop' <-> 'mat':*");
    expect(phrasePairs(['mat', 'tran', 'to', 'quoc'])).toEqual(["'mat' <-> 'tran'", "'tran' <-> 'to'", "'to' <-> 'quoc':*"]);
    expect(phrasePairs(['bão', 'số', '3'])).toEqual(["'bão' <-> 'số'", "'số' <-> '3'"]);
    expect(phrasePairs(['mặt'])).toEqual([]);
    expect(phrasePairs([])).toEqual([]);
  });

  it('keeps the reader’s operators inside the quotes', () => {
    for (const pair of phrasePairs(["a'b", '(x:*)', '<->'])) expect(pair.replace(/'(?:[^'\\]|''|\\.)*'/g, 'L')).toMatch(/^L <-> L(:\*)?$/);
  });
});

describe('relevanceScore', () => {
  const none: RankSignals = { exactPhrase: false, exactWords: false, docPairs: 0, headPairs: 0, headRank: 0, proximity: 0 };
  const score = (s: Partial<RankSignals>, pairs = 1) => relevanceScore({ ...none, ...s }, pairs);

  it('puts the exact phrase above the unaccented phrase, above the exact words apart, above words scattered', () => {
    const exactPhrase = score({ exactPhrase: true, exactWords: true, docPairs: 1, headPairs: 1 });
    const foldedPhraseInTitle = score({ docPairs: 1, headPairs: 1 });
    const foldedPhraseInBody = score({ docPairs: 1 });
    const exactWordsApart = score({ exactWords: true, headRank: 10, proximity: 10 });
    const scattered = score({ headRank: 10, proximity: 10 });
    expect(exactPhrase).toBeGreaterThan(foldedPhraseInTitle);
    expect(foldedPhraseInTitle).toBeGreaterThan(foldedPhraseInBody);
    expect(foldedPhraseInBody).toBeGreaterThan(exactWordsApart);
    expect(exactWordsApart).toBeGreaterThan(scattered);
    expect(scattered).toBeGreaterThan(score({}));
  });

  it('counts the share of pairs standing together, then weight and nearness', () => {
    expect(score({ docPairs: 2 }, 3)).toBeGreaterThan(score({ docPairs: 1, headRank: 5, proximity: 5 }, 3));
    expect(score({ proximity: 0.2 })).toBeGreaterThan(score({ proximity: 0.1 }));
    expect(score({ headRank: 0.4 })).toBeGreaterThan(score({ headRank: 0.1 }));
  });

  it('ranks a single word by its exact diacritics, then its weight', () => {
    expect(score({ exactWords: true }, 0)).toBeGreaterThan(score({ headRank: 100, proximity: 100 }, 0));
    expect(score({ headPairs: 1, docPairs: 1, headRank: 1 }, 0)).toBe(0.025);
    expect(score({ headPairs: 0, docPairs: 1 }, 9)).toBeGreaterThan(score({ headRank: 1e9, proximity: 1e9 }, 9));
  });
});

describe('highlighting', () => {
  it('marks whole words accent- and case-insensitively, the last word also as a prefix', () => {
    const folded = parseSearchTerms('hop ma').folded;
    expect(highlightTerms('Họp mặt cán bộ, họp mặt nữa', folded)).toEqual([
      { text: 'Họp', match: true },
      { text: ' ', match: false },
      { text: 'mặt', match: true },
      { text: ' cán bộ, ', match: false },
      { text: 'họp', match: true },
      { text: ' ', match: false },
      { text: 'mặt', match: true },
      { text: ' nữa', match: false },
    ]);
    // "hop" is not a prefix term: "hopdong" is not marked; "đ" folds to "d".
    expect(highlightTerms('hopdong Đường', parseSearchTerms('hop duong').folded)).toEqual([
      { text: 'hopdong ', match: false },
      { text: 'Đường', match: true },
    ]);
  });

  it('keeps the original characters, NFD included, and leaves markup as text', () => {
    const nfd = 'Họp <b>mặt</b>'.normalize('NFD');
    const parts = highlightTerms(nfd, ['mat']);
    expect(parts.map((p) => p.text).join('')).toBe(nfd);
    expect(parts.find((p) => p.match)?.text).toBe('mặt'.normalize('NFD'));
    expect(highlightTerms('<script>alert(1)</script>', ['script'])).toEqual([
      { text: '<', match: false },
      { text: 'script', match: true },
      { text: '>alert(1)</', match: false },
      { text: 'script', match: true },
      { text: '>', match: false },
    ]);
  });

  it('returns the text unmarked when nothing matches', () => {
    expect(highlightTerms('Tin trong ngày', ['xyz'])).toEqual([{ text: 'Tin trong ngày', match: false }]);
    expect(findMatches('', ['a'])).toEqual([]);
  });

  it('shows the lead when it holds the words, else the stretch of the body around them', () => {
    const lead = 'Tỉnh ủy tổ chức họp mặt cán bộ hưu trí.';
    const body = `${'Đoạn mở đầu dài dòng. '.repeat(20)}Ông Phan Văn Bảy phát biểu về đường giao thông. ${'Kết bài. '.repeat(30)}`;
    expect(makeSnippet({ lead, body, folded: ['hop'] })).toBe(lead);
    const snippet = makeSnippet({ lead, body, folded: ['duong'], length: 120 });
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('đường giao thông');
    expect(snippet.length).toBeLessThanOrEqual(130);
    expect(makeSnippet({ lead, body, folded: ['khong'] })).toBe(lead);
  });

  it('shows where the words stand side by side rather than where they lie apart', () => {
    const lead = 'Cuộc họp bàn về mặt bằng chợ mới.';
    const body = `${'Chợ cũ xuống cấp. '.repeat(10)}Sau đó, buổi họp mặt tiểu thương diễn ra vui vẻ.`;
    expect(makeSnippet({ lead, body, folded: ['hop', 'mat'], length: 120 })).toContain('buổi họp mặt tiểu thương');
    expect(makeSnippet({ lead: 'Buổi Họp, mặt trời lên.', body, folded: ['hop', 'mat'] })).toBe('Buổi Họp, mặt trời lên.');
    // Without the phrase anywhere, the lead holding the words is shown as before.
    expect(makeSnippet({ lead, body: 'Không liên quan.', folded: ['hop', 'mat'] })).toBe(lead);
  });
});

describe('findPhrase', () => {
  it('finds the words side by side, in order, accent-insensitively, the last word as a prefix', () => {
    const text = 'Cuộc họp bàn mặt bằng; buổi Họp mặt';
    expect(findPhrase(text, ['hop', 'mat'])).toBe(text.indexOf('Họp mặt'));
    expect(findPhrase('Bão số 3 đổ bộ', ['bao', 'so', '3'])).toBe(0);
    expect(findPhrase('Bão số 30 đổ bộ', ['bao', 'so', '3'])).toBe(-1);
    expect(findPhrase('Họp mặt', ['hop', 'ma'])).toBe(0);
    expect(findPhrase('mặt họp', ['hop', 'mat'])).toBe(-1);
    expect(findPhrase('tổng hợp mặt hàng', ['hop'])).toBe(-1);
    // The words are text, not patterns: "tp.hcm" wants its dot.
    expect(findPhrase('tpxhcm mới', ['tp.hcm', 'moi'])).toBe(-1);
    expect(findPhrase('TP.HCM mới', ['tp.hcm', 'moi'])).toBe(0);
  });
});

describe('readSearchParams', () => {
  it('reads a full search from the URL, first value of repeated params', () => {
    expect(readSearchParams({ q: [' họp mặt ', 'khác'], 'chuyen-muc': 'thoi-su', 'tu-ngay': '2026-01-01', 'den-ngay': '2026-01-31', trang: '2' })).toMatchObject({
      ok: true,
      input: { q: 'họp mặt', section: 'thoi-su', from: '2026-01-01', to: '2026-01-31', page: 2 },
    });
    expect(readSearchParams({})).toMatchObject({ ok: true, input: { q: '', page: 1 } });
    expect(readSearchParams({ q: 'x', 'chuyen-muc': '', 'tu-ngay': '', trang: 'abc' })).toMatchObject({
      ok: true,
      input: { q: 'x', section: undefined, from: undefined, page: 1 },
    });
    expect(readSearchParams({ trang: '99999' })).toMatchObject({ ok: true, input: { page: 1 } });
  });

  it('answers bad input with Vietnamese messages and keeps what was typed', () => {
    const long = readSearchParams({ q: 'a'.repeat(2000) });
    expect(long).toMatchObject({ ok: false, fieldErrors: { q: [`Từ khóa dài quá ${QUERY_MAX} ký tự. Vui lòng rút gọn.`] } });
    expect(long.values.q).toHaveLength(2000);
    expect(readSearchParams({ q: '!!! ???' })).toMatchObject({ ok: false, fieldErrors: { q: ['Từ khóa cần có ít nhất một chữ cái hoặc chữ số.'] } });
    expect(readSearchParams({ q: 'x', 'tu-ngay': '2026-02-30' })).toMatchObject({ ok: false, fieldErrors: { 'tu-ngay': ['Ngày không hợp lệ (định dạng năm-tháng-ngày).'] } });
    expect(readSearchParams({ q: 'x', 'chuyen-muc': "' OR 1=1 --" })).toMatchObject({ ok: false, fieldErrors: { 'chuyen-muc': ['Chuyên mục không hợp lệ.'] } });
    expect(readSearchParams({ q: 'x', 'tu-ngay': '2026-03-02', 'den-ngay': '2026-03-01' })).toMatchObject({
      ok: false,
      fieldErrors: { 'den-ngay': ['“Đến ngày” phải trùng hoặc sau “Từ ngày”.'] },
    });
  });

  it('writes the URL of a search back, page 1 left out', () => {
    expect(searchPath({ q: 'họp mặt', section: 'thoi-su', page: 1 })).toBe('/tim-kiem?q=h%E1%BB%8Dp+m%E1%BA%B7t&chuyen-muc=thoi-su');
    expect(searchPath({ q: 'a', from: '2026-01-01', to: '2026-01-02', page: 3 })).toBe('/tim-kiem?q=a&tu-ngay=2026-01-01&den-ngay=2026-01-02&trang=3');
    expect(searchPath({})).toBe('/tim-kiem');
  });
});

describe('vietnamDayRange', () => {
  it('spans a day in Asia/Ho_Chi_Minh (UTC+7)', () => {
    const { start, end } = vietnamDayRange('2024-03-11');
    expect(start.toISOString()).toBe('2024-03-10T17:00:00.000Z');
    expect(end.toISOString()).toBe('2024-03-11T17:00:00.000Z');
  });
});
