import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ paths: [] as unknown[][], tags: [] as unknown[][], asked: [] as unknown[] }));
vi.mock('next/cache', () => ({
  revalidatePath: (...args: unknown[]) => calls.paths.push(args),
  revalidateTag: (...args: unknown[]) => calls.tags.push(args),
  unstable_cache: (fn: () => unknown) => fn,
}));
vi.mock('./own-instance', () => ({ askOwnInstanceToExpire: async (touched: unknown) => void calls.asked.push(touched) }));

const { expireFor, pageTags } = await import('./invalidation');

const story = { id: 42, path: '/thoi-su/cau-moi-thong-xe-42', sectionSlug: 'thoi-su', tagSlugs: [], creditSlugs: [], status: 'published' as const };

describe('expiring what a change touches', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    calls.paths.length = calls.tags.length = calls.asked.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('expires each path and tag at once (no stale copy served), never the root layout, and repeats the same after half a second', async () => {
    expireFor({ kind: 'story.published', story });
    expect(calls.paths).toContainEqual(['/thoi-su/cau-moi-thong-xe-42']);
    expect(calls.paths).toContainEqual(['/thoi-su']);
    // The old whole-site flush was revalidatePath('/', 'layout').
    expect(calls.paths.every((args) => args.length === 1)).toBe(true);
    expect(calls.tags).toContainEqual([pageTags.front, { expire: 0 }]);
    expect(calls.tags.every(([, profile]) => JSON.stringify(profile) === '{"expire":0}')).toBe(true);
    expect(calls.tags.map(([t]) => t)).not.toContain(pageTags.frame);

    expect(calls.asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(calls.asked).toHaveLength(1);
    expect(calls.asked[0]).toMatchObject({ paths: calls.paths.map(([p]) => p), tags: calls.tags.map(([t]) => t) });
  });

  it('an event that touches nothing asks nothing of the instance', async () => {
    expireFor({ kind: 'story.moved', story: { ...story, status: 'draft' } });
    await vi.advanceTimersByTimeAsync(1000);
    expect([calls.paths, calls.tags, calls.asked]).toEqual([[], [], []]);
  });
});
