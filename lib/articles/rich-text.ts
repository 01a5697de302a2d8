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
