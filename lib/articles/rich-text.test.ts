import { describe, expect, it } from 'vitest';
import type { RichDoc, RichMark, RichNode } from '@/db/schema';
import { countWords, docToPlain, plainToDoc, readingMinutes, renderRichText, richTextToPlain, sanitiseDoc } from './rich-text';

const text = (t: string, marks?: RichMark[]): RichNode => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const doc = (...content: RichNode[]): RichDoc => ({ type: 'doc', content });
const link = (href: unknown): RichMark => ({ type: 'link', attrs: { href } });
const figure = (attrs: Record<string, unknown>): RichNode => ({ type: 'figure', attrs });
/** For inputs that break the declared types on purpose. */
const junk = (value: unknown) => value as RichDoc;

describe('renderRichText: the allowed structure', () => {
  it('renders paragraphs', () => {
    expect(renderRichText(doc(p(text('Đoạn một.')), p(text('Đoạn hai.'))))).toBe('<p>Đoạn một.</p><p>Đoạn hai.</p>');
  });

  it('renders level 2 and level 3 headings, and any other level as h2', () => {
    const html = renderRichText(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('Hai')] },
        { type: 'heading', attrs: { level: 3 }, content: [text('Ba')] },
        { type: 'heading', attrs: { level: 1 }, content: [text('Một')] },
        { type: 'heading', content: [text('Không có')] },
      ),
    );
    expect(html).toBe('<h2>Hai</h2><h3>Ba</h3><h2>Một</h2><h2>Không có</h2>');
  });

  it('renders a blockquote', () => {
    expect(renderRichText(doc({ type: 'blockquote', content: [p(text('Trích dẫn'))] }))).toBe(
      '<blockquote><p>Trích dẫn</p></blockquote>',
    );
  });

  it('renders bullet and ordered lists', () => {
    const item = (t: string): RichNode => ({ type: 'listItem', content: [p(text(t))] });
    const html = renderRichText(
      doc({ type: 'bulletList', content: [item('a'), item('b')] }, { type: 'orderedList', content: [item('c')] }),
    );
    expect(html).toBe('<ul><li><p>a</p></li><li><p>b</p></li></ul><ol><li><p>c</p></li></ol>');
  });

  it('renders bold, italic, hard breaks and rules', () => {
    const html = renderRichText(
      doc(
        p(text('đậm', [{ type: 'bold' }]), { type: 'hardBreak' }, text('nghiêng', [{ type: 'italic' }])),
        { type: 'horizontalRule' },
      ),
    );
    expect(html).toBe('<p><strong>đậm</strong><br><em>nghiêng</em></p><hr>');
  });

  it('renders a figure with its alt text, size, caption and credit', () => {
    const html = renderRichText(
      doc(
        figure({
          src: '/media/2024/cau-rong.jpg',
          alt: 'Cầu Rồng về đêm',
          caption: 'Cầu Rồng phun lửa cuối tuần',
          credit: 'Ảnh: Minh Anh',
          width: 1200,
          height: 800,
        }),
      ),
    );
    expect(html).toBe(
      '<figure><img src="/media/2024/cau-rong.jpg" alt="Cầu Rồng về đêm" width="1200" height="800" loading="lazy" decoding="async">' +
        '<figcaption>Cầu Rồng phun lửa cuối tuần <span class="credit">Ảnh: Minh Anh</span></figcaption></figure>',
    );
  });

  it('offers the WebP renditions of an uploaded original as a srcset', () => {
    const html = renderRichText(doc(figure({ src: '/media/2026-11/ab12/original.jpg', alt: 'Ảnh', width: 1600, height: 1000 })));
    expect(html).toContain(
      'srcset="/media/2026-11/ab12/480.webp 480w, /media/2026-11/ab12/960.webp 960w, /media/2026-11/ab12/original.jpg 1600w"',
    );
    expect(html).toContain('width="1600" height="1000"');
  });

  it('takes alt from the alt attribute only, never from the caption', () => {
    const html = renderRichText(doc(figure({ src: '/media/a.jpg', caption: 'Chú thích ảnh' })));
    expect(html).toContain('alt=""');
    expect(html).not.toContain('alt="Chú thích ảnh"');
    expect(html).toContain('<figcaption>Chú thích ảnh</figcaption>');
  });

  it('leaves out the figcaption when there is neither caption nor credit, and the size when it is not valid', () => {
    const html = renderRichText(doc(figure({ src: '/media/a.jpg', alt: 'x', width: 0, height: 600 })));
    expect(html).toBe('<figure><img src="/media/a.jpg" alt="x" loading="lazy" decoding="async"></figure>');
  });

  it('outputs NFC even when the stored text is NFD', () => {
    const nfd = 'Họp mặt cán bộ'.normalize('NFD');
    expect(renderRichText(doc(p(text(nfd))))).toBe(`<p>${'Họp mặt cán bộ'.normalize('NFC')}</p>`);
  });
});

