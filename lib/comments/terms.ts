import { normaliseText } from '@/lib/text';

/**
 * Banned and suspect terms for reader comments.
 *
 * Rules, all chosen because generic word filters get Vietnamese wrong:
 * - Text and terms are compared in NFC, case-insensitively (Đ/đ, Ồ/ồ…); offsets in results are
 *   offsets into `normaliseText(text)`, not into the raw input (which may be NFD).
 * - A term matches whole syllables only. A word character is a Unicode letter, combining mark or
 *   digit, so "ngu" never matches inside "nguyễn" or "tôma", and a combining mark left in the text
 *   is never a boundary.
 * - Between the syllables of a term, any run of other characters (spaces, punctuation, "_", emoji)
 *   matches: "lừa đảo" finds "LỪA   ĐẢO", "lừa-đảo", "lừa_đảo". Punctuation at the ends of a term
 *   is literal ("c++" is not "c").
 * - `ignoreDiacritics` makes every letter match any accented form of its base letter, đ↔d included,
 *   and skips stray combining marks ("n̆g̈u" is "ngu"); without it "ngu" and "ngũ" are different words.
 * - Reject and hold terms are searched separately, so a hold phrase ("đồ ngu") never hides a reject
 *   term inside it ("ngu"). Within one action, matches do not overlap; the longest term wins.
 */

export type TermAction = 'reject' | 'hold';
export type Term = { id?: number; term: string; action: TermAction; ignoreDiacritics: boolean };
export type TermMatch = { term: Term; start: number; end: number; text: string };
export type TermVerdict = TermAction | 'clean';
export type TermCheck = { verdict: TermVerdict; matches: TermMatch[] };
export type TermMatcher = { match(text: string): TermCheck };
export type HighlightSegment = { text: string; match: boolean };

