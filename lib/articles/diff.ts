import type { RichDoc } from '@/db/schema';
import { countWords, richTextToPlain } from './rich-text';

/**
 * Word-level diff for the desk's revision history and conflict view. Pure (no server code), so the
 * conflict view can run it in the browser too.
 *
 * Text is compared in NFC, split into words (letters, combining marks and digits, so “Đắk Lắk” and
 * “7.000” stay whole), runs of white space, and single punctuation marks. Bodies are first aligned
 * paragraph by paragraph and only the paragraphs that changed are compared word by word, with Myers'
 * O(ND) algorithm and a cap on D: a 5,000-word story with a few edits costs a few milliseconds, and a
 * rewrite beyond the cap is shown as “removed, then added” instead of stalling the page.
 */

export type DiffKind = 'same' | 'added' | 'removed';
export type DiffSegment = { kind: DiffKind; text: string };

/** An unchanged paragraph, or a run of paragraphs that changed (shown word by word). */
export type DiffBlock = { changed: false; text: string } | { changed: true; segments: DiffSegment[] };

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.,'’\-][\p{L}\p{M}\p{N}]+)*|\s+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Beyond this many edits in one stretch of text the diff gives up and shows “removed, then added”. */
export const MAX_EDITS = 2_000;

export function tokenize(text: string): string[] {
  return text.normalize('NFC').match(TOKEN) ?? [];
}

/** `index` points into the first list for same/removed, into the second for added. */
export type Op = { kind: DiffKind; index: number };

/**
 * Myers' shortest edit script between two arrays of ids, or null when it needs more than maxEdits
 * edits. Only the frontier of each round is kept (about D²/2 numbers in all).
 */
function shortestEdit(a: Int32Array, b: Int32Array, maxEdits: number): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m);
    }
    const round = new Int32Array(d + 1);
    for (let k = -d, i = 0; k <= d; k += 2, i++) round[i] = v[offset + k];
    trace.push(round);
  }
  return null;
}

function backtrack(trace: Int32Array[], edits: number, n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = edits; d > 0; d--) {
    const prev = trace[d - 1];
    const at = (k: number) => prev[(k + d - 1) / 2];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: 'same', index: x });
    }
    if (x === prevX) ops.push({ kind: 'added', index: prevY });
    else ops.push({ kind: 'removed', index: prevX });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    ops.push({ kind: 'same', index: x });
  }
  return ops.reverse();
}

/** The shortest edit script between two token lists (null past maxEdits); exported for its tests. */
export function editScript(a: string[], b: string[], maxEdits = MAX_EDITS): Op[] | null {
  const [ia, ib] = toIds(a, b);
  return shortestEdit(ia, ib, maxEdits);
}

/** Gives every distinct string one small number, shared by both sides. */
function toIds(a: string[], b: string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const id = (s: string) => {
    let n = ids.get(s);
    if (n === undefined) ids.set(s, (n = ids.size));
    return n;
  };
  return [Int32Array.from(a, id), Int32Array.from(b, id)];
}

/** Joins neighbours of one kind; inside a stretch of changes, what was removed comes before what was added. */
function tidy(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  for (const s of segments) {
    if (!s.text) continue;
    if (s.kind === 'removed') removed += s.text;
    else if (s.kind === 'added') added += s.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.kind === 'same') last.text += s.text;
      else out.push({ kind: 'same', text: s.text });
    }
  }
  flush();
  return out;
}

/**
 * A lone space kept between two changed words reads as noise (“[-bà][+ông] [-Lan][+Nam]”): it is
 * folded into the change on both sides so the reader sees “[-bà Lan][+ông Nam]”.
 */
function foldLoneSpaces(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  segments.forEach((s, i) => {
    const between = i > 0 && i < segments.length - 1 && segments[i - 1].kind !== 'same' && segments[i + 1].kind !== 'same';
    if (s.kind === 'same' && between && /^\s+$/.test(s.text)) {
      out.push({ kind: 'removed', text: s.text }, { kind: 'added', text: s.text });
    } else out.push(s);
  });
  return tidy(out);
}

/** Word diff of two texts: segments that, read without the added ones, give `before`, and without the removed ones, `after`. */
export function diffWords(before: string, after: string, maxEdits = MAX_EDITS): DiffSegment[] {
  const a = tokenize(before);
  const b = tokenize(after);
  // Common head and tail cost nothing to find and often are most of the text.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const segments: DiffSegment[] = [{ kind: 'same', text: a.slice(0, head).join('') }];
  const [ia, ib] = toIds(midA, midB);
  const ops = shortestEdit(ia, ib, maxEdits);
  if (ops) {
    for (const op of ops) segments.push({ kind: op.kind, text: op.kind === 'added' ? midB[op.index] : midA[op.index] });
  } else {
    segments.push({ kind: 'removed', text: midA.join('') }, { kind: 'added', text: midB.join('') });
  }
  segments.push({ kind: 'same', text: a.slice(a.length - tail).join('') });
  return foldLoneSpaces(tidy(segments));
}

