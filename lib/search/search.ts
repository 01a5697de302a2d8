import 'server-only';
import { and, type Column, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, sections } from '@/db/schema';
import { articlePath, isLive } from '@/lib/articles/public';
import {
  buildTsQuery,
  highlightTerms,
  makeSnippet,
  PAGE_MAX,
  PAGE_SIZE,
  parseSearchTerms,
  phrasePairs,
  relevanceScore,
  type SearchInput,
  type TextPart,
  vietnamDayRange,
} from './query';

export type SearchHit = {
  id: number;
  href: string;
  title: string;
  titleParts: TextPart[];
  snippetParts: TextPart[];
  sectionSlug: string;
  sectionName: string;
  publishedAt: Date;
};

export type SearchResults = {
  /** The reader's words (NFC, lower case): empty when the input held no letter or digit. */
  words: string[];
  /** Matching live stories; only the first PAGE_MAX pages of them can be paged through. */
  total: number;
  page: number;
  pageCount: number;
  items: SearchHit[];
  /**
   * Only when the full-text search found nothing: stories whose titles come close to the words
   * (a typo such as "hpo mat"), offered as "Có phải bạn muốn tìm".
   */
  closeMatches: SearchHit[];
};

/** Title, lead and body, unaccented and parsed when the story was saved (GIN-indexed, 0005). */
const searchDocument = articles.searchVector;
/** The trigram index of 0001_search.sql: titles, unaccented, lower case. */
const foldedTitle = sql`f_unaccent(lower(${articles.title}))`;
/** Title and lead, weighted A and B: what ranking reads (the body is too long to parse per row). */
const headline = (unaccent: boolean) => {
  const f = (col: Column) => (unaccent ? sql`f_unaccent(${col})` : col);
  return sql`setweight(to_tsvector('simple', ${f(articles.title)}), 'A') || setweight(to_tsvector('simple', ${f(articles.lead)}), 'B')`;
};

/** Pages past 100 are of no use to a reader: only that many matches are sorted and paged. */
const MATCH_LIMIT = PAGE_MAX * PAGE_SIZE;
/**
 * Relevance is computed for the newest matches only, and those come first; older ones follow by
 * date. Parsing title and lead per row costs ~0.1 ms, so ranking a common word's thousands of
 * matches would take seconds, while 200 is ~20 pages of what a reader looks at.
 */
const RANK_WINDOW = 200;
/** Below PostgreSQL's default of 0.6, so that a swapped pair of letters ("hpo mat") still comes close. */
const CLOSE_MATCH_THRESHOLD = 0.5;
const CLOSE_MATCH_LIMIT = 5;

function filters({ section, from, to }: Pick<SearchInput, 'section' | 'from' | 'to'>): SQL | undefined {
  return and(
    isLive(),
    section ? eq(sections.slug, section) : undefined,
    from ? gte(articles.publishedAt, vietnamDayRange(from).start) : undefined,
    to ? lt(articles.publishedAt, vietnamDayRange(to).end) : undefined,
  );
}

/**
 * Reader search over live stories: unaccented full-text matching ("hop mat" finds "Họp mặt"), every
 * word required (the GIN index answers that); the newest matches are then ranked: the reader's
 * exact words side by side in the title or lead first, then the unaccented syllables standing
 * together (a Vietnamese word is often several: "họp mặt"), then the exact words apart, by weight
 * and nearness; then by date. Ten a page. When nothing matches, close titles by trigram similarity.
 */
