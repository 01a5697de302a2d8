import 'server-only';
import { parseSearchTerms, type SearchInput } from './query';
import { type SearchResults, searchArticles } from './search';

/**
 * Readers repeat the same searches (the day's big story), and on the embedded database a search
 * holds the only connection for tens of milliseconds. Results are kept per instance for a minute,
 * keyed by the normalised words and filters, and dropped whenever reader pages expire (a publish,
 * an edit, a takedown), so a new story is findable at once on the instance that published it.
 */
const TTL_MS = 60_000;
const MAX_ENTRIES = 500;

type Store = { entries: Map<string, { at: number; value: Promise<SearchResults> }> };
const store = ((globalThis as { __toasoanSearchCache?: Store }).__toasoanSearchCache ??= { entries: new Map() });

export function searchArticlesCached(input: SearchInput): Promise<SearchResults> {
  // The reader's words as the search reads them (NFC, lower case, no punctuation): "Họp mặt!" and
  // "họp   mặt" share an entry, "mặt" and "mắt" do not.
  const { words } = parseSearchTerms(input.q);
  const key = JSON.stringify([words, input.section ?? '', input.from ?? '', input.to ?? '', input.page ?? 1]);
  const hit = store.entries.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) {
    // Refresh its place: the oldest-used entry is the one dropped when full.
    store.entries.delete(key);
    store.entries.set(key, hit);
    return hit.value;
  }
  const value = searchArticles(input);
  store.entries.set(key, { at: Date.now(), value });
  value.catch(() => store.entries.delete(key));
  if (store.entries.size > MAX_ENTRIES) store.entries.delete(store.entries.keys().next().value!);
  return value;
}

export function forgetSearchResults() {
  store.entries.clear();
}