/**
 * Aligns two lists of paragraphs, then compares each run of changed paragraphs word by word (the
 * paragraphs of one run joined by a blank line, which the page shows as a paragraph break).
 */
export function diffParagraphs(before: string[], after: string[], maxEdits = MAX_EDITS): DiffBlock[] {
  const a = before.map((p) => p.normalize('NFC'));
  const b = after.map((p) => p.normalize('NFC'));
  const [ia, ib] = toIds(a, b);
  // Past the cap (thousands of paragraphs rewritten) every paragraph counts as replaced.
  const ops = shortestEdit(ia, ib, maxEdits) ?? [
    ...a.map((_, index): Op => ({ kind: 'removed', index })),
    ...b.map((_, index): Op => ({ kind: 'added', index })),
  ];
  const blocks: DiffBlock[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length || added.length) {
      blocks.push({ changed: true, segments: diffWords(removed.join('\n\n'), added.join('\n\n'), maxEdits) });
    }
    removed = [];
    added = [];
  };
  for (const op of ops) {
    if (op.kind === 'removed') removed.push(a[op.index]);
    else if (op.kind === 'added') added.push(b[op.index]);
    else {
      flush();
      blocks.push({ changed: false, text: a[op.index] });
    }
  }
  flush();
  return blocks;
}

/** Plain text split into paragraphs the way the desk writes them: one per non-empty line. */
export function splitParagraphs(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The paragraphs of a stored body as a reader would see them; a photo reads “[Ảnh: caption]”. */
export function bodyParagraphs(doc: RichDoc): string[] {
  const nodes = Array.isArray(doc?.content) ? doc.content : [];
  return nodes.flatMap((node) => {
    if (!node || typeof node !== 'object') return [];
    if (node.type === 'figure') {
      const caption = typeof node.attrs?.caption === 'string' ? node.attrs.caption.normalize('NFC').trim() : '';
      return [caption ? `[Ảnh: ${caption}]` : '[Ảnh]'];
    }
    return splitParagraphs(richTextToPlain({ type: 'doc', content: [node] }));
  });
}

/**
 * Words of the story's text (headings, paragraphs, quotes, lists), photo captions not counted,
 * counted the way the editor counts them (rich-text countWords).
 */
export function countBodyWords(doc: RichDoc): number {
  const nodes = Array.isArray(doc?.content) ? doc.content : [];
  return countWords(richTextToPlain({ type: 'doc', content: nodes.filter((n) => n && typeof n === 'object' && n.type !== 'figure') }));
}

export function wordsChanged(segments: DiffSegment[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const s of segments) {
    if (s.kind === 'added') added += countWords(s.text);
    else if (s.kind === 'removed') removed += countWords(s.text);
  }
  return { added, removed };
}

export type RevisionContent = { title: string; lead: string; credit: string; section: string; body: RichDoc };

export type FieldName = 'title' | 'lead' | 'section' | 'credit';
export type FieldDiff = { field: FieldName; label: string; changed: boolean; segments: DiffSegment[] };

export type RevisionDiff = {
  fields: FieldDiff[];
  body: DiffBlock[];
  bodyChanged: boolean;
  /** Words added and removed over every field and the body. */
  added: number;
  removed: number;
};

const fieldLabels: Record<FieldName, string> = {
  title: 'Tiêu đề',
  lead: 'Sapo',
  section: 'Chuyên mục',
  credit: 'Dòng tác giả',
};

/** Everything that differs between two versions of a story, `before` being the older one. */
export function diffRevisions(before: RevisionContent, after: RevisionContent): RevisionDiff {
  const fields = (Object.keys(fieldLabels) as FieldName[]).map((field): FieldDiff => {
    const segments = diffWords(before[field], after[field]);
    return { field, label: fieldLabels[field], changed: segments.some((s) => s.kind !== 'same'), segments };
  });
  const body = diffParagraphs(bodyParagraphs(before.body), bodyParagraphs(after.body));
  const all = [...fields.flatMap((f) => f.segments), ...body.flatMap((b) => (b.changed ? b.segments : []))];
  return { fields, body, bodyChanged: body.some((b) => b.changed), ...wordsChanged(all) };
}

/** One side of a save conflict, as the conflict view shows it: the body as plain text, paragraphs split by blank lines. */
export type ConflictSide = {
  title: string;
  lead: string;
  credit: string;
  body: string;
  version: number;
  savedByName: string | null;
  /** ISO time. */
  savedAt: string;
};
