import 'server-only';
import { revalidatePath } from 'next/cache';
import { forgetSearchResults } from '@/lib/search/cache';
import { forgetMemos } from './memo';
import { askOwnInstanceToExpire } from './scheduler';

/**
 * The public pages are rendered once and served from Next's route cache. Whatever changes what a
 * reader sees expires the affected pages at once (the next request renders fresh), so a publish
 * shows on the very next page view.
 *
 * A render that started just before the expiry can finish just after it and put the old page back
 * in the cache. So every expiry is repeated shortly after, through this instance's own route
 * (an expiry needs a request context): the old page lives half a second at most.
 */
const REPEAT_AFTER_MS = 500;

function repeatSoon(path: string | null) {
  setTimeout(() => askOwnInstanceToExpire(path).catch(() => {}), REPEAT_AFTER_MS).unref();
}

/** A story was published, edited while live, unpublished or trashed: every list may change. */
export function expireReaderPages({ repeat = true }: { repeat?: boolean } = {}) {
  revalidatePath('/', 'layout');
  forgetSearchResults();
  forgetMemos();
  if (repeat) repeatSoon(null);
}

/** A comment was approved or removed: only that story's page changes. */
export function expireArticlePage(path: string, { repeat = true }: { repeat?: boolean } = {}) {
  revalidatePath(path);
  if (repeat) repeatSoon(path);
}
