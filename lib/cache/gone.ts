import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles } from '@/db/schema';

/**
 * Ids of stories the newsroom took down, for the 410 answer. Kept per process and refreshed every
 * few seconds, so every instance agrees within that time; the instance that took the story down
 * learns at once.
 */
type State = { ids: Set<number>; loadedAt: number; loading?: Promise<Set<number>> };
const state = ((globalThis as { __toasoanGone?: State }).__toasoanGone ??= { ids: new Set(), loadedAt: 0 });
const TTL_MS = 5_000;

async function load(): Promise<Set<number>> {
  const db = await getDb();
  const rows = await db.select({ id: articles.id }).from(articles).where(eq(articles.status, 'unpublished'));
  state.ids = new Set(rows.map((r) => r.id));
  state.loadedAt = Date.now();
  return state.ids;
}

export async function isArticleGone(id: number): Promise<boolean> {
  if (Date.now() - state.loadedAt > TTL_MS) {
    state.loading ??= load().finally(() => (state.loading = undefined));
    await state.loading;
  }
  return state.ids.has(id);
}

export function forgetGoneArticles() {
  state.loadedAt = 0;
}
