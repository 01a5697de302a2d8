import { describe, expect, it } from 'vitest';
import {
  compileTerms,
  countLinks,
  exceedsLinkLimit,
  highlightMatches,
  matchTerms,
  type Term,
  type TermAction,
} from './terms';

const exact = (term: string, action: TermAction = 'reject'): Term => ({ term, action, ignoreDiacritics: false });
const loose = (term: string, action: TermAction = 'reject'): Term => ({ term, action, ignoreDiacritics: true });
const found = (text: string, terms: Term[]) => matchTerms(text, terms).matches.map((m) => m.text);

describe('matchTerms: case and Unicode forms', () => {
  it('matches an upper-case comment against a lower-case term, Đ included', () => {
    const result = matchTerms('Mày đúng là ĐỒ NGU!', [exact('đồ ngu')]);
    expect(result.verdict).toBe('reject');
    expect(result.matches.map((m) => [m.text, m.start, m.end])).toEqual([['ĐỒ NGU', 12, 18]]);
  });

  it('matches a comment typed in NFD and reports offsets in the NFC text', () => {
    const nfc = 'Bài viết của bọn lừa đảo';
    const nfd = nfc.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(nfc.length); // guard: really decomposed
    const [match] = matchTerms(nfd, [exact('lừa đảo')]).matches;
    expect(match.text).toBe('lừa đảo');
    expect(nfc.slice(match.start, match.end)).toBe('lừa đảo');
  });

  it('matches a term that was saved in NFD', () => {
    const term = exact('ngũ'.normalize('NFD'));
    expect(found('đứng hàng ngũ', [term])).toEqual(['ngũ']);
    expect(found('ngu', [term])).toEqual([]);
  });
});

describe('matchTerms: diacritics', () => {
  it('keeps "ngu" and "ngũ" apart when the term is diacritic-sensitive', () => {
    expect(found('hàng ngũ chỉnh tề', [exact('ngu')])).toEqual([]);
    expect(found('hàng ngũ chỉnh tề'.normalize('NFD'), [exact('ngu')])).toEqual([]);
    expect(found('thật là ngu', [exact('ngu')])).toEqual(['ngu']);
  });

  it('matches every tone of "ngu" when the term ignores diacritics, in NFC and NFD', () => {
    const text = 'ngứ ngũ NGỤ ngù Ngu';
    expect(found(text, [loose('ngu')])).toEqual(['ngứ', 'ngũ', 'NGỤ', 'ngù', 'Ngu']);
    expect(found(text.normalize('NFD'), [loose('ngu')])).toEqual(['ngứ', 'ngũ', 'NGỤ', 'ngù', 'Ngu']);
  });

  it('"ma" ignoring diacritics matches mà/má/mả/mã/mạ; the sensitive term matches only "ma"', () => {
    const text = 'ma mà má mả mã mạ';
    expect(found(text, [loose('ma')])).toEqual(['ma', 'mà', 'má', 'mả', 'mã', 'mạ']);
    expect(found(text, [exact('ma')])).toEqual(['ma']);
  });

  it('treats đ and d as the same letter only when diacritics are ignored', () => {
    expect(found('Đồ vô dụng', [loose('do')])).toEqual(['Đồ']);
    expect(found('Đồ vô dụng', [exact('do')])).toEqual([]);
    expect(found('đồ ngu', [loose('DO NGU')])).toEqual(['đồ ngu']);
  });

  it('skips stray combining marks when ignoring diacritics, and reports them as part of the match', () => {
    const text = 'đồ n\u0306g\u0308u\u0346 thật';
    expect(text.normalize('NFC')).toBe(text); // guard: no precomposed forms, the marks stay
    expect(found(text, [exact('ngu')])).toEqual([]);
    const [match] = matchTerms(text, [loose('ngu')]).matches;
    expect(match.text).toBe('n\u0306g\u0308u\u0346');
    expect([match.start, match.end]).toEqual([3, 9]);
  });

  it('ignoring diacritics still does not turn one vowel into another', () => {
    expect(found('mưa mơ mi', [loose('ma')])).toEqual([]);
  });
});