describe('renderRichText: hostile input', () => {
  it('escapes markup written as text', () => {
    expect(renderRichText(doc(p(text('<script>alert(1)</script> & "x" \'y\''))))).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;</p>',
    );
  });

  it('drops the tag of an unknown "script" node but keeps its words, escaped', () => {
    const html = renderRichText(doc({ type: 'script', content: [text('alert("<b>1</b>")')] }));
    expect(html).toBe('alert(&quot;&lt;b&gt;1&lt;/b&gt;&quot;)');
  });

  it('renders nothing for an unknown "html" node carrying raw HTML in its attributes', () => {
    const html = renderRichText(
      doc(p(text('trước')), { type: 'html', attrs: { html: '<img src=x onerror=alert(1)>' } }, p(text('sau'))),
    );
    expect(html).toBe('<p>trước</p><p>sau</p>');
  });

  it('keeps the words of an unknown node nested inside a paragraph, without its markup', () => {
    const html = renderRichText(doc(p({ type: 'iframe', attrs: { src: 'https://evil' }, content: [text('<x>')] })));
    expect(html).toBe('<p>&lt;x&gt;</p>');
  });

  it('ignores unknown marks', () => {
    const html = renderRichText(doc(p(text('chữ', [{ type: 'style', attrs: { css: 'x' } }]))));
    expect(html).toBe('<p>chữ</p>');
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    [' javascript:alert(1)'],
    ['\tjavascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['//evil.example'],
    ['//evil.example/thoi-su'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    [''],
    [42],
    [undefined],
  ])('drops a link to %j but keeps its text', (href) => {
    const html = renderRichText(doc(p(text('bấm vào đây', [link(href)]))));
    expect(html).toBe('<p>bấm vào đây</p>');
  });

  it.each([
    ['http://example.vn/bai-viet', 'http://example.vn/bai-viet'],
    ['https://example.vn/bai-viet?a=1&b=2', 'https://example.vn/bai-viet?a=1&amp;b=2'],
    ['mailto:toasoan@example.vn', 'mailto:toasoan@example.vn'],
    ['/thoi-su', '/thoi-su'],
    ['/thoi-su/bai-viet-1#binh-luan', '/thoi-su/bai-viet-1#binh-luan'],
  ])('keeps a link to %s with rel="noopener noreferrer"', (href, expectedHref) => {
    const html = renderRichText(doc(p(text('đọc thêm', [link(href)]))));
    expect(html).toBe(`<p><a href="${expectedHref}" rel="noopener noreferrer">đọc thêm</a></p>`);
  });

  it('nests bold inside a link', () => {
    const html = renderRichText(doc(p(text('x', [{ type: 'bold' }, link('/thoi-su')]))));
    expect(html).toBe('<p><a href="/thoi-su" rel="noopener noreferrer"><strong>x</strong></a></p>');
  });

  it('cannot break out of the href attribute of a site-relative link', () => {
    const html = renderRichText(doc(p(text('x', [link('/a" onmouseover="alert(1)')]))));
    expect(html).toBe('<p><a href="/a&quot; onmouseover=&quot;alert(1)" rel="noopener noreferrer">x</a></p>');
    expect(html).not.toMatch(/onmouseover="/);
  });

  it('cannot break out of the href attribute of an absolute link', () => {
    const html = renderRichText(doc(p(text('x', [link('https://example.vn/" onmouseover="alert(1)')]))));
    expect(html).not.toMatch(/onmouseover="/);
    // Exactly two attributes on the tag: href and rel.
    expect(html).toMatch(/^<p><a href="[^"<>]*" rel="noopener noreferrer">x<\/a><\/p>$/);
  });

  it('cannot break out of the figure alt attribute or the caption', () => {
    const html = renderRichText(
      doc(
        figure({
          src: '/media/a.jpg',
          alt: '" onmouseover="alert(1)',
          caption: '"><script>alert(1)</script>',
          credit: '<b onclick="x">',
        }),
      ),
    );
    expect(html).toBe(
      '<figure><img src="/media/a.jpg" alt="&quot; onmouseover=&quot;alert(1)" loading="lazy" decoding="async">' +
        '<figcaption>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; <span class="credit">&lt;b onclick=&quot;x&quot;&gt;</span></figcaption></figure>',
    );
    expect(html).not.toMatch(/onmouseover="/);
    expect(html).not.toContain('<script');
  });

  it('ignores width and height that are not positive whole numbers', () => {
    const html = renderRichText(doc(figure({ src: '/media/a.jpg', width: '1" onload="x', height: 10 })));
    expect(html).toBe('<figure><img src="/media/a.jpg" alt="" loading="lazy" decoding="async"></figure>');
  });

  it.each([
    ['https://evil/x.jpg'],
    ['http://example.vn/media/x.jpg'],
    ['//evil/media/x.jpg'],
    ['/media/../etc/passwd'],
    ['/media/a/../../etc/passwd'],
    ['javascript:alert(1)'],
    ['data:image/png;base64,AAAA'],
    ['/uploads/x.jpg'],
    ['/media/x.jpg" onerror="alert(1)'],
    ['/media/x.jpg?<script>'],
    [''],
    [undefined],
  ])('drops a figure whose src is %j', (src) => {
    const html = renderRichText(doc(p(text('trước')), figure({ src, alt: 'a', caption: 'chú thích' }), p(text('sau'))));
    expect(html).toBe('<p>trước</p><p>sau</p>');
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an empty object', {}],
    ['a string', 'doc'],
    ['a doc whose content is a string', { type: 'doc', content: 'x' }],
    ['a doc whose content is an object', { type: 'doc', content: { type: 'paragraph' } }],
    [
      'nodes with non-array content and junk children',
      {
        type: 'doc',
        content: [
          null,
          'x',
          42,
          [],
          { type: 'paragraph', content: 'x' },
          { type: 'paragraph', content: { type: 'text', text: 'y' } },
          { type: 'blockquote', content: 7 },
          { type: 'text', text: 42 },
          { type: 'text', text: 'ok', marks: 'bold' },
          { type: 'text', text: 'ok', marks: [{ type: 'link' }, { type: 'link', attrs: null }] },
          { type: 'figure' },
          { type: 'figure', attrs: null },
          { type: 'heading', attrs: 'x', content: null },
          {},
        ],
      },
    ],
  ])('does not throw on %s', (_label, input) => {
    expect(() => renderRichText(junk(input))).not.toThrow();
    expect(() => richTextToPlain(junk(input))).not.toThrow();
    expect(typeof renderRichText(junk(input))).toBe('string');
  });

  it('renders the usable parts of a partly malformed doc and skips the rest', () => {
    const html = renderRichText(
      junk({ type: 'doc', content: [null, { type: 'paragraph', content: 'x' }, p(text('giữ lại')), 42] }),
    );
    expect(html).toBe('<p></p><p>giữ lại</p>');
  });

  it('does not throw on a text node whose marks list holds a null', () => {
    const input = junk({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [null] }] }] });
    expect(() => renderRichText(input)).not.toThrow();
  });
});

