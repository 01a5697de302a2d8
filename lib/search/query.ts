import { z } from 'zod';
import '@/lib/zod-vi';
import { dayParam } from '@/lib/day-param';
import { firstValues } from '@/lib/search-params';

/**
 * The pure half of reader search: what a reader typed → search words → a tsquery string, the
 * searchParams schema, and accent-insensitive highlighting. No database here, so all of it is
 * unit-tested (query.test.ts); lib/search/search.ts runs the SQL.
 */

/** Longer input is refused by the form's schema, and cut here for any other caller. */
export const QUERY_MAX = 200;
/** More words than this only slow the query down without narrowing it usefully. */
export const WORDS_MAX = 10;
export const PAGE_SIZE = 10;
/** Deep pages are useless to a reader and costly (OFFSET): stop here. */
export const PAGE_MAX = 100;

const ALNUM = '\\p{L}\\p{N}';
const HAS_ALNUM = /[\p{L}\p{N}]/u;
/**
 * A word: letters and digits, keeping what PostgreSQL's parser also keeps together so that both
 * sides split alike: `5.000`, `tp.hcm` (a dot between letters or digits), `1,8` (a comma between
 * digits), `2-9`, `covid-19` (a hyphen before a digit). Any other character splits words, so
 * `cán-bộ` is `cán` + `bộ`, like the space-separated syllables of the stored text.
 */
const WORD = new RegExp(`[${ALNUM}]+(?:\\.[${ALNUM}]+|(?<=\\p{N}),\\p{N}+|-(?=\\p{N})[${ALNUM}]+)*`, 'gu');

