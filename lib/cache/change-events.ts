import { z } from 'zod';
import type { ArticleStatus } from '@/db/schema';

/**
 * What readers can see changes only through these events, named as the newsroom says them. Each
 * one carries what is needed to find the pages it touches — read before the change where the
 * change alters it (a takedown, a new slug or section), so the old address expires too.
 * `pagesTouchedBy` maps an event to those pages: pure, so the mapping is tested on its own
 * (lib/cache/change-events.test.ts); lib/cache/invalidation.ts expires them.
 */

/** A story as the reader-facing pages know it: where it lives and which lists show it. */
export type StoryFootprint = {
  id: number;
  /** `/thoi-su/cau-moi-thong-xe-42` */
  path: string;
  sectionSlug: string;
  tagSlugs: string[];
  /** Slugs of the names in its credit line (the author pages, /tac-gia/…). */
  creditSlugs: string[];
  status: ArticleStatus;
};

type StoryMove = { story: StoryFootprint; before?: StoryFootprint | null };

export type ChangeEvent =
  | ({ kind: 'story.published' } & StoryMove)
  | ({ kind: 'story.editedLive' } & StoryMove)
  | ({ kind: 'story.takenDown' } & StoryMove)
  | ({ kind: 'story.trashed' } & StoryMove)
  /** Rescheduled, unscheduled, restored or any other sign-off step: it touches readers only if the story was reachable before or after. */
  | ({ kind: 'story.moved' } & StoryMove)
  /** A scheduled story's time came (the ticker). */
  | { kind: 'story.wentLive'; story: StoryFootprint }
  | { kind: 'story.corrected'; story: StoryFootprint }
  | { kind: 'story.pinned'; story: StoryFootprint }
  | { kind: 'story.unpinned'; story: StoryFootprint }
  /** A cover photo's details changed: every live story showing it. */
  | { kind: 'cover.changed'; stories: StoryFootprint[] }
  | { kind: 'comment.approved'; story: StoryFootprint }
  | { kind: 'comment.removed'; story: StoryFootprint }
  /** Comments opened or closed for one story, or for every story of a section. */
  | { kind: 'comments.modeChanged'; story?: StoryFootprint; sectionSlug?: string }
  | { kind: 'settings.changed' }
  /** Created, renamed, moved, deleted: `slugs` holds the old and the new address. */
  | { kind: 'section.changed'; slugs: string[] }
  /** Renamed, merged, deleted: `slugs` holds every tag page involved, `stories` the stories that showed the tag. */
  | { kind: 'tag.changed'; slugs: string[]; stories: StoryFootprint[] }
  /** End-to-end runs only: the server's clock moved, so what is live may differ anywhere. */
  | { kind: 'clock.moved' }
  /** This instance stopped hearing the others for a while (lib/cache/fan-out.ts): whatever they expired meanwhile. */
  | { kind: 'expiries.missed' };

/** Concrete paths to expire, tags to expire, and the per-process caches to drop. */
export type PagesTouched = {
  paths: string[];
  tags: string[];
  /** lib/search/cache.ts: the per-instance search results. */
  search: boolean;
  /** lib/cache/memo.ts: settings and the section list. */
  memos: boolean;
  /** lib/cache/gone.ts: the list of taken-down stories behind the 410. */
  gone: boolean;
};

/** PagesTouched as it crosses a process boundary (the own-instance route, a NOTIFY from another instance). */
export const pagesTouchedSchema = z.object({
  paths: z.array(z.string().regex(/^\/[a-z0-9/-]{0,300}$/, 'Đường dẫn không hợp lệ.')).max(2000),
  tags: z.array(z.string().regex(/^[a-z0-9:-]{1,200}$/, 'Thẻ bộ nhớ đệm không hợp lệ.')).max(2000),
  search: z.boolean(),
  memos: z.boolean(),
  gone: z.boolean(),
}) satisfies z.ZodType<PagesTouched>;

/**
 * The tags reader pages carry (attached with `tagThisPage`, lib/cache/invalidation.ts). Every page
 * of a list — `/thoi-su`, `/thoi-su/trang/2`, … — carries its list's tag, so a new story that pushes
 * every page down by one expires them all at once, whatever their number.
 */
export const pageTags = {
  /** The frame of every reader page and machine document: site settings and the section navigation. */
  frame: 'khung',
  front: 'trang-nhat',
  story: (id: number) => `bai:${id}`,
  /** Every story page of a section (its comments mode). */
  storiesIn: (sectionSlug: string) => `bai-trong:${sectionSlug}`,
  section: (slug: string) => `chuyen-muc:${slug}`,
  tag: (slug: string) => `tu-khoa:${slug}`,
  author: (slug: string) => `tac-gia:${slug}`,
  search: 'tim-kiem',
  feed: 'rss',
  sectionFeed: (slug: string) => `rss:${slug}`,
  sitemap: 'sitemap',
  newsSitemap: 'news-sitemap',
} as const;