describe('richTextToPlain', () => {
  it('extracts the words of every block, one block per line, including figure captions', () => {
    const plain = richTextToPlain(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('Tiêu đề phụ')] },
        p(text('Đoạn '), text('một', [{ type: 'bold' }]), text('.')),
        figure({ src: '/media/a.jpg', alt: 'mô tả', caption: 'Chú thích ảnh', credit: 'Ảnh: A' }),
        { type: 'blockquote', content: [p(text('Trích dẫn'))] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('mục'))] }] },
      ),
    );
    // Compared line by line after trimming: the caption line carries padding spaces (see report).
    expect(plain.split('\n').map((line) => line.trim())).toEqual([
      'Tiêu đề phụ',
      'Đoạn một.',
      'Chú thích ảnh',
      'Trích dẫn',
      'mục',
    ]);
  });

  it('keeps hostile text as plain words (no escaping, no tags added)', () => {
    expect(richTextToPlain(doc(p(text('<script>x</script>'))))).toBe('<script>x</script>');
  });

  it('returns an empty string for an empty or missing doc', () => {
    expect(richTextToPlain(doc())).toBe('');
    expect(richTextToPlain(junk(null))).toBe('');
  });

  it('outputs NFC', () => {
    expect(richTextToPlain(doc(p(text('Hòa'.normalize('NFD')))))).toBe('Hòa'.normalize('NFC'));
  });
});

