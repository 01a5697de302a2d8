import type { RichDoc, RichMark, RichNode } from '@/db/schema';
import { renditionKeys } from '@/lib/media/renditions';
import { normaliseText } from '@/lib/text';

/**
 * Renders the stored ProseMirror JSON to HTML through an allow-list: unknown nodes are dropped
 * (their text kept), every string is escaped, links and image sources are checked. Client HTML is
 * never trusted, so this is the only way article HTML is made.
 */

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const str = (v: unknown): string => (typeof v === 'string' ? normaliseText(v) : '');
const int = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 100_000 ? v : null;

/** http(s), mailto and site-relative links only: no javascript:, data: or protocol-relative tricks. */
export function safeHref(value: unknown): string | null {
  const href = str(value).trim();
  if (!href) return null;
  if (href.startsWith('/') && !href.startsWith('//') && !href.includes('\\')) return href;
  try {
    const url = new URL(href);
    if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:') return url.href;
  } catch {
    /* not a URL */
  }
  return null;
}

/** Images come from our own media route only. */
export function safeImageSrc(value: unknown): string | null {
  const src = str(value).trim();
  return /^\/media\/[A-Za-z0-9/_.-]+$/.test(src) && !src.includes('..') ? src : null;
}

function renderMarks(text: string, marks: RichMark[] | undefined): string {
  let html = escapeHtml(text);
  for (const mark of marks ?? []) {
    if (!mark || typeof mark !== 'object') continue;
    if (mark.type === 'bold') html = `<strong>${html}</strong>`;
    else if (mark.type === 'italic') html = `<em>${html}</em>`;
    else if (mark.type === 'link') {
      const href = safeHref(mark.attrs?.href);
      if (href) html = `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>`;
    }
  }
  return html;
}

function renderChildren(nodes: RichNode[] | undefined): string {
  return Array.isArray(nodes) ? nodes.map(renderNode).join('') : '';
}

function renderNode(node: RichNode): string {
  if (!node || typeof node !== 'object') return '';
  switch (node.type) {
    case 'text':
      return renderMarks(str(node.text), Array.isArray(node.marks) ? node.marks : undefined);
    case 'paragraph':
      return `<p>${renderChildren(node.content)}</p>`;
    case 'heading': {
      const level = node.attrs?.level === 3 ? 3 : 2;
      return `<h${level}>${renderChildren(node.content)}</h${level}>`;
    }
    case 'blockquote':
      return `<blockquote>${renderChildren(node.content)}</blockquote>`;
    case 'bulletList':
      return `<ul>${renderChildren(node.content)}</ul>`;
    case 'orderedList':
      return `<ol>${renderChildren(node.content)}</ol>`;
    case 'listItem':
      return `<li>${renderChildren(node.content)}</li>`;
    case 'hardBreak':
      return '<br>';
    case 'horizontalRule':
      return '<hr>';
    case 'figure':
      return renderFigure(node);
    default:
      // Unknown node: keep its words, drop its markup.
      return renderChildren(node.content);
  }
}

function renderFigure(node: RichNode): string {
  const a = node.attrs ?? {};
  const src = safeImageSrc(a.src);
  if (!src) return '';
  const width = int(a.width);
  const height = int(a.height);
  const size = width && height ? ` width="${width}" height="${height}"` : '';
  // The WebP renditions made at upload, so a phone does not download the full-size original.
  const renditions = width ? renditionKeys(src.slice('/media/'.length), width) : [];
  const srcset = renditions.length
    ? ` srcset="${escapeHtml([...renditions.map((r) => `/media/${r.key} ${r.width}w`), `${src} ${width}w`].join(', '))}" sizes="(min-width: 1024px) 760px, 100vw"`
    : '';
  const caption = str(a.caption).trim();
  const credit = str(a.credit).trim();
  const captionHtml =
    caption || credit
      ? `<figcaption>${escapeHtml(caption)}${credit ? ` <span class="credit">${escapeHtml(credit)}</span>` : ''}</figcaption>`
      : '';
  return `<figure><img src="${escapeHtml(src)}"${srcset} alt="${escapeHtml(str(a.alt))}"${size} loading="lazy" decoding="async">${captionHtml}</figure>`;
}

export function renderRichText(doc: RichDoc): string {
  return doc && Array.isArray(doc.content) ? renderChildren(doc.content) : '';
}

