import 'server-only';
import { desc, eq, inArray } from 'drizzle-orm';
import { revalidatePath, revalidateTag, unstable_cache } from 'next/cache';
import { getDb } from '@/db/client';
import { articleCredits, articles, articleTags, sections, tags } from '@/db/schema';
import { articlePath } from '@/lib/articles/public';
import { forgetSearchResults } from '@/lib/search/cache';
import { type ChangeEvent, type PagesTouched, pagesTouchedBy, type StoryFootprint } from './change-events';
import { announceExpiry } from './fan-out';
import { forgetGoneArticles } from './gone';
import { forgetMemos } from './memo';
import { askOwnInstanceToExpire } from './own-instance';

export { pageTags, type ChangeEvent, type StoryFootprint } from './change-events';

/**
 * The one place reader pages expire. A change event (lib/cache/change-events.ts) names the pages it
 * touches; only those expire, at once: each concrete path with `revalidatePath`, each tag with
 * `revalidateTag(tag, { expire: 0 })` — Next 16's immediate expiry, allowed in server actions and
 * route handlers alike (`updateTag` is for actions only; `'max'` would serve the old page once more).
 * The next request for one of them renders fresh; every other page stays in the cache.
 *
 * A render that started just before the expiry can finish just after it and put the old page back.
 * So every expiry is repeated shortly after, with the same paths and tags, through this instance's
 * own route (an expiry needs a request context): the old page lives half a second at most.
 */
const REPEAT_AFTER_MS = 500;

export function applyPagesTouched(touched: PagesTouched, { repeat = true, announce = true }: { repeat?: boolean; announce?: boolean } = {}) {
  for (const path of touched.paths) revalidatePath(path);
  for (const tag of touched.tags) revalidateTag(tag, { expire: 0 });
  if (touched.search) forgetSearchResults();
  if (touched.memos) forgetMemos();
  if (touched.gone) forgetGoneArticles();
  if (repeat && (touched.paths.length || touched.tags.length)) {
    setTimeout(() => askOwnInstanceToExpire(touched).catch(() => {}), REPEAT_AFTER_MS).unref();
  }
  // The other instances expire the same (a repeat, or an expiry they announced, is not told again).
  if (announce && repeat) announceExpiry(touched).catch((err) => console.error('Không báo được các máy chủ khác làm mới trang:', err));
}

/** Something readers can see changed: expire what it touches, and nothing else. */
export function expireFor(event: ChangeEvent, options?: { repeat?: boolean; announce?: boolean }) {
  applyPagesTouched(pagesTouchedBy(event), options);
}

/**
 * Attaches cache tags to the reader page being rendered. Pages are cached whole by Next (ISR); the
 * tags of every `unstable_cache` call made while rendering go into the page's cache entry, and that
 * is the only way to tag a page without Cache Components. The call itself caches nothing of note.
 */
export async function tagThisPage(...pageTagList: string[]): Promise<void> {
  await unstable_cache(async () => true, ['page-tags', ...pageTagList], { tags: pageTagList })();
}

/** Feeds and sitemaps say five minutes to caches in front (lib/seo/http.ts); the app keeps them as long. */
const DOCUMENT_LIFETIME_S = 300;

/**
 * A feed or sitemap, built once and kept until an event expires one of its tags (or five minutes
 * pass: the news sitemap's 48 hours move on by themselves). The route handler still runs on every
 * request (it reads the request, so Next would not cache it whole); the database does not.
 */
export function cachedDocument<T extends string | null>(key: string, documentTags: string[], build: () => Promise<T>): Promise<T> {
  return unstable_cache(build, ['document', key], { tags: documentTags, revalidate: DOCUMENT_LIFETIME_S })();
}

/** Where stories live and which lists show them, as the reader pages know it, read now. */
export async function readStoryFootprints(ids: number[]): Promise<StoryFootprint[]> {
  if (!ids.length) return [];
  const db = await getDb();
  const [rows, tagRows, creditRows] = await Promise.all([
    db
      .select({ id: articles.id, slug: articles.slug, status: articles.status, sectionSlug: sections.slug })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(inArray(articles.id, ids)),
    db.select({ articleId: articleTags.articleId, slug: tags.slug }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(inArray(articleTags.articleId, ids)),
    db.select({ articleId: articleCredits.articleId, slug: articleCredits.slug }).from(articleCredits).where(inArray(articleCredits.articleId, ids)),
  ]);
  return rows.map((r) => ({
    id: r.id,
    path: articlePath(r, r.sectionSlug),
    sectionSlug: r.sectionSlug,
    status: r.status,
    tagSlugs: tagRows.filter((t) => t.articleId === r.id).map((t) => t.slug),
    creditSlugs: creditRows.filter((c) => c.articleId === r.id).map((c) => c.slug),
  }));
}

export async function readStoryFootprint(id: number): Promise<StoryFootprint | null> {
  return (await readStoryFootprints([id]))[0] ?? null;
}

type StoryMoveKind = 'story.published' | 'story.editedLive' | 'story.takenDown' | 'story.trashed' | 'story.moved';

/**
 * Runs a write to one story and expires what it changed: the story is read before (its old
 * address, section, tags) and after, and the event carries both.
 */
export async function changingStory<T>(articleId: number, kindOf: (result: T) => StoryMoveKind | null, write: () => Promise<T>): Promise<T> {
  const before = await readStoryFootprint(articleId);
  const result = await write();
  const kind = kindOf(result);
  const story = await readStoryFootprint(articleId);
  if (kind && story) expireFor({ kind, story, before });
  return result;
}

const TAG_STORIES_EXPIRED = 200;

/** The tag pages and the stories a change to these tags touches, read before the change. */
export async function readTagFootprint(tagIds: number[]): Promise<{ slugs: string[]; stories: StoryFootprint[] }> {
  if (!tagIds.length) return { slugs: [], stories: [] };
  const db = await getDb();
  const [tagRows, carried] = await Promise.all([
    db.select({ slug: tags.slug }).from(tags).where(inArray(tags.id, tagIds)),
    // The newest stories carrying the tag; on a tag with more, older story pages show the new name
    // when their lifetime ends (two minutes).
    db.selectDistinct({ id: articleTags.articleId }).from(articleTags).where(inArray(articleTags.tagId, tagIds)).orderBy(desc(articleTags.articleId)).limit(TAG_STORIES_EXPIRED),
  ]);
  return { slugs: tagRows.map((t) => t.slug), stories: await readStoryFootprints(carried.map((c) => c.id)) };
}

export async function readSectionSlug(id: number): Promise<string | null> {
  const db = await getDb();
  const [row] = await db.select({ slug: sections.slug }).from(sections).where(eq(sections.id, id));
  return row?.slug ?? null;
}
