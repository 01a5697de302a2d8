import { describe, expect, it } from 'vitest';
import type { RichDoc, RichNode } from '@/db/schema';
import {
  bodyParagraphs,
  countBodyWords,
  type DiffBlock,
  type DiffSegment,
  diffParagraphs,
  diffRevisions,
  diffWords,
  editScript,
  splitParagraphs,
  tokenize,
} from './diff';

const before = (segments: DiffSegment[]) => segments.filter((s) => s.kind !== 'added').map((s) => s.text).join('');
const after = (segments: DiffSegment[]) => segments.filter((s) => s.kind !== 'removed').map((s) => s.text).join('');
const shown = (segments: DiffSegment[]) =>
  segments.map((s) => (s.kind === 'same' ? s.text : s.kind === 'added' ? `{+${s.text}+}` : `[-${s.text}-]`)).join('');

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const vocabulary = ['Hà', 'Nội', 'người', 'dân', 'đường', 'Đắk', 'Lắk', 'mưa', 'lũ', 'cầu', 'xã', 'huyện', 'tỉnh', '7.000', 'đồng'];

function sentence(rand: () => number, words: number) {
  return Array.from({ length: words }, () => vocabulary[Math.floor(rand() * vocabulary.length)]).join(' ') + '.';
}

/** Longest common subsequence by the textbook table, to check Myers finds the shortest script. */
function lcsLength(a: string[], b: string[]) {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(row[j], row[j - 1]);
      diag = up;
    }
  }
  return row[b.length];
}

describe('tokenize', () => {
  it('keeps Vietnamese words with their diacritics whole, and numbers with their separators', () => {
    expect(tokenize('Đắk Lắk: giá 7.000 đồng/kg, “rẻ”!')).toEqual([
      'Đắk', ' ', 'Lắk', ':', ' ', 'giá', ' ', '7.000', ' ', 'đồng', '/', 'kg', ',', ' ', '“', 'rẻ', '”', '!',
    ]);
  });

  it('reads decomposed input (as some keyboards send it) as the composed word', () => {
    const decomposed = 'Hoà bình'.normalize('NFD');
    expect(tokenize(decomposed)).toEqual(['Hoà', ' ', 'bình']);
    expect(diffWords('Hoà bình', decomposed)).toEqual([{ kind: 'same', text: 'Hoà bình' }]);
  });

  it('finds no token in empty text, and keeps white space as it was', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('a \n\n b')).toEqual(['a', ' \n\n ', 'b']);
  });
});