/** `Đường` → `duong`: lower case, marks stripped, đ→d — what f_unaccent + the `simple` config give. */
export function foldDiacritics(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

export type SearchTerms = {
  /** What the reader typed, NFC and lower case (`mặt`): ranks exact-diacritic matches first. */
  words: string[];
  /** The same words unaccented (`mat`): what the full-text index holds. */
  folded: string[];
};

/**
 * `HỌP   MẶT!!! cán-bộ` (NFC or NFD) → words `họp mặt cán bộ`, folded `hop mat can bo`. Punctuation
 * and symbols are dropped; input with no letter or digit gives no words.
 */
export function parseSearchTerms(input: string): SearchTerms {
  // NFC first so that a decomposed "ặ" is one letter; stray marks that compose with nothing go.
  const text = Array.from(input.normalize('NFC').toLowerCase().normalize('NFC').replace(/\p{M}/gu, ''))
    .slice(0, QUERY_MAX)
    .join('');
  const words = [...new Set(text.match(WORD) ?? [])].slice(0, WORDS_MAX);
  return { words, folded: words.map(foldDiacritics) };
}

/**
 * One tsquery operand, quoted: inside quotes only `'` and `\` are special, so `&|!():*<>` stay
 * plain text. Words from parseSearchTerms hold neither, but this function must be safe by itself.
 */
export function quoteLexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * `['hop', 'mat']` → `'hop' & 'mat':*` for to_tsquery('simple', $1), passed as a bound parameter
 * (never spliced into the SQL). The last word matches as a prefix (`hop ma` finds `họp mặt`) once
 * it has two letters. `<->` asks for the words side by side, in that order (a phrase). Null when
 * there is nothing to search for.
 */
export function buildTsQuery(words: string[], { operator = '&', prefixLast = true }: { operator?: '&' | '|' | '<->'; prefixLast?: boolean } = {}): string | null {
  const lexemes = [...new Set(words)].filter((w) => HAS_ALNUM.test(w));
  if (lexemes.length === 0) return null;
  const last = lexemes.length - 1;
  return lexemes
    .map((w, i) => quoteLexeme(w) + (prefixLast && i === last && Array.from(w).length >= 2 ? ':*' : ''))
    .join(` ${operator} `);
}

/**
 * A Vietnamese word is often several syllables ("họp mặt" is one word): each pair of neighbouring
 * words as a phrase, `'hop' <-> 'mat'`, the last word still a prefix. None for a single word.
 */
export function phrasePairs(words: string[]): string[] {
  const lexemes = [...new Set(words)].filter((w) => HAS_ALNUM.test(w));
  return lexemes.slice(1).map((w, i) => buildTsQuery([lexemes[i], w], { operator: '<->', prefixLast: i + 2 === lexemes.length })!);
}

/**
 * What the database measured of one matching story (lib/search/search.ts), all over the reader's
 * words as typed ("exact") or unaccented ("folded"); "head" is the title and lead, "doc" is the
 * whole story.
 */
export type RankSignals = {
  /** The exact words side by side in the title or lead (a single word: never). */
  exactPhrase: boolean;
  /** Every exact word somewhere in the title or lead. */
  exactWords: boolean;
  /** How many neighbouring pairs of folded words stand together anywhere, and in the title or lead. */
  docPairs: number;
  headPairs: number;
  /** ts_rank of the words in the title (weight A) and lead (B), the exact ones counting double. */
  headRank: number;
  /** Cover density (ts_rank_cd) of all the folded words over the whole story: the closer, the higher. */
  proximity: number;
};

const squash = (x: number) => (x > 0 ? x / (1 + x) : 0);

/**
 * The order of reader search, highest first: the exact phrase in the title or lead, then the
 * unaccented phrase (the share of its pairs found anywhere, and in the title or lead), then the
 * exact words apart; within each, the words' weight (title above lead) and nearness to each other.
 * Those two together stay below the smallest step of the pairs' share (one pair of nine), so that
 * they never lift a story over one with more syllables standing together. Ties keep the newest first.
 */
export function relevanceScore(s: RankSignals, pairCount: number): number {
  const pairs = pairCount > 0 ? (2 * s.docPairs + s.headPairs) / pairCount : 0;
  const nudge = (squash(s.headRank) + squash(s.proximity)) / (2 * WORDS_MAX);
  return 4 * Number(s.exactPhrase) + pairs + Number(s.exactWords) + nudge;
}


const day = dayParam.optional();

/** Field names are the URL's: `/tim-kiem?q=…&chuyen-muc=thoi-su&tu-ngay=2026-01-01&den-ngay=…&trang=2`. */
export const searchParamsSchema = z
  .object({
    q: z
      .string()
      .trim()
      .max(QUERY_MAX, `Từ khóa dài quá ${QUERY_MAX} ký tự. Vui lòng rút gọn.`)
      .refine((q) => q === '' || parseSearchTerms(q).words.length > 0, 'Từ khóa cần có ít nhất một chữ cái hoặc chữ số.')
      .default(''),
    'chuyen-muc': z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,100}$/, 'Chuyên mục không hợp lệ.')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    'tu-ngay': day,
    'den-ngay': day,
    // A bad page number is not worth an error message: the first page is what the reader wants.
    trang: z.coerce.number().int().min(1).max(PAGE_MAX).catch(1),
  })
  .refine((v) => !v['tu-ngay'] || !v['den-ngay'] || v['tu-ngay'] <= v['den-ngay'], {
    path: ['den-ngay'],
    message: '“Đến ngày” phải trùng hoặc sau “Từ ngày”.',
  });

export type SearchInput = { q: string; section?: string; from?: string; to?: string; page: number };

export type ReadSearchParams =
  | { ok: true; input: SearchInput; values: Record<string, string> }
  | { ok: false; fieldErrors: Record<string, string[] | undefined>; values: Record<string, string> };

/** The page's searchParams, checked; `values` is what the reader typed, to put back in the form. */
export function readSearchParams(raw: Record<string, string | string[] | undefined>): ReadSearchParams {
  const values = firstValues(raw);
  const parsed = searchParamsSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  const d = parsed.data;
  return { ok: true, values, input: { q: d.q, section: d['chuyen-muc'], from: d['tu-ngay'], to: d['den-ngay'], page: d.trang } };
}

/** `/tim-kiem?…` for a search, page 1 left out. */
export function searchPath({ q, section, from, to, page = 1 }: Partial<SearchInput>): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (section) params.set('chuyen-muc', section);
  if (from) params.set('tu-ngay', from);
  if (to) params.set('den-ngay', to);
  if (page > 1) params.set('trang', String(page));
  const qs = params.toString();
  return qs ? `/tim-kiem?${qs}` : '/tim-kiem';
}

const DAY_MS = 86_400_000;