/** The front page's own path (`/` is a rewrite to it, next.config.ts): both are expired. */
export const FRONT_PATHS = ['/', '/trang-chu/moi-nhat'];

/** A story a reader's address answers for: live, scheduled, or taken down (410). */
const reachable = (s: StoryFootprint) => s.status === 'published' || s.status === 'unpublished';

function storyPage(s: StoryFootprint): Pick<PagesTouched, 'paths' | 'tags'> {
  return { paths: [s.path], tags: [pageTags.story(s.id)] };
}

/** Everything a story shows up on: its page, its lists, the front page, feeds, sitemaps, search. */
function storyEverywhere(s: StoryFootprint): Pick<PagesTouched, 'paths' | 'tags'> {
  return {
    // The first page of each list by its address too: one answered 404 before the list existed
    // (a new tag, a new author) was cached without the list's tag.
    paths: [s.path, `/${s.sectionSlug}`, ...s.tagSlugs.map((t) => `/chu-de/${t}`), ...s.creditSlugs.map((c) => `/tac-gia/${c}`), ...FRONT_PATHS],
    tags: [
      pageTags.story(s.id),
      pageTags.section(s.sectionSlug),
      ...s.tagSlugs.map(pageTags.tag),
      ...s.creditSlugs.map(pageTags.author),
      pageTags.front,
      pageTags.feed,
      pageTags.sectionFeed(s.sectionSlug),
      pageTags.sitemap,
      pageTags.newsSitemap,
      pageTags.search,
    ],
  };
}

const nothing = (): PagesTouched => ({ paths: [], tags: [], search: false, memos: false, gone: false });

function gather(parts: Pick<PagesTouched, 'paths' | 'tags'>[], flags: Partial<Omit<PagesTouched, 'paths' | 'tags'>> = {}): PagesTouched {
  return {
    ...nothing(),
    ...flags,
    paths: [...new Set(parts.flatMap((p) => p.paths))],
    tags: [...new Set(parts.flatMap((p) => p.tags))],
  };
}

function storyMoved({ story, before }: StoryMove): PagesTouched {
  // Both sides: a takedown reads the live story before it goes; a new slug or section leaves the
  // old address and the old section behind. A draft that never reached readers touches nothing.
  const sides = [before, story].filter((s): s is StoryFootprint => !!s && reachable(s));
  if (!sides.length) return nothing();
  return gather(sides.map(storyEverywhere), { search: true, gone: true });
}

export function pagesTouchedBy(event: ChangeEvent): PagesTouched {
  switch (event.kind) {
    case 'story.published':
    case 'story.editedLive':
    case 'story.takenDown':
    case 'story.trashed':
    case 'story.moved':
      return storyMoved(event);
    case 'story.wentLive':
      return storyMoved({ story: event.story });
    case 'cover.changed':
      return gather(event.stories.filter(reachable).map(storyEverywhere), { search: true });
    case 'story.corrected':
    case 'comment.approved':
    case 'comment.removed':
      // The correction box and the comment thread are on the story's page only.
      return gather([storyPage(event.story)]);
    case 'story.pinned':
    case 'story.unpinned':
      return gather([{ paths: FRONT_PATHS, tags: [pageTags.front] }]);
    case 'comments.modeChanged':
      return gather([
        ...(event.story ? [storyPage(event.story)] : []),
        ...(event.sectionSlug ? [{ paths: [], tags: [pageTags.storiesIn(event.sectionSlug)] }] : []),
      ]);
    case 'settings.changed':
      // The site's name, address and dateline are in the frame of every page and document.
      return gather([{ paths: [], tags: [pageTags.frame] }], { search: true, memos: true });
    case 'section.changed':
      // The navigation of every page lists the sections, and the sitemap lists their pages.
      return gather([{ paths: event.slugs.map((s) => `/${s}`), tags: [pageTags.frame, ...event.slugs.map(pageTags.section), ...event.slugs.map(pageTags.sectionFeed), pageTags.sitemap] }], {
        search: true,
        memos: true,
      });
    case 'tag.changed':
      return gather([{ paths: event.slugs.map((t) => `/chu-de/${t}`), tags: event.slugs.map(pageTags.tag) }, ...event.stories.filter(reachable).map(storyPage)], {
        search: true,
      });
    case 'clock.moved':
      return gather([{ paths: FRONT_PATHS, tags: [pageTags.frame] }], { search: true, memos: true, gone: true });
    case 'expiries.missed':
      // Any page may have changed: the frame every reader page and document carries.
      return gather([{ paths: [], tags: [pageTags.frame] }], { search: true, memos: true, gone: true });
  }
}