describe('diffWords', () => {
  it('finds a changed Vietnamese word and leaves the rest alone', () => {
    const segments = diffWords('Ông Nguyễn Văn An, chủ tịch xã, cho biết.', 'Ông Nguyễn Văn Ân, chủ tịch huyện, cho biết.');
    expect(shown(segments)).toBe('Ông Nguyễn Văn [-An-]{+Ân+}, chủ tịch [-xã-]{+huyện+}, cho biết.');
  });

  it('tells a change of tone mark apart (tôn ≠ tốn)', () => {
    expect(shown(diffWords('tôn trọng', 'tốn trọng'))).toBe('[-tôn-]{+tốn+} trọng');
  });

  it('shows a replaced phrase as one removal and one addition, not word-space-word', () => {
    expect(shown(diffWords('theo bà Lan Anh cho biết', 'theo ông Minh Nam cho biết'))).toBe(
      'theo [-bà Lan Anh-]{+ông Minh Nam+} cho biết',
    );
  });

  it('returns one unchanged segment for identical texts', () => {
    const text = 'Sáng 31/1, UBND tỉnh tổ chức họp mặt.';
    expect(diffWords(text, text)).toEqual([{ kind: 'same', text }]);
  });

  it('handles empty texts on either side', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'Tin mới.')).toEqual([{ kind: 'added', text: 'Tin mới.' }]);
    expect(diffWords('Tin cũ.', '')).toEqual([{ kind: 'removed', text: 'Tin cũ.' }]);
  });

  it('shows a text changed throughout as removed then added', () => {
    expect(diffWords('mưa lớn', 'nắng gắt')).toEqual([
      { kind: 'removed', text: 'mưa lớn' },
      { kind: 'added', text: 'nắng gắt' },
    ]);
  });

  it('past the edit cap, still gives a correct (if coarse) answer', () => {
    const segments = diffWords('một hai ba bốn năm', 'sáu hai bảy bốn tám', 2);
    expect(before(segments)).toBe('một hai ba bốn năm');
    expect(after(segments)).toBe('sáu hai bảy bốn tám');
    expect(segments.filter((s) => s.kind === 'same')).toEqual([]);
  });

  it('always rebuilds both texts from its segments (200 random edits)', () => {
    const rand = random(2026);
    for (let round = 0; round < 200; round++) {
      const a = sentence(rand, 1 + Math.floor(rand() * 30));
      const words = a.split(' ');
      for (let e = Math.floor(rand() * 6); e > 0; e--) {
        const at = Math.floor(rand() * (words.length + 1));
        const what = rand();
        if (what < 0.33) words.splice(at, 1);
        else if (what < 0.66) words.splice(at, 0, vocabulary[Math.floor(rand() * vocabulary.length)]);
        else words[at] = vocabulary[Math.floor(rand() * vocabulary.length)];
      }
      const b = words.filter((w) => w !== undefined).join(' ');
      const segments = diffWords(a, b);
      expect(before(segments)).toBe(a);
      expect(after(segments)).toBe(b);
      // Tidy: no two neighbours of the same kind, no empty segment.
      segments.forEach((s, i) => {
        expect(s.text).not.toBe('');
        if (i > 0) expect(segments[i - 1].kind).not.toBe(s.kind);
      });
    }
  });

  it('finds the shortest edit script (as many unchanged tokens as the longest common subsequence)', () => {
    const rand = random(7);
    for (let round = 0; round < 100; round++) {
      const a = tokenize(sentence(rand, Math.floor(rand() * 25)));
      const b = tokenize(sentence(rand, Math.floor(rand() * 25)));
      const ops = editScript(a, b, 10_000);
      expect(ops).not.toBeNull();
      expect(ops!.filter((o) => o.kind === 'same').length).toBe(lcsLength(a, b));
      expect(ops!.filter((o) => o.kind !== 'added').map((o) => a[o.index])).toEqual(a);
      expect(ops!.filter((o) => o.kind !== 'removed').map((o) => (o.kind === 'same' ? a : b)[o.index])).toEqual(b);
    }
  });
});

const text = (t: string): RichNode => ({ type: 'text', text: t });
const p = (t: string): RichNode => ({ type: 'paragraph', content: [text(t)] });
const doc = (...content: RichNode[]): RichDoc => ({ type: 'doc', content });

function blockText(blocks: DiffBlock[], side: 'before' | 'after') {
  return blocks.map((b) => (b.changed ? (side === 'before' ? before : after)(b.segments) : b.text)).filter(Boolean).join('\n\n');
}

describe('diffParagraphs', () => {
  it('keeps unchanged paragraphs whole and compares the changed one word by word', () => {
    const blocks = diffParagraphs(['Đoạn một.', 'Đoạn hai có lỗi.', 'Đoạn ba.'], ['Đoạn một.', 'Đoạn hai đã sửa.', 'Đoạn ba.']);
    expect(blocks).toEqual([
      { changed: false, text: 'Đoạn một.' },
      { changed: true, segments: [{ kind: 'same', text: 'Đoạn hai ' }, { kind: 'removed', text: 'có lỗi' }, { kind: 'added', text: 'đã sửa' }, { kind: 'same', text: '.' }] },
      { changed: false, text: 'Đoạn ba.' },
    ]);
  });

  it('shows an inserted paragraph as added, and a deleted one as removed', () => {
    expect(diffParagraphs(['A.', 'C.'], ['A.', 'B.', 'C.'])[1]).toEqual({ changed: true, segments: [{ kind: 'added', text: 'B.' }] });
    expect(diffParagraphs(['A.', 'B.', 'C.'], ['A.', 'C.'])[1]).toEqual({ changed: true, segments: [{ kind: 'removed', text: 'B.' }] });
  });

  it('compares a 5,000-word story with edits spread through it, and rebuilds both versions', () => {
    const rand = random(5000);
    const paragraphs = Array.from({ length: 200 }, () => sentence(rand, 25));
    expect(paragraphs.join(' ').split(/\s+/)).toHaveLength(5000);
    const edited = paragraphs.map((para, i) => (i % 20 === 3 ? para.replace(/^\S+/, 'Sửa') : para));
    edited.splice(100, 1);
    edited.splice(50, 0, 'Một đoạn mới được chèn vào giữa bài.');
    const blocks = diffParagraphs(paragraphs, edited);
    expect(blockText(blocks, 'before')).toBe(paragraphs.join('\n\n'));
    expect(blockText(blocks, 'after')).toBe(edited.join('\n\n'));
    expect(blocks.filter((b) => !b.changed)).toHaveLength(200 - 10 - 1);
  });

  it('compares two unrelated 5,000-word stories without running away', () => {
    const rand = random(99);
    const a = Array.from({ length: 200 }, () => sentence(rand, 25));
    const b = Array.from({ length: 200 }, () => sentence(rand, 25));
    const blocks = diffParagraphs(a, b);
    expect(blockText(blocks, 'before')).toBe(a.join('\n\n'));
    expect(blockText(blocks, 'after')).toBe(b.join('\n\n'));
  });

  it('splits typed text into paragraphs at line breaks, dropping blank lines', () => {
    expect(splitParagraphs('Một.\r\n\r\n  Hai.  \n\nBa.')).toEqual(['Một.', 'Hai.', 'Ba.']);
    expect(splitParagraphs('')).toEqual([]);
  });
});