describe('plainToDoc and docToPlain', () => {
  it('turns lines into paragraphs, "## " into a heading and "> " into a quotation', () => {
    const result = plainToDoc('Đoạn một.\n\n## Tiêu đề phụ\n\n> Trích dẫn\n\nĐoạn hai.');
    expect(result).toEqual({
      type: 'doc',
      content: [
        p(text('Đoạn một.')),
        { type: 'heading', attrs: { level: 2 }, content: [text('Tiêu đề phụ')] },
        { type: 'blockquote', content: [p(text('Trích dẫn'))] },
        p(text('Đoạn hai.')),
      ],
    });
  });

  it('ignores blank lines, surrounding spaces and Windows line endings', () => {
    expect(plainToDoc('\r\n  Một  \r\n\r\n\r\n   Hai\r\n')).toEqual(doc(p(text('Một')), p(text('Hai'))));
  });

  it('writes a doc back as plain text with blank lines between blocks', () => {
    const plain = docToPlain(
      doc(
        p(text('Đoạn một.')),
        { type: 'heading', attrs: { level: 2 }, content: [text('Tiêu đề phụ')] },
        { type: 'blockquote', content: [p(text('Trích dẫn'))] },
      ),
    );
    expect(plain).toBe('Đoạn một.\n\n## Tiêu đề phụ\n\n> Trích dẫn');
  });

  it('round-trips paragraphs, headings and quotations', () => {
    const original = plainToDoc('Đoạn một.\n\n## Tiêu đề phụ\n\n> Trích dẫn\n\nĐoạn hai.');
    expect(plainToDoc(docToPlain(original))).toEqual(original);
  });

  const figA = figure({ src: '/media/a.jpg', alt: 'A', caption: 'Ảnh A', credit: 'X', width: 800, height: 600 });
  const figB = figure({ src: '/media/b.jpg', alt: 'B', caption: 'Ảnh B' });
  const withFigures = doc(p(text('Mở đầu.')), figA, p(text('Giữa.')), figB, p(text('Kết.')));

  it('writes each figure as a numbered [[Ảnh n]] marker', () => {
    expect(docToPlain(withFigures)).toBe('Mở đầu.\n\n[[Ảnh 1]]\n\nGiữa.\n\n[[Ảnh 2]]\n\nKết.');
  });

  it('puts the original figures back in place when the markers come back', () => {
    const again = plainToDoc(docToPlain(withFigures), withFigures);
    expect(again).toEqual(withFigures);
    expect(again.content[1]).toBe(figA);
    expect(again.content[3]).toBe(figB);
  });

  it('follows the markers when the editor moves a photo', () => {
    const again = plainToDoc('[[Ảnh 2]]\n\nMở đầu.\n\n[[ảnh 1]]', withFigures);
    expect(again).toEqual(doc(figB, p(text('Mở đầu.')), figA));
  });

  it('drops a marker for a figure that does not exist', () => {
    expect(plainToDoc('Mở đầu.\n\n[[Ảnh 3]]\n\n[[Ảnh 0]]\n\nKết.', withFigures)).toEqual(
      doc(p(text('Mở đầu.')), p(text('Kết.'))),
    );
    expect(plainToDoc('[[Ảnh 1]]')).toEqual(doc());
  });

  it('drops a figure whose marker the editor deleted', () => {
    const again = plainToDoc('Mở đầu.\n\n[[Ảnh 2]]', withFigures);
    expect(again).toEqual(doc(p(text('Mở đầu.')), figB));
  });

  it('stores NFD input as NFC, and still recognises an NFD figure marker', () => {
    const nfd = 'Họp mặt cán bộ.\n\n## Đắk Lắk\n\n[[Ảnh 1]]'.normalize('NFD');
    const result = plainToDoc(nfd, withFigures);
    expect(result).toEqual(doc(p(text('Họp mặt cán bộ.'.normalize('NFC'))), {
      type: 'heading',
      attrs: { level: 2 },
      content: [text('Đắk Lắk'.normalize('NFC'))],
    }, figA));
    expect(JSON.stringify(result).normalize('NFC')).toBe(JSON.stringify(result));
  });

  it('gives an empty doc for empty text', () => {
    expect(plainToDoc('')).toEqual(doc());
    expect(plainToDoc('  \n\n  ')).toEqual(doc());
    expect(docToPlain(doc())).toBe('');
  });

  it.each([
    ['null', null],
    ['a doc whose content is a string', { type: 'doc', content: 'x' }],
    ['a doc holding a null node', { type: 'doc', content: [null, { type: 'paragraph', content: [{ type: 'text', text: 'a' }] }] }],
  ])('docToPlain does not throw on %s', (_label, input) => {
    expect(() => docToPlain(junk(input))).not.toThrow();
  });
});