const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
const GAP = '[^\\p{L}\\p{M}\\p{N}]+';
const SYLLABLES_AND_GAPS = /[\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+/gu;
const IS_WORD = /^[\p{L}\p{M}\p{N}]/u;

/** "Ữ" → "u", "Đ" → "d": the letter a reader sees once accents are ignored. */
function baseLetter(char: string): string {
  return char.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

// Accented letter → base letter, for the Latin blocks Vietnamese (and its neighbours) is written in.
const BASE_LETTERS = new Map<string, string>();
for (const [from, to] of [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
]) {
  for (let code = from; code <= to; code++) {
    const char = String.fromCodePoint(code);
    const base = baseLetter(char);
    if (base.length === 1 && base !== char) BASE_LETTERS.set(char, base);
  }
}

const MARK = /\p{M}/u;

/**
 * "Đồ NGỤ" → "do NGU", combining marks NFC could not compose dropped, with the offset each folded
 * code unit came from (plus the text's length at the end) so matches map back to the NFC text.
 * Terms that ignore diacritics are matched here as plain text: listing every accented form in the
 * regex instead made a 500-term regex too slow to run.
 */
function foldDiacritics(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    if (!MARK.test(char)) {
      folded += BASE_LETTERS.get(char) ?? char;
      for (let unit = 0; unit < char.length; unit++) origin.push(offset + unit);
    }
    offset += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

function escapeLiteral(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/** The regex source for one term, without the boundary checks; null for a blank term. */
function termPattern({ term, ignoreDiacritics }: Term): string | null {
  let text = normaliseText(term).trim();
  if (ignoreDiacritics) text = foldDiacritics(text).folded;
  const tokens = text.match(SYLLABLES_AND_GAPS);
  if (!tokens) return null;
  return tokens
    .map((token, i) => {
      if (IS_WORD.test(token)) {
        // Letters, marks and digits are never regex syntax; lower case so equal terms share a pattern.
        return token.toLowerCase();
      }
      return i === 0 || i === tokens.length - 1 ? escapeLiteral(token) : GAP;
    })
    .join('');
}

type CompiledTerm = { term: Term; pattern: string; length: number };
type CompiledGroup = { regex: RegExp; terms: Term[]; ignoreDiacritics: boolean };

function compileGroup(entries: CompiledTerm[], action: TermAction, ignoreDiacritics: boolean): CompiledGroup[] {
  const members = entries.filter((e) => e.term.action === action && e.term.ignoreDiacritics === ignoreDiacritics);
  if (members.length === 0) return [];
  // Longest first, so "lừa đảo" wins over "lừa" at the same place and the whole phrase is marked.
  members.sort((a, b) => b.length - a.length);
  const alternatives = members.map((e) => `(${e.pattern})`).join('|');
  const regex = new RegExp(`(?<!${WORD_CHAR})(?:${alternatives})(?!${WORD_CHAR})`, 'giu');
  return [{ regex, terms: members.map((e) => e.term), ignoreDiacritics }];
}

/**
 * Compiles the newsroom's term list into at most four regexes (reject/hold × exact/ignoring
 * diacritics), once; `match` then checks any number of comments. Blank terms are ignored; terms
 * that compile to the same pattern are kept once, as 'reject' if any copy is.
 */
export function compileTerms(terms: readonly Term[]): TermMatcher {
  const byPattern = new Map<string, CompiledTerm>();
  for (const term of terms) {
    const pattern = termPattern(term);
    if (pattern === null) continue;
    const key = `${term.ignoreDiacritics}:${pattern}`;
    const existing = byPattern.get(key);
    if (!existing || (existing.term.action === 'hold' && term.action === 'reject')) {
      byPattern.set(key, { term, pattern, length: normaliseText(term.term).trim().length });
    }
  }
  const entries = [...byPattern.values()];
  const groups = [
    ...compileGroup(entries, 'reject', false),
    ...compileGroup(entries, 'reject', true),
    ...compileGroup(entries, 'hold', false),
    ...compileGroup(entries, 'hold', true),
  ];

  return {
    match(text: string): TermCheck {
      const normalised = normaliseText(text);
      const { folded, origin } = foldDiacritics(normalised);
      const matches = groups.flatMap((group) =>
        [...(group.ignoreDiacritics ? folded : normalised).matchAll(group.regex)].map((m) => {
          const alternative = m.findIndex((captured, i) => i > 0 && captured !== undefined);
          let [start, end] = [m.index, m.index + m[0].length];
          // A folded match ends where the next kept character starts, so trailing marks are included.
          if (group.ignoreDiacritics) [start, end] = [origin[start], origin[end]];
          return { term: group.terms[alternative - 1], start, end, text: normalised.slice(start, end) };
        }),
      );
      matches.sort((a, b) => a.start - b.start || b.end - a.end);
      const verdict: TermVerdict = matches.some((m) => m.term.action === 'reject')
        ? 'reject'
        : matches.length > 0
          ? 'hold'
          : 'clean';
      return { verdict, matches };
    },
  };
}

/** One-off check; compile with `compileTerms` when checking many comments against the same list. */
export function matchTerms(text: string, terms: readonly Term[]): TermCheck {
  return compileTerms(terms).match(text);
}

/**
 * Splits the NFC text into plain and matched segments for rendering with <mark>, overlapping or
 * touching matches merged. Joining the segments' text gives back `normaliseText(text)` exactly.
 */
export function highlightMatches(text: string, matches: readonly TermMatch[]): HighlightSegment[] {
  const source = normaliseText(text);
  const ranges: { start: number; end: number }[] = [];
  for (const { start, end } of [...matches].sort((a, b) => a.start - b.start)) {
    const last = ranges.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }

  const segments: HighlightSegment[] = [];
  let cursor = 0;
  for (const { start, end } of ranges) {
    if (start > cursor) segments.push({ text: source.slice(cursor, start), match: false });
    segments.push({ text: source.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < source.length) segments.push({ text: source.slice(cursor), match: false });
  return segments;
}

const LINK_TLDS = ['com', 'net', 'org', 'vn', 'info', 'xyz', 'io', 'me', 'ly', 'link', 'top', 'shop'];

/**
 * A link is, from left to right and counted once each:
 * - "http://" or "https://" followed by everything up to the next whitespace;
 * - "www." followed by everything up to the next whitespace;
 * - a bare domain: dot-separated labels of letters, digits and "-" ending in one of LINK_TLDS
 *   ("abc.com", "ví-dụ.vn", "báo.com.vn" counts once), not part of an e-mail address or a longer word.
 * Known misses/false hits: other TLDs are not counted; a missing space after a full stop before a
 * word that is a TLD ("xong.Ly") counts as a link; two URLs glued without whitespace count once.
 */
const LINK = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}@.\\-])(?:https?://\\S+|www\\.\\S+|(?:[\\p{L}\\p{M}\\p{N}-]+\\.)+(?:${LINK_TLDS.join('|')})(?![\\p{L}\\p{M}\\p{N}-]))`,
  'giu',
);

export function countLinks(text: string): number {
  return [...normaliseText(text).matchAll(LINK)].length;
}

export function exceedsLinkLimit(text: string, max: number): boolean {
  return countLinks(text) > max;
}
