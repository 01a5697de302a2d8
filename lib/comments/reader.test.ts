import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, type User } from '@/db/schema';
import { approveArticle, createDraft, moveArticle, publishArticle, submitForReview, unpublishArticle } from '@/lib/articles/desk';
import { recordView, VIEW_LIMIT } from '@/lib/articles/views';
import { createSection, createUser } from '@/test/fixtures';
import { unique, withTestDatabase } from '@/test/database';
import { approveComment, listModerationQueue, postComment } from './comments';
import { LIKE_LIMIT, likeComment, listApprovedComments, readCommentLikes, REPORT_LIMIT, reportComment } from './reader';

const { getDb } = withTestDatabase();

let reporter: User;
let editor: User;
let moderator: User;

beforeAll(async () => {
  [reporter, editor, moderator] = await Promise.all([createUser({ role: 'reporter' }), createUser({ role: 'editor' }), createUser({ role: 'moderator' })]);
});

async function approvedStory({ publishAt }: { publishAt?: Date } = {}) {
  const section = await createSection();
  const draft = await createDraft({
    actor: reporter,
    input: { title: unique('Bài bạn đọc'), lead: 'Sapo', sectionId: section.id, body: 'Nội dung', credit: 'Bài: A' },
  });
  await submitForReview({ actor: reporter, articleId: draft.id });
  await approveArticle({ actor: editor, articleId: draft.id });
  return publishArticle({ actor: editor, articleId: draft.id, publishAt });
}

async function shownComment(articleId: number) {
  const c = await postComment({ articleId, authorName: 'Bạn đọc', body: 'Ý kiến của tôi.', ip: unique('ip') });
  await approveComment({ actor: moderator, commentId: c.id });
  return c;
}

const notFound = { code: 'not_found' };

describe('comments of a story readers cannot see', () => {
  it('are neither listed, liked nor reported once the story is taken down or trashed', async () => {
    for (const hide of [
      (id: number) => unpublishArticle({ actor: editor, articleId: id, reason: 'Sai thông tin' }),
      (id: number) => moveArticle({ actor: editor, articleId: id, move: 'trash' }),
    ]) {
      const story = await approvedStory();
      const c = await shownComment(story.id);
      expect((await listApprovedComments({ articleId: story.id })).items.map((i) => i.id)).toEqual([c.id]);
      await hide(story.id);
      await expect(listApprovedComments({ articleId: story.id })).rejects.toMatchObject(notFound);
      await expect(likeComment({ commentId: c.id, voter: unique('trinh-duyet'), ip: unique('ip') })).rejects.toMatchObject(notFound);
      await expect(reportComment({ commentId: c.id, reason: 'spam', reporter: unique('trinh-duyet'), ip: unique('ip') })).rejects.toMatchObject(notFound);
    }
  });

  it('are not listed before a scheduled story’s time', async () => {
    const story = await approvedStory();
    const c = await shownComment(story.id);
    // The story is moved to a later time, as if rescheduled: its comments wait with it.
    const db = await getDb();
    await db.update(articles).set({ publishedAt: new Date(Date.now() + 24 * 3600_000) }).where(eq(articles.id, story.id));
    await expect(listApprovedComments({ articleId: story.id })).rejects.toMatchObject(notFound);
    await expect(likeComment({ commentId: c.id, voter: unique('trinh-duyet'), ip: unique('ip') })).rejects.toMatchObject(notFound);
  });
});