describe('matchTerms: whole syllables only', () => {
  it('does not find "ngu" inside nguyễn, người or ngung, even ignoring diacritics', () => {
    const text = 'Ông Nguyễn nói người ta ngung nghỉ';
    expect(found(text, [exact('ngu')])).toEqual([]);
    expect(found(text, [loose('ngu')])).toEqual([]);
    expect(found(text.normalize('NFD'), [loose('ngu')])).toEqual([]);
  });

  it('does not find "ma" inside mang or after an accented letter as in "tôma"', () => {
    expect(found('mang tôma', [loose('ma')])).toEqual([]);
    expect(found('mang tôma'.normalize('NFD'), [exact('ma')])).toEqual([]);
  });

  it('never treats a combining mark left in the NFC text as a boundary', () => {
    const text = 'ngu\u0346 quá'; // U+0346 has no precomposed form with "u"
    expect(text.normalize('NFC')).toBe(text); // guard: NFC keeps the mark separate
    expect(found(text, [exact('ngu')])).toEqual([]);
    expect(found('\u0346ngu', [exact('ngu')])).toEqual([]);
    expect(found(text, [loose('ngu')])).toEqual(['ngu\u0346']);
  });

  it('does not match inside a longer word or number', () => {
    expect(found('lừa đảođảo', [exact('lừa đảo')])).toEqual([]);
    expect(found('xlừa đảo', [exact('lừa đảo')])).toEqual([]);
    expect(found('mã 18 và 180', [exact('18')])).toEqual(['18']);
  });

  it('finds a term at the very start and end of the text and next to emoji', () => {
    expect(found('ngu', [exact('ngu')])).toEqual(['ngu']);
    const result = matchTerms('🤬ngu🤬', [exact('ngu')]);
    expect(result.matches.map((m) => [m.start, m.end])).toEqual([[2, 5]]);
  });
});

describe('matchTerms: multi-syllable terms', () => {
  it('accepts any run of spaces or punctuation between the syllables', () => {
    expect(found('bọn LỪA   ĐẢO này', [exact('lừa đảo')])).toEqual(['LỪA   ĐẢO']);
    for (const text of ['lừa-đảo', 'lừa.đảo', 'lừa_đảo', 'lừa\nđảo', 'lừa 😡 đảo', 'lừa - đảo']) {
      expect(found(text, [exact('lừa đảo')]), text).toEqual([text]);
    }
  });

  it('needs some separator: syllables run together are a different word', () => {
    expect(found('lừađảo', [exact('lừa đảo')])).toEqual([]);
  });

  it('treats punctuation written inside the term as a separator too', () => {
    expect(found('lừa đảo', [exact('lừa-đảo')])).toEqual(['lừa đảo']);
  });
});

describe('matchTerms: verdicts', () => {
  it('is clean when nothing matches, and with no terms at all', () => {
    expect(matchTerms('Bài viết hay quá', [exact('ngu')])).toEqual({ verdict: 'clean', matches: [] });
    expect(matchTerms('Bài viết hay quá', [])).toEqual({ verdict: 'clean', matches: [] });
  });

  it('holds when only a hold term matches', () => {
    expect(matchTerms('toàn tin vịt', [exact('tin vịt', 'hold')]).verdict).toBe('hold');
  });

  it('rejects when any reject term matches, even if a hold term also matches', () => {
    const result = matchTerms('tin vịt, đồ ngu', [exact('tin vịt', 'hold'), exact('ngu', 'reject')]);
    expect(result.verdict).toBe('reject');
    expect(result.matches.map((m) => [m.text, m.term.action])).toEqual([
      ['tin vịt', 'hold'],
      ['ngu', 'reject'],
    ]);
  });

  it('finds a reject term hidden inside a longer hold phrase', () => {
    const result = matchTerms('đồ ngu', [exact('đồ ngu', 'hold'), exact('ngu', 'reject')]);
    expect(result.verdict).toBe('reject');
    expect(result.matches.map((m) => m.text)).toEqual(['đồ ngu', 'ngu']);
  });

  it('marks the longest term when two start at the same place', () => {
    expect(found('bọn lừa đảo', [exact('lừa'), exact('lừa đảo')])).toEqual(['lừa đảo']);
  });

  it('returns the term that matched, with its id', () => {
    const term: Term = { id: 42, term: 'ngu', action: 'hold', ignoreDiacritics: true };
    expect(matchTerms('NGỤ', [exact('khác'), term]).matches[0].term).toBe(term);
  });
});

describe('matchTerms: messy term lists', () => {
  it('ignores empty and whitespace-only terms instead of matching everywhere', () => {
    const result = matchTerms('một hai ba', [exact(''), exact('   '), exact('\n\t')]);
    expect(result).toEqual({ verdict: 'clean', matches: [] });
  });

  it('trims spaces around a term', () => {
    expect(found('ngu.', [exact('  ngu  ')])).toEqual(['ngu']);
  });

  it('reports one match for duplicate terms, keeping the reject copy', () => {
    const result = matchTerms('ngu', [exact('ngu', 'hold'), exact(' NGU ', 'reject'), exact('ngu', 'hold')]);
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0].term.action).toBe('reject');
    expect(result.verdict).toBe('reject');
  });

  it('treats regex metacharacters in terms literally', () => {
    expect(found('học c++ đi', [exact('c++')])).toEqual(['c++']);
    expect(found('học c đi', [exact('c++')])).toEqual([]);
    expect(found('axb', [exact('a.b')])).toEqual([]);
    expect(found('a.b', [exact('a.b')])).toEqual(['a.b']);
    expect(found('nó ngu lắm', [exact('(ngu)')])).toEqual([]);
    expect(found('nó (ngu) lắm', [exact('(ngu)')])).toEqual(['(ngu)']);
    expect(found('n', [exact('[ngu]')])).toEqual([]);
    expect(found('a', [exact('a|b')])).toEqual([]);
    expect(found('giá 100', [exact('$100')])).toEqual([]);
    expect(found('giá $100', [exact('$100')])).toEqual(['$100']);
  });
});