export async function searchArticles({ q, section, from, to, page = 1 }: SearchInput): Promise<SearchResults> {
  const { words, folded } = parseSearchTerms(q);
  page = Math.min(Math.max(1, Math.trunc(page) || 1), PAGE_MAX);
  const matchQuery = buildTsQuery(folded);
  const empty: SearchResults = { words, total: 0, page, pageCount: 0, items: [], closeMatches: [] };
  if (!matchQuery) return empty;

  const db = await getDb();
  // Counting every match in the subquery also keeps PostgreSQL from folding it into the outer
  // query: planned as one, a common word would walk the date index and parse each story's text on
  // the way. Apart, the GIN index is read (60 ms rather than 2.7 s for 19,000 matches among 20,000
  // stories; see db/migrations/0003_search_ranking.sql), and sorting the matches by date is cheap.
  const matched = db
    .select({
      id: sql<number>`${articles.id}`.as('id'),
      publishedAt: sql<Date>`${articles.publishedAt}`.as('published_at'),
      total: sql<number>`count(*) over ()`.as('total'),
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(sql`${searchDocument} @@ to_tsquery('simple', ${matchQuery})`, filters({ section, from, to })))
    .as('matched');
  const matches = await db
    .select({ id: matched.id, total: sql<number>`${matched.total}`.mapWith(Number) })
    .from(matched)
    .orderBy(desc(matched.publishedAt), desc(matched.id))
    .limit(MATCH_LIMIT);
  if (!matches.length) {
    return page > 1 ? empty : { ...empty, closeMatches: await findCloseMatches({ folded, section, from, to }) };
  }

  const newest = matches.slice(0, RANK_WINDOW).map((m) => m.id);
  const rank = await rankMatches(newest, { words, folded });
  // A stable sort: equals keep the newest-first order they came in.
  const ranked = [...newest].sort((a, b) => (rank.get(b) ?? 0) - (rank.get(a) ?? 0));
  const ordered = [...ranked, ...matches.slice(RANK_WINDOW).map((m) => m.id)];
  const pageIds = ordered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const total = matches[0].total;
  return {
    words,
    total,
    page,
    pageCount: Math.min(Math.ceil(total / PAGE_SIZE), PAGE_MAX),
    items: await loadHits(pageIds, folded),
    closeMatches: [],
  };
}

/**
 * Relevance of the newest matches (lib/search/query.ts relevanceScore). The whole story's
 * unaccented words and their positions are read from the stored search vector; only the title and
 * lead are parsed per story (twice: as typed, and unaccented), once each: the subquery's OFFSET keeps
 * PostgreSQL from pasting the parse into every expression that reads it.
 */
async function rankMatches(ids: number[], { words, folded }: { words: string[]; folded: string[] }): Promise<Map<number, number>> {
  const db = await getDb();
  const tsq = (query: string) => sql`to_tsquery('simple', ${query})`;
  // `folded` is `words` unaccented: if it made a query, so do these.
  const pairs = phrasePairs(folded);
  const countPairs = (vector: SQL) => (pairs.length ? sql.join(pairs.map((p) => sql`(${vector} @@ ${tsq(p)})::int`), sql` + `) : sql`0`);
  const story = db
    .select({
      id: articles.id,
      doc: sql`${searchDocument}`.as('doc'),
      foldedHead: sql`${headline(true)}`.as('folded_head'),
      exactHead: sql`${headline(false)}`.as('exact_head'),
    })
    .from(articles)
    .where(inArray(articles.id, ids))
    .offset(0)
    .as('story');
  const rows = await db
    .select({
      id: story.id,
      exactPhrase: words.length > 1 ? sql<boolean>`${story.exactHead} @@ ${tsq(buildTsQuery(words, { operator: '<->' })!)}` : sql<boolean>`false`,
      exactWords: sql<boolean>`${story.exactHead} @@ ${tsq(buildTsQuery(words)!)}`,
      docPairs: sql<number>`${countPairs(sql`${story.doc}`)}`.mapWith(Number),
      headPairs: sql<number>`${countPairs(sql`${story.foldedHead}`)}`.mapWith(Number),
      headRank: sql<number>`ts_rank(${story.foldedHead}, ${tsq(buildTsQuery(folded, { operator: '|' })!)})
        + 2 * ts_rank(${story.exactHead}, ${tsq(buildTsQuery(words, { operator: '|' })!)})`.mapWith(Number),
      proximity: sql<number>`ts_rank_cd(${story.doc}, ${tsq(buildTsQuery(folded)!)})`.mapWith(Number),
    })
    .from(story);
  return new Map(rows.map((r) => [r.id, relevanceScore({ ...r, exactPhrase: Boolean(r.exactPhrase), exactWords: Boolean(r.exactWords) }, pairs.length)]));
}

async function findCloseMatches({ folded, ...rest }: { folded: string[] } & Pick<SearchInput, 'section' | 'from' | 'to'>): Promise<SearchHit[]> {
  const phrase = folded.join(' ');
  const db = await getDb();
  const ids = await db.transaction(async (tx) => {
    // `<%` uses the trigram index with this threshold; SET LOCAL ends with the transaction.
    await tx.execute(sql`SET LOCAL pg_trgm.word_similarity_threshold = ${sql.raw(String(CLOSE_MATCH_THRESHOLD))}`);
    return tx
      .select({ id: articles.id })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(and(sql`${phrase} <% ${foldedTitle}`, filters(rest)))
      .orderBy(desc(sql`word_similarity(${phrase}, ${foldedTitle})`), desc(articles.publishedAt))
      .limit(CLOSE_MATCH_LIMIT);
  });
  return loadHits(
    ids.map((r) => r.id),
    folded,
  );
}

/** The ten stories of a page, in the given order, with their highlighted title and passage. */
async function loadHits(ids: number[], folded: string[]): Promise<SearchHit[]> {
  if (!ids.length) return [];
  const db = await getDb();
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      lead: articles.lead,
      body: articles.bodyText,
      publishedAt: articles.publishedAt,
      sectionSlug: sections.slug,
      sectionName: sections.name,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(inArray(articles.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        id: r.id,
        href: articlePath(r, r.sectionSlug),
        title: r.title,
        titleParts: highlightTerms(r.title, folded),
        snippetParts: highlightTerms(makeSnippet({ lead: r.lead, body: r.body, folded }), folded),
        sectionSlug: r.sectionSlug,
        sectionName: r.sectionName,
        publishedAt: r.publishedAt!,
      },
    ];
  });
}