describe('diffRevisions', () => {
  const base = {
    title: 'Khánh thành cầu Đồng Nai',
    lead: 'Cây cầu rút ngắn 15 km.',
    credit: 'Tin, ảnh: Minh Anh',
    section: 'Xã hội',
    body: doc(p('Đoạn một.'), { type: 'figure', attrs: { src: '/media/a.jpg', caption: 'Lễ cắt băng' } }, p('Đoạn hai.')),
  };

  it('finds nothing changed between a revision and itself', () => {
    const diff = diffRevisions(base, base);
    expect(diff.fields.every((f) => !f.changed)).toBe(true);
    expect(diff.bodyChanged).toBe(false);
    expect(diff.added + diff.removed).toBe(0);
  });

  it('reports each field that changed, and counts the words', () => {
    const diff = diffRevisions(base, {
      ...base,
      title: 'Khánh thành cầu Đồng Nai mới',
      section: 'Kinh tế',
      body: doc(p('Đoạn một.'), { type: 'figure', attrs: { src: '/media/a.jpg', caption: 'Lễ khánh thành' } }, p('Đoạn hai.')),
    });
    const byField = Object.fromEntries(diff.fields.map((f) => [f.field, f]));
    expect(shown(byField.title.segments)).toBe('Khánh thành cầu Đồng Nai{+ mới+}');
    expect(byField.title.label).toBe('Tiêu đề');
    expect(byField.lead.changed).toBe(false);
    expect(byField.credit.changed).toBe(false);
    expect(shown(byField.section.segments)).toBe('[-Xã hội-]{+Kinh tế+}');
    expect(diff.bodyChanged).toBe(true);
    expect(diff.body[1]).toEqual({
      changed: true,
      segments: [{ kind: 'same', text: '[Ảnh: Lễ ' }, { kind: 'removed', text: 'cắt băng' }, { kind: 'added', text: 'khánh thành' }, { kind: 'same', text: ']' }],
    });
    expect(diff.added).toBe(1 + 2 + 2);
    expect(diff.removed).toBe(2 + 2);
  });

  it('describes photos by their caption and reads headings, quotes and lists as paragraphs', () => {
    expect(
      bodyParagraphs(
        doc(
          { type: 'heading', attrs: { level: 2 }, content: [text('Tiêu đề phụ')] },
          { type: 'figure', attrs: { src: '/media/b.jpg' } },
          { type: 'blockquote', content: [p('“Trích dẫn”')] },
          { type: 'bulletList', content: [{ type: 'listItem', content: [p('Ý một')] }, { type: 'listItem', content: [p('Ý hai')] }] },
        ),
      ),
    ).toEqual(['Tiêu đề phụ', '[Ảnh]', '“Trích dẫn”', 'Ý một', 'Ý hai']);
    expect(bodyParagraphs({ type: 'doc', content: [] })).toEqual([]);
    expect(bodyParagraphs(null as unknown as RichDoc)).toEqual([]);
  });
});

describe('countBodyWords', () => {
  it('counts the words of the text, not the photo captions', () => {
    expect(countBodyWords(doc(p('Hà Nội mưa lớn.'), { type: 'figure', attrs: { caption: 'Phố ngập' } }, p('Nhiều tuyến đường ngập.')))).toBe(8);
    expect(countBodyWords({ type: 'doc', content: [] })).toBe(0);
  });
});