describe('compileTerms', () => {
  it('compiles 500 terms once and gives the same answer on 200 long comments', () => {
    const terms = Array.from({ length: 500 }, (_, i) => (i % 2 ? exact(`từ cấm ${i}`) : loose(`tu nghi ${i}`, 'hold')));
    const matcher = compileTerms(terms);
    const filler = 'Bình luận dài của bạn đọc về bài báo hôm nay. ';
    const head = `${filler.repeat(20)}TỪ CẤM 499 `;
    const tail = ' tự nghĩ 2';
    const text = head + filler.repeat(30).slice(0, 2000 - head.length - tail.length) + tail;
    expect(text).toHaveLength(2000);
    for (let run = 0; run < 200; run++) {
      const result = matcher.match(text);
      expect(result.verdict).toBe('reject');
      expect(result.matches.map((m) => m.text)).toEqual(['TỪ CẤM 499', 'tự nghĩ 2']);
    }
  });

  it('handles a 20,000-character comment and reports offsets into it', () => {
    const text = 'xin chào các bạn '.repeat(1200) + 'đồ ngu';
    expect(text.length).toBeGreaterThan(20_000);
    const [match] = matchTerms(text, [loose('do ngu')]).matches;
    expect(match.start).toBe(text.length - 6);
    expect(match.end).toBe(text.length);
  });
});

describe('highlightMatches', () => {
  it('splits the comment into plain and marked parts that join back into the NFC text', () => {
    const nfc = 'Đúng là ĐỒ NGU, bọn lừa đảo 🤬';
    const nfd = nfc.normalize('NFD');
    const { matches } = matchTerms(nfd, [exact('đồ ngu'), loose('lua dao', 'hold')]);
    const segments = highlightMatches(nfd, matches);
    expect(segments).toEqual([
      { text: 'Đúng là ', match: false },
      { text: 'ĐỒ NGU', match: true },
      { text: ', bọn ', match: false },
      { text: 'lừa đảo', match: true },
      { text: ' 🤬', match: false },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(nfc);
  });

  it('merges overlapping matches into one mark', () => {
    const text = 'đồ ngu';
    const { matches } = matchTerms(text, [exact('đồ ngu', 'hold'), exact('ngu')]);
    expect(highlightMatches(text, matches)).toEqual([{ text: 'đồ ngu', match: true }]);
  });

  it('returns the whole text as one plain segment when nothing matched', () => {
    expect(highlightMatches('Bài hay', [])).toEqual([{ text: 'Bài hay', match: false }]);
  });
});

describe('countLinks', () => {
  it('counts full URLs and www addresses once each', () => {
    expect(countLinks('xem https://abc.com/x?a=1 và http://b.org nữa')).toBe(2);
    expect(countLinks('vào www.abc.net mà xem')).toBe(1);
  });

  it('counts bare domains with common TLDs, Vietnamese labels and com.vn included', () => {
    expect(countLinks('abc.com')).toBe(1);
    expect(countLinks('GHÉ ABC.COM')).toBe(1);
    expect(countLinks('ví-dụ.vn'.normalize('NFD'))).toBe(1);
    expect(countLinks('báo.com.vn')).toBe(1);
    expect(countLinks('a.net b.org c.info d.xyz e.io f.me bit.ly/x g.link h.top i.shop')).toBe(10);
  });

  it('does not count numbers, abbreviations, e-mail addresses or other TLDs', () => {
    expect(countLinks('Giá 3.5 triệu, v.v. ở TP.HCM, file.txt, email an@gmail.com')).toBe(0);
    expect(countLinks('abc.community')).toBe(0);
  });

  it('counts links in a long comment', () => {
    expect(countLinks(`${'chữ '.repeat(5000)}spam.xyz`)).toBe(1);
  });
});

describe('exceedsLinkLimit', () => {
  it('is true only when there are more links than allowed', () => {
    expect(exceedsLinkLimit('a.com và b.com', 1)).toBe(true);
    expect(exceedsLinkLimit('a.com và b.com', 2)).toBe(false);
    expect(exceedsLinkLimit('không có đường dẫn', 0)).toBe(false);
    expect(exceedsLinkLimit('một a.com', 0)).toBe(true);
  });
});
