import { beforeAll, describe, expect, it } from 'vitest';
import { articles, articleViews, comments, type Section, type User } from '@/db/schema';
import { startOfVietnamDay } from '@/lib/dates';
import { getDeskHome } from '@/lib/desk-home';
import { unique, withTestDatabase } from '@/test/database';
import { createSection, createUser, insertStory } from '@/test/fixtures';

// The desk's home page: each person sees their own work and the parts of their role, nothing else.

const { getDb } = withTestDatabase();

let reporter: User;
let otherReporter: User;
let editor: User;
let moderator: User;
let section: Section;

beforeAll(async () => {
  [reporter, otherReporter, editor, moderator] = await Promise.all([
    createUser({ role: 'reporter' }),
    createUser({ role: 'reporter' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'moderator' }),
  ]);
  section = await createSection();
});

const story = (author: User, extra: Partial<typeof articles.$inferInsert> = {}) => insertStory(author, section, extra);

const ids = (rows: { id: number }[] | null) => (rows ?? []).map((r) => r.id);

describe('getDeskHome', () => {
  it('shows a reporter their returned stories and drafts, not another reporter’s, and no editor or moderator parts', async () => {
    const returned = await story(reporter, { status: 'returned' });
    const draft = await story(reporter);
    const othersDraft = await story(otherReporter);
    const home = await getDeskHome({ actor: reporter });
    expect(ids(home.returned)).toContain(returned.id);
    expect(ids(home.drafts)).toContain(draft.id);
    expect(ids(home.drafts)).not.toContain(othersDraft.id);
    expect(home.myTopics).toEqual([]);
    expect(home.waiting).toBeNull();
    expect(home.scheduledToday).toBeNull();
    expect(home.topicsDue).toBeNull();
    expect(home.output).toBeNull();
    expect(home.comments).toBeNull();
    // Their own nhuận bút this month, and no month to lock: that is the tổng biên tập's.
    expect(home.royalties).toEqual({ month: expect.stringMatching(/^\d{4}-\d{2}$/), mine: expect.any(Number), toLock: [] });
  });

  it('shows an editor what waits at their level and what goes live today, and counts the output of the week and the month', async () => {
    const waiting = await story(reporter, { status: 'in_review', reviewLevel: 1 });
    const now = new Date();
    const soon = new Date(now.getTime() + 60_000);
    const goesLiveSoon = await story(reporter, { status: 'published', publishedAt: soon });
    const tomorrow = await story(reporter, { status: 'published', publishedAt: new Date(startOfVietnamDay(now).getTime() + 25 * 3600_000) });
    const before = await getDeskHome({ actor: editor, now });
    expect(ids(before.waiting)).toContain(waiting.id);
    const sameDay = startOfVietnamDay(soon).getTime() === startOfVietnamDay(now).getTime();
    expect(ids(before.scheduledToday).includes(goesLiveSoon.id)).toBe(sameDay);
    expect(ids(before.scheduledToday)).not.toContain(tomorrow.id);
    expect(before.topicsDue).not.toBeNull();
    expect(before.readNow).not.toBeNull();
    expect(before.returned).toEqual(expect.any(Array));
    expect(before.comments).toBeNull();

    // A story that went live a minute ago counts in this week and this month.
    await story(reporter, { status: 'published', publishedAt: new Date(now.getTime() - 60_000) });
    const after = await getDeskHome({ actor: editor, now });
    expect(after.output!.week - before.output!.week).toBeGreaterThanOrEqual(1);
    expect(after.output!.month - before.output!.month).toBeGreaterThanOrEqual(1);
  });

  it('shows a moderator the queues and nothing of the stories', async () => {
    const published = await story(reporter, { status: 'published', publishedAt: new Date(Date.now() - 3600_000) });
    const db = await getDb();
    const before = await getDeskHome({ actor: moderator });
    await db.insert(comments).values({ articleId: published.id, authorName: 'Bạn đọc', body: 'Bài hay.', status: 'pending', ipHash: unique('ip') });
    const after = await getDeskHome({ actor: moderator });
    expect(after.comments!.queues.pending).toBeGreaterThanOrEqual(before.comments!.queues.pending + 1);
    expect(after.returned).toBeNull();
    expect(after.waiting).toBeNull();
    expect(after.output).toBeNull();
    expect(after.myTopics).toBeNull();
    expect(after.royalties).toBeNull();
    // No figures to read: no link to Thống kê.
    expect(after.stats).toBe(false);
    expect(after.myFigures).toBeNull();
  });

  it('gives a reporter their own reads of the week, not another reporter’s, with the way to Thống kê', async () => {
    const db = await getDb();
    const hour = new Date(Math.floor(Date.now() / 3600_000) * 3600_000);
    const figuresOf = async (who: User) => (await getDeskHome({ actor: who })).myFigures!;
    const before = await figuresOf(reporter);
    const mine = await story(reporter, { status: 'published', publishedAt: new Date(hour.getTime() - 3600_000) });
    const theirs = await story(otherReporter, { status: 'published', publishedAt: new Date(hour.getTime() - 3600_000) });
    await db.insert(articleViews).values([
      { articleId: mine.id, hour, source: 'search', views: 7 },
      { articleId: theirs.id, hour, source: 'search', views: 500 },
    ]);
    const home = await getDeskHome({ actor: reporter });
    expect(home.stats).toBe(true);
    expect(home.myFigures).toEqual({ views: before.views + 7, storiesRead: before.storiesRead + 1 });
    // The editor's figures are the newsroom's, on its own parts; the editor gets the link too.
    const editors = await getDeskHome({ actor: editor });
    expect(editors.stats).toBe(true);
    expect(editors.myFigures).toBeNull();
  });
});