/**
 * A day as the newsroom counts it (Asia/Ho_Chi_Minh, UTC+7 all year, no daylight saving) → the
 * instants it spans: `[start, end)`.
 */
export function vietnamDayRange(dayString: string): { start: Date; end: Date } {
  const start = new Date(`${dayString}T00:00:00+07:00`);
  return { start, end: new Date(start.getTime() + DAY_MS) };
}

// ---------------------------------------------------------------------------------------------
// Highlighting: plain-text parts the page renders with <mark>, so React escapes every character.

export type TextPart = { text: string; match: boolean };

/** The unaccented text with, for each of its characters, where it came from in the original. */
function foldWithMap(text: string) {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const end = i + ch.length;
    const f = foldDiacritics(ch);
    if (f.length === 0 && to.length) to[to.length - 1] = end; // a lone mark stays with its letter
    for (let k = 0; k < f.length; k++) {
      folded += f[k];
      from.push(i);
      to.push(end);
    }
    i = end;
  }
  return { folded, from, to };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * Where the search words occur in `text`, accent- and case-insensitively, as whole words (the
 * last word also as a prefix, as in the query). Ranges in `text`'s own indices, merged.
 */
export function findMatches(text: string, folded: string[], { prefixLast = true } = {}): [number, number][] {
  const terms = [...new Set(folded)].filter(Boolean);
  if (!terms.length || !text) return [];
  const map = foldWithMap(text);
  const ranges: [number, number][] = [];
  terms.forEach((term) => {
    const prefix = prefixLast && term === folded[folded.length - 1] && Array.from(term).length >= 2;
    const re = new RegExp(`(?<![${ALNUM}])${escapeRegExp(term)}${prefix ? `[${ALNUM}]*` : `(?![${ALNUM}])`}`, 'gu');
    for (const m of map.folded.matchAll(re)) {
      if (!m[0].length) continue;
      const start = m.index;
      ranges.push([map.from[start], map.to[start + m[0].length - 1]]);
    }
  });
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

export function highlightTerms(text: string, folded: string[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of findMatches(text, folded)) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** Back from `at` to the start of its word (at most 30 characters back), so a cut never splits one. */
function wordStart(text: string, at: number): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  for (let p = at; p > 0 && p > at - 30; p--) if (/\s/.test(text[p - 1])) return p;
  return at;
}

/**
 * Where the words first stand side by side in `text`, in the reader's order (accent- and
 * case-insensitively, the last word also as a prefix, any punctuation between them, as the
 * search's phrases see it): the index in `text`, or -1. Only for two words or more.
 */
export function findPhrase(text: string, folded: string[]): number {
  const terms = [...new Set(folded)].filter(Boolean);
  if (terms.length < 2 || !text) return -1;
  const last = terms[terms.length - 1];
  const tail = Array.from(last).length >= 2 ? `[${ALNUM}]*` : `(?![${ALNUM}])`;
  const re = new RegExp(`(?<![${ALNUM}])${terms.map(escapeRegExp).join(`[^${ALNUM}]+`)}${tail}`, 'u');
  const map = foldWithMap(text);
  const m = re.exec(map.folded);
  return m ? map.from[m.index] : -1;
}

/**
 * The passage a result shows: where the words stand side by side (the lead, or the stretch of the
 * body around them), else the lead when the words are in it, else the stretch of the body around
 * the first match, else the start of the lead. Plain text, cut at spaces, with "…".
 */
export function makeSnippet({ lead, body, folded, length = 240 }: { lead: string; body: string; folded: string[]; length?: number }): string {
  const clip = (text: string, start: number) => {
    const from = wordStart(text, start);
    const end = from + length >= text.length ? text.length : wordStart(text, from + length);
    return `${from > 0 ? '… ' : ''}${text.slice(from, end).trim()}${end < text.length ? ' …' : ''}`;
  };
  const around = (at: number) => clip(body, Math.max(0, at - 60));
  if (findPhrase(lead, folded) >= 0) return clip(lead, 0);
  const phraseInBody = findPhrase(body, folded);
  if (phraseInBody >= 0) return around(phraseInBody);
  if (findMatches(lead, folded).length) return clip(lead, 0);
  const [first] = findMatches(body, folded);
  if (first) return around(first[0]);
  return clip(lead || body, 0);
}