/** Plain text for search and descriptions. */
export function richTextToPlain(doc: RichDoc): string {
  const out: string[] = [];
  const walk = (node: RichNode) => {
    if (!node || typeof node !== 'object') return;
    if (node.type === 'text') out.push(str(node.text));
    else if (node.type === 'figure') out.push(` ${str(node.attrs?.caption)} `);
    if (Array.isArray(node.content)) node.content.forEach(walk);
    if (['paragraph', 'heading', 'blockquote', 'listItem', 'figure'].includes(node.type)) out.push('\n');
  };
  if (doc && Array.isArray(doc.content)) doc.content.forEach(walk);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * The desk's plain-text box: blank lines separate paragraphs, `## ` opens a subheading, `> ` a
 * quotation, and `[[Ảnh 2]]` stands for the second figure of the story as it was, so that editing
 * the words never drops a photo.
 */
const figureMarker = /^\[\[\s*Ảnh\s+(\d+)\s*\]\]$/iu;

export function plainToDoc(text: string, previous?: RichDoc): RichDoc {
  const figures = (previous?.content ?? []).filter((n) => n.type === 'figure');
  const blocks = normaliseText(text)
    .replace(/\r\n?/g, '\n')
    .split(/\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const textNode = (t: string) => [{ type: 'text', text: t }];
  const content: RichNode[] = [];
  for (const block of blocks) {
    const marker = figureMarker.exec(block);
    if (marker) {
      const figure = figures[Number(marker[1]) - 1];
      if (figure) content.push(figure);
    } else if (block.startsWith('## ')) {
      content.push({ type: 'heading', attrs: { level: 2 }, content: textNode(block.slice(3).trim()) });
    } else if (block.startsWith('> ')) {
      content.push({ type: 'blockquote', content: [{ type: 'paragraph', content: textNode(block.slice(2).trim()) }] });
    } else {
      content.push({ type: 'paragraph', content: textNode(block) });
    }
  }
  return { type: 'doc', content };
}

export function docToPlain(doc: RichDoc): string {
  let figureNo = 0;
  const nodes = Array.isArray(doc?.content) ? doc.content : [];
  return nodes
    .filter((node) => node && typeof node === 'object')
    .map((node) => {
      const plain = richTextToPlain({ type: 'doc', content: [node] }).replace(/\n+/g, ' ');
      if (node.type === 'figure') return `[[Ảnh ${++figureNo}]]`;
      if (node.type === 'heading') return `## ${plain}`;
      if (node.type === 'blockquote') return `> ${plain}`;
      return plain;
    })
    .filter(Boolean)
    .join('\n\n');
}

/**
 * What the editor sends is cleaned to the allowed structure before it is stored: only the nodes,
 * marks and attributes the renderer knows, text in NFC, links and image sources checked, and a cap
 * on depth and size. The renderer checks again on the way out; this keeps the stored JSON honest
 * for the editor, the revisions and the diff.
 */
const MAX_DEPTH = 12;
const MAX_NODES = 40_000;

const blockTypes = new Set(['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'horizontalRule', 'figure']);
const inlineTypes = new Set(['text', 'hardBreak']);

export function sanitiseDoc(input: unknown): RichDoc {
  let budget = MAX_NODES;
  const cleanMarks = (marks: unknown): RichMark[] | undefined => {
    if (!Array.isArray(marks)) return undefined;
    const out: RichMark[] = [];
    const seen = new Set<string>();
    for (const m of marks as RichMark[]) {
      if (!m || typeof m !== 'object' || seen.has(m.type)) continue;
      if (m.type === 'bold' || m.type === 'italic') out.push({ type: m.type });
      else if (m.type === 'link') {
        const href = safeHref(m.attrs?.href);
        if (href) out.push({ type: 'link', attrs: { href } });
        else continue;
      } else continue;
      seen.add(m.type);
    }
    return out.length ? out : undefined;
  };
  const cleanInline = (nodes: unknown, depth: number): RichNode[] => {
    const out: RichNode[] = [];
    for (const n of Array.isArray(nodes) ? (nodes as RichNode[]) : []) {
      if (!n || typeof n !== 'object' || --budget < 0) continue;
      if (n.type === 'text') {
        const text = str(n.text).replace(/[\u0000-\u0008\u000b-\u001f]/g, '');
        if (!text) continue;
        const marks = cleanMarks(n.marks);
        out.push(marks ? { type: 'text', text, marks } : { type: 'text', text });
      } else if (n.type === 'hardBreak') out.push({ type: 'hardBreak' });
      else if (depth < MAX_DEPTH) out.push(...cleanInline(n.content, depth + 1)); // unknown inline: keep its words
    }
    return out;
  };
  const cleanBlocks = (nodes: unknown, depth: number): RichNode[] => {
    const out: RichNode[] = [];
    for (const n of Array.isArray(nodes) ? (nodes as RichNode[]) : []) {
      if (!n || typeof n !== 'object' || --budget < 0 || depth > MAX_DEPTH) continue;
      switch (n.type) {
        case 'paragraph':
          out.push(withContent({ type: 'paragraph' }, cleanInline(n.content, depth + 1)));
          break;
        case 'heading':
          out.push(withContent({ type: 'heading', attrs: { level: n.attrs?.level === 3 ? 3 : 2 } }, cleanInline(n.content, depth + 1)));
          break;
        case 'blockquote': {
          const content = cleanBlocks(n.content, depth + 1);
          if (content.length) out.push({ type: 'blockquote', content });
          break;
        }
        case 'bulletList':
        case 'orderedList': {
          const items = (Array.isArray(n.content) ? n.content : [])
            .filter((i) => i && typeof i === 'object' && i.type === 'listItem')
            .map((i) => cleanBlocks(i.content, depth + 2))
            .filter((c) => c.length)
            .map((content): RichNode => ({ type: 'listItem', content }));
          if (items.length) out.push({ type: n.type, content: items });
          break;
        }
        case 'horizontalRule':
          out.push({ type: 'horizontalRule' });
          break;
        case 'figure': {
          const figure = cleanFigure(n);
          if (figure) out.push(figure);
          break;
        }
        default:
          if (inlineTypes.has(n.type)) {
            const inline = cleanInline([n], depth + 1);
            if (inline.length) out.push({ type: 'paragraph', content: inline });
          } else if (!blockTypes.has(n.type)) {
            // Unknown block (a pasted table, a code block…): its words survive as paragraphs.
            const inner = cleanBlocks(n.content, depth + 1);
            out.push(...(inner.length ? inner : withText(cleanInline(n.content, depth + 1))));
          }
      }
    }
    return out;
  };
  const root = input && typeof input === 'object' ? (input as RichDoc) : null;
  const content = root && root.type === 'doc' ? cleanBlocks(root.content, 0) : [];
  return { type: 'doc', content };
}

function withContent(node: RichNode, content: RichNode[]): RichNode {
  return content.length ? { ...node, content } : node;
}

function withText(inline: RichNode[]): RichNode[] {
  return inline.length ? [{ type: 'paragraph', content: inline }] : [];
}

function cleanFigure(node: RichNode): RichNode | null {
  const a = node.attrs ?? {};
  const src = safeImageSrc(a.src);
  if (!src) return null;
  const attrs: Record<string, unknown> = {
    src,
    alt: str(a.alt).trim().slice(0, 300),
    caption: str(a.caption).trim().slice(0, 1000),
    credit: str(a.credit).trim().slice(0, 200),
  };
  const mediaId = int(a.mediaId);
  const width = int(a.width);
  const height = int(a.height);
  if (mediaId) attrs.mediaId = mediaId;
  if (width && height) Object.assign(attrs, { width, height });
  return { type: 'figure', attrs };
}

export type FigureDetails = { mediaId: number; alt: string; caption: string; credit: string };

/** The library photos a (clean) story shows, with the alt text, caption and credit typed for each. */
export function figuresOf(doc: RichDoc): FigureDetails[] {
  const found: FigureDetails[] = [];
  const walk = (node: RichNode) => {
    if (node.type === 'figure' && typeof node.attrs?.mediaId === 'number') {
      const a = node.attrs;
      found.push({ mediaId: a.mediaId as number, alt: str(a.alt), caption: str(a.caption), credit: str(a.credit) });
    }
    node.content?.forEach(walk);
  };
  walk(doc as RichNode);
  return found;
}

/** Words of a story (for the word count and the reading time shown to the writer). */
export function countWords(text: string): number {
  const words = normaliseText(text).match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu);
  return words ? words.length : 0;
}

/** Minutes to read at a steady 230 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