describe('sanitiseDoc: what the editor sends is cleaned before it is stored', () => {
  it('keeps the allowed structure as it is', () => {
    const input = doc(
      { type: 'heading', attrs: { level: 3 }, content: [text('Ba')] },
      p(text('đậm', [{ type: 'bold' }]), { type: 'hardBreak' }, text('nối', [link('https://vnexpress.net/')])),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('một'))] }] },
      { type: 'horizontalRule' },
      figure({ src: '/media/a/b.jpg', mediaId: 4, width: 800, height: 600, alt: 'Mô tả', caption: 'Chú thích', credit: 'Ảnh: H.' }),
    );
    expect(sanitiseDoc(input)).toEqual(input);
  });

  it('drops scripts, event handlers, unknown attributes and unsafe links', () => {
    const out = sanitiseDoc(
      junk({
        type: 'doc',
        content: [
          { type: 'paragraph', attrs: { onclick: 'alert(1)', class: 'x' }, content: [text('a', [link('javascript:alert(1)'), { type: 'bold', attrs: { style: 'x' } }])] },
          { type: 'script', text: 'alert(1)' },
          { type: 'heading', attrs: { level: 1, id: 'x' }, content: [text('H')] },
          figure({ src: 'https://evil.example/x.png', alt: 'x' }),
          figure({ src: '/media/../../etc/passwd' }),
        ],
      }),
    );
    expect(out).toEqual(doc(p(text('a', [{ type: 'bold' }])), { type: 'heading', attrs: { level: 2 }, content: [text('H')] }));
    expect(JSON.stringify(out)).not.toMatch(/onclick|javascript|evil|passwd/);
  });

  it('keeps the words of unknown blocks such as a pasted table or code block', () => {
    const out = sanitiseDoc(
      junk({
        type: 'doc',
        content: [
          { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p(text('ô một'))] }] }] },
          { type: 'codeBlock', content: [text('mã')] },
        ],
      }),
    );
    expect(out).toEqual(doc(p(text('ô một')), p(text('mã'))));
  });

  it('stores text in NFC and survives garbage', () => {
    expect(sanitiseDoc(doc(p(text('Vie\u0302\u0323t')))).content[0].content![0].text).toBe('Việt');
    for (const bad of [null, 1, 'doc', [], { type: 'doc', content: 'x' }, { type: 'para' }]) {
      expect(sanitiseDoc(bad)).toEqual({ type: 'doc', content: [] });
    }
  });

  it('caps depth and size so a hostile document cannot exhaust the server', () => {
    let deep: RichNode = p(text('đáy'));
    for (let i = 0; i < 5000; i++) deep = { type: 'blockquote', content: [deep] };
    expect(() => sanitiseDoc(doc(deep))).not.toThrow();
    const huge = doc(...Array.from({ length: 100_000 }, () => p(text('x'))));
    expect(sanitiseDoc(huge).content.length).toBeLessThanOrEqual(40_000);
  });

  it('counts Vietnamese words and reading time', () => {
    expect(countWords('Người dân Tân Hòa đón mùa lúa mới.')).toBe(8);
    expect(countWords('  ')).toBe(0);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1150)).toBe(5);
  });
});
