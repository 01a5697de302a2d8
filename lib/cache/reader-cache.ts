import 'server-only';
import { revalidatePath } from 'next/cache';
import { forgetSearchResults } from '@/lib/search/cache';
import { forgetMemos } from './memo';

/**
 * The public pages are rendered once and served from Next's route cache. Whatever changes what a
 * reader sees expires the affected pages at once (the next request renders fresh), so a publish
 * shows on the very next page view.
 */

/** A story was published, edited while live, unpublished or trashed: every list may change. */
export function expireReaderPages() {
  revalidatePath('/', 'layout');
  forgetSearchResults();
  forgetMemos();
}

/** A comment was approved or removed: only that story's page changes. */
export function expireArticlePage(path: string) {
  revalidatePath(path);
}