describe('the like counts the thread shows', () => {
  it('are the live counts, with the ones this browser liked, and nothing of comments readers cannot see', async () => {
    const story = await approvedStory();
    const [a, b] = [await shownComment(story.id), await shownComment(story.id)];
    const waiting = await postComment({ articleId: story.id, authorName: 'Bạn đọc', body: 'Chưa duyệt.', ip: unique('ip') });
    const me = unique('trinh-duyet');
    await likeComment({ commentId: a.id, voter: me, ip: unique('ip') });
    await likeComment({ commentId: a.id, voter: unique('trinh-duyet'), ip: unique('ip') });
    await likeComment({ commentId: b.id, voter: unique('trinh-duyet'), ip: unique('ip') });

    const ids = [a.id, b.id, waiting.id];
    expect(await readCommentLikes({ commentIds: ids, voter: me })).toEqual({ likes: { [a.id]: 2, [b.id]: 1 }, liked: [a.id] });
    expect(await readCommentLikes({ commentIds: ids, voter: unique('trinh-duyet') })).toEqual({ likes: { [a.id]: 2, [b.id]: 1 }, liked: [] });
    expect(await readCommentLikes({ commentIds: ids, voter: null })).toMatchObject({ liked: [] });
    expect(await readCommentLikes({ commentIds: [], voter: me })).toEqual({ likes: {}, liked: [] });

    // Once the story is taken down, its comments have no counts to show.
    const db = await getDb();
    await db.update(articles).set({ status: 'unpublished' }).where(eq(articles.id, story.id));
    expect(await readCommentLikes({ commentIds: ids, voter: me })).toEqual({ likes: {}, liked: [] });
  });
});

describe('likes, reports and reads cannot be inflated', () => {
  it('limits likes per address, however many browsers it pretends to be', async () => {
    const story = await approvedStory();
    const c = await shownComment(story.id);
    const ip = unique('ip');
    for (let i = 0; i < LIKE_LIMIT.max; i++) await likeComment({ commentId: c.id, voter: unique('khong-cookie'), ip });
    await expect(likeComment({ commentId: c.id, voter: unique('khong-cookie'), ip })).rejects.toMatchObject({ code: 'rate_limited' });
  });

  it('limits likes per browser, however many addresses it comes from', async () => {
    const story = await approvedStory();
    const voter = unique('trinh-duyet');
    const many = await Promise.all(Array.from({ length: 4 }, () => shownComment(story.id)));
    for (let i = 0; i < LIKE_LIMIT.max; i++) await likeComment({ commentId: many[i % many.length].id, voter, ip: unique('ip') });
    await expect(likeComment({ commentId: many[0].id, voter, ip: unique('ip') })).rejects.toMatchObject({ code: 'rate_limited' });
  });

  it('counts a report once per browser, limits reports per address, and shows how many people reported', async () => {
    const story = await approvedStory();
    const c = await shownComment(story.id);
    const browsers = [unique('a'), unique('b'), unique('c')];
    for (const reporterId of [...browsers, browsers[0], browsers[0]]) {
      await reportComment({ commentId: c.id, reason: 'offensive', reporter: reporterId, ip: unique('ip') });
    }
    const [queued] = await listModerationQueue({ actor: moderator, queue: 'reported', filter: { articleId: story.id } });
    expect(queued.reports).toBe(browsers.length);

    const ip = unique('ip');
    const other = await shownComment(story.id);
    for (let i = 0; i < REPORT_LIMIT.max; i++) await reportComment({ commentId: other.id, reason: 'spam', reporter: unique('khong-cookie'), ip });
    await expect(reportComment({ commentId: other.id, reason: 'spam', reporter: unique('khong-cookie'), ip })).rejects.toMatchObject({
      code: 'rate_limited',
    });
  });

  it('counts one read per browser per story, and bounds the reads one address can add', async () => {
    const story = await approvedStory();
    const db = await getDb();
    const views = async () => (await db.select({ n: articles.viewCount }).from(articles).where(eq(articles.id, story.id)))[0].n;
    const browser = unique('trinh-duyet');
    for (let i = 0; i < 5; i++) await recordView({ articleId: story.id, browser, address: unique('ip') });
    expect(await views()).toBe(1);

    const ip = unique('ip');
    for (let i = 0; i < VIEW_LIMIT.max + 20; i++) await recordView({ articleId: story.id, browser: unique('khong-cookie'), address: ip });
    expect(await views()).toBe(1 + VIEW_LIMIT.max);
  });

  it('counts no read of a story that is not live', async () => {
    const story = await approvedStory({ publishAt: new Date(Date.now() + 3600_000) });
    await expect(recordView({ articleId: story.id, browser: unique('b'), address: unique('ip') })).rejects.toMatchObject(notFound);
  });
});
