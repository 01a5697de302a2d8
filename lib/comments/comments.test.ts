import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, auditLog, bannedTerms, comments, type User } from '@/db/schema';
import { approveArticle, createDraft, publishArticle, submitForReview } from '@/lib/articles/desk';
import { createSection, createUser } from '@/test/fixtures';
import { unique, withTestDatabase } from '@/test/database';
import {
  approveComment,
  countQueues,
  listModerationQueue,
  messages,
  moderateComment,
  moderateComments,
  postComment,
  undoLastModeration,
} from './comments';
import { banCommenter, listCommenterHistory } from './commenters';
import { likeComment, listApprovedComments, reportComment } from './reader';

const { getDb } = withTestDatabase();

let reporter: User;
let editor: User;
let moderator: User;

beforeAll(async () => {
  [reporter, editor, moderator] = await Promise.all([
    createUser({ role: 'reporter' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'moderator' }),
  ]);
});

async function publishedStory(commentsMode?: 'open' | 'premoderated' | 'closed') {
  const section = await createSection();
  const draft = await createDraft({
    actor: reporter,
    input: { title: unique('Bài có bình luận'), lead: 'Sapo', sectionId: section.id, body: 'Nội dung', credit: 'Bài: A' },
  });
  await submitForReview({ actor: reporter, articleId: draft.id });
  await approveArticle({ actor: editor, articleId: draft.id });
  const story = await publishArticle({ actor: editor, articleId: draft.id });
  if (commentsMode) {
    const db = await getDb();
    await db.update(articles).set({ commentsMode }).where(eq(articles.id, story.id));
  }
  return story;
}

const post = (articleId: number, body = 'Ý kiến của tôi.', extra: Partial<Parameters<typeof postComment>[0]> = {}) =>
  postComment({ articleId, authorName: 'Bạn đọc', body, ip: unique('ip'), ...extra });

describe('reader comments', () => {
  it('holds a comment until a moderator approves it, then shows it', async () => {
    const story = await publishedStory();
    const posted = await post(story.id, 'Cây cầu rất đẹp.'.normalize('NFD'), { authorName: '  Nguyễn   Văn Hùng ', email: 'hung@example.vn' });
    expect(posted).toMatchObject({ status: 'pending', message: messages.held });
    expect((await listApprovedComments({ articleId: story.id })).items).toEqual([]);
    expect((await listModerationQueue({ actor: moderator })).map((c) => c.id)).toContain(posted.id);

    await approveComment({ actor: moderator, commentId: posted.id });
    const shown = await listApprovedComments({ articleId: story.id });
    expect(shown.items).toMatchObject([{ authorName: 'Nguyễn Văn Hùng', body: 'Cây cầu rất đẹp.'.normalize('NFC') }]);

    const db = await getDb();
    const [stored] = await db.select().from(comments).where(eq(comments.id, posted.id));
    expect(stored.ipHash).toBeTruthy();
    expect(stored.emailHash).not.toContain('hung');
    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, String(posted.id)));
    expect(audit.filter((a) => a.subjectType === 'comment').map((a) => [a.action, a.actorId])).toEqual([['comment.approve', moderator.id]]);
  });

  it('under post-moderation shows a known commenter at once but holds a first-timer', async () => {
    const story = await publishedStory('open');
    const email = `${unique('ban-doc')}@example.vn`;
    const first = await post(story.id, 'Lần đầu góp ý.', { email });
    expect(first).toMatchObject({ status: 'pending' });
    await approveComment({ actor: moderator, commentId: first.id });
    const second = await post(story.id, 'Lần thứ hai góp ý.', { email });
    expect(second).toMatchObject({ status: 'approved', message: messages.shown });
  });

  it('refuses a banned term, holds a suspect one and highlights it for the moderator', async () => {
    const story = await publishedStory('open');
    const db = await getDb();
    const banned = unique('lừa đảo').replace(/-/g, ' ');
    const suspect = `nghi${Date.now() % 100000}`;
    await db.insert(bannedTerms).values([
      { term: banned, action: 'reject', ignoreDiacritics: false },
      { term: suspect, action: 'hold', ignoreDiacritics: true },
    ]);
    await expect(post(story.id, `Bọn ${banned.toUpperCase()} này!`)).rejects.toMatchObject({ message: messages.refusedTerms });
    const held = await post(story.id, `Có vẻ ${suspect} lắm.`);
    expect(held.status).toBe('pending');
    const [row] = await db.select().from(comments).where(eq(comments.id, held.id));
    expect(row).toMatchObject({ heldFor: 'terms', matchedTerms: [suspect] });
  });

  it('holds a comment with too many links', async () => {
    const story = await publishedStory('open');
    const held = await post(story.id, 'Xem https://a.vn https://b.vn https://c.vn ngay');
    const db = await getDb();
    const [row] = await db.select().from(comments).where(eq(comments.id, held.id));
    expect(row).toMatchObject({ status: 'pending', heldFor: 'links' });
  });

  it('refuses a comment sent faster than a person can type', async () => {
    const story = await publishedStory();
    await expect(post(story.id, 'Nhanh quá', { elapsedMs: 400 })).rejects.toMatchObject({ message: messages.tooFast });
    await expect(post(story.id, 'Đủ chậm', { elapsedMs: 9_000 })).resolves.toMatchObject({ status: 'pending' });
  });

  it('refuses comments on a story that is not public, or closed to comments', async () => {
    const section = await createSection();
    const draft = await createDraft({ actor: reporter, input: { title: unique('Bản nháp'), lead: '', sectionId: section.id, body: 'x', credit: '' } });
    await expect(post(draft.id)).rejects.toMatchObject({ code: 'not_found' });
    const closed = await publishedStory('closed');
    await expect(post(closed.id)).rejects.toMatchObject({ code: 'closed' });
  });

  it('limits one IP to 5 comments in 10 minutes', async () => {
    const story = await publishedStory();
    const ip = unique('ip');
    for (let i = 0; i < 5; i++) await post(story.id, `Ý kiến ${i}`, { ip });
    await expect(post(story.id, 'Thêm nữa', { ip })).rejects.toMatchObject({ code: 'rate_limited' });
    await expect(post(story.id, 'Người khác')).resolves.toBeTruthy();
  });

  it('lets only moderators and admins moderate', async () => {
    const story = await publishedStory();
    const posted = await post(story.id);
    for (const actor of [reporter, editor]) {
      await expect(moderateComment({ actor, commentId: posted.id, verdict: 'approve' })).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect((await listApprovedComments({ articleId: story.id })).items).toEqual([]);
  });
});

describe('reading a long thread', () => {
  it('pages through comments newest or oldest first without repeating or skipping, with replies one level deep', async () => {
    const story = await publishedStory();
    const db = await getDb();
    const base = Date.now() - 3600_000;
    const rows = await db
      .insert(comments)
      .values(Array.from({ length: 45 }, (_, i) => ({ articleId: story.id, authorName: `Người ${i}`, body: `Bình luận ${i}`, status: 'approved' as const, createdAt: new Date(base + i * 1000) })))
      .returning({ id: comments.id });
    const reply = await post(story.id, 'Trả lời người số 44', { parentId: rows[44].id });
    await approveComment({ actor: moderator, commentId: reply.id });

    const seen: string[] = [];
    let cursor: string | undefined;
    let first = true;
    do {
      const page = await listApprovedComments({ articleId: story.id, cursor, limit: 20 });
      if (first) {
        expect(page.total).toBe(46);
        expect(page.items[0]).toMatchObject({ body: 'Bình luận 44', replies: [{ body: 'Trả lời người số 44' }] });
        first = false;
      }
      seen.push(...page.items.map((c) => c.body));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 45 }, (_, i) => `Bình luận ${44 - i}`));

    const oldest = await listApprovedComments({ articleId: story.id, order: 'oldest', limit: 3 });
    expect(oldest.items.map((c) => c.body)).toEqual(['Bình luận 0', 'Bình luận 1', 'Bình luận 2']);
  });

  it('skips nothing when many comments share the same millisecond', async () => {
    const story = await publishedStory();
    const db = await getDb();
    const at = new Date(Date.now() - 60_000);
    // Microseconds apart, within one millisecond: what a busy story produces.
    for (let i = 0; i < 6; i++) {
      await db.execute(
        sql`insert into comments (article_id, author_name, body, status, created_at) values (${story.id}, 'Bạn đọc', ${`Cùng lúc ${i}`}, 'approved', ${at.toISOString()}::timestamptz + ${`${i * 100} microseconds`}::interval)`,
      );
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listApprovedComments({ articleId: story.id, cursor, limit: 2 });
      seen.push(...page.items.map((c) => c.body));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['Cùng lúc 5', 'Cùng lúc 4', 'Cùng lúc 3', 'Cùng lúc 2', 'Cùng lúc 1', 'Cùng lúc 0']);
  });

  it('refuses a reply to a reply (one level deep) or to a hidden comment', async () => {
    const story = await publishedStory();
    const top = await post(story.id);
    await expect(post(story.id, 'Trả lời bình luận chưa duyệt', { parentId: top.id })).rejects.toMatchObject({ message: messages.badParent });
    await approveComment({ actor: moderator, commentId: top.id });
    const reply = await post(story.id, 'Trả lời', { parentId: top.id });
    await approveComment({ actor: moderator, commentId: reply.id });
    await expect(post(story.id, 'Trả lời lồng', { parentId: reply.id })).rejects.toMatchObject({ message: messages.badParent });
  });
});

describe('likes and reports', () => {
  it('counts one like per browser, and one report per reader into the Reported queue', async () => {
    const story = await publishedStory();
    const c = await post(story.id);
    await approveComment({ actor: moderator, commentId: c.id });
    const voter = unique('trinh-duyet');
    expect(await likeComment({ commentId: c.id, voter, ip: unique('ip') })).toEqual({ likes: 1, counted: true });
    expect(await likeComment({ commentId: c.id, voter, ip: unique('ip') })).toEqual({ likes: 1, counted: false });
    expect(await likeComment({ commentId: c.id, voter: unique('khac'), ip: unique('ip') })).toEqual({ likes: 2, counted: true });

    expect(await reportComment({ commentId: c.id, reason: 'offensive', reporter: voter, ip: unique('ip') })).toEqual({ counted: true });
    expect(await reportComment({ commentId: c.id, reason: 'spam', reporter: voter, ip: unique('ip') })).toEqual({ counted: false });
    expect((await listModerationQueue({ actor: moderator, queue: 'reported', filter: { articleId: story.id } })).map((r) => [r.id, r.reports])).toEqual([[c.id, 1]]);
    // Keeping it clears the reports.
    await approveComment({ actor: moderator, commentId: c.id });
    expect(await listModerationQueue({ actor: moderator, queue: 'reported', filter: { articleId: story.id } })).toEqual([]);
  });

  it('shows the moderator why readers reported a comment, counting only reports since it was last approved', async () => {
    const story = await publishedStory();
    const c = await post(story.id);
    await approveComment({ actor: moderator, commentId: c.id });
    await reportComment({ commentId: c.id, reason: 'spam', reporter: unique('trinh-duyet'), ip: unique('ip') });
    await approveComment({ actor: moderator, commentId: c.id });
    await reportComment({ commentId: c.id, reason: 'offensive', reporter: unique('trinh-duyet'), ip: unique('ip') });
    await reportComment({ commentId: c.id, reason: 'offensive', reporter: unique('trinh-duyet'), ip: unique('ip') });
    await reportComment({ commentId: c.id, reason: 'other', note: 'Lộ số điện thoại người khác', reporter: unique('trinh-duyet'), ip: unique('ip') });
    const [row] = await listModerationQueue({ actor: moderator, queue: 'reported', filter: { articleId: story.id } });
    expect(row).toMatchObject({ id: c.id, reports: 3, reportReasons: { offensive: 2, other: 1 }, reportNotes: ['Lộ số điện thoại người khác'] });
  });
});

describe('the moderator’s tools', () => {
  it('acts on many comments at once and undoes the whole batch', async () => {
    const story = await publishedStory();
    const ids = [(await post(story.id, 'Một')).id, (await post(story.id, 'Hai')).id, (await post(story.id, 'Ba')).id];
    const before = (await countQueues({ actor: moderator })).spam;
    await moderateComments({ actor: moderator, commentIds: ids, verdict: 'spam' });
    expect((await countQueues({ actor: moderator })).spam).toBe(before + 3);
    const undone = await undoLastModeration({ actor: moderator });
    expect(undone.restored.sort()).toEqual([...ids].sort());
    const queue = await listModerationQueue({ actor: moderator, queue: 'pending', filter: { articleId: story.id } });
    expect(queue.map((c) => c.body)).toEqual(['Một', 'Hai', 'Ba']);
  });

  it('filters the queue by text, accent-insensitively', async () => {
    const story = await publishedStory();
    await post(story.id, 'Đường phố sạch đẹp');
    await post(story.id, 'Chuyện khác');
    const found = await listModerationQueue({ actor: moderator, filter: { articleId: story.id, q: 'duong pho' } });
    expect(found.map((c) => c.body)).toEqual(['Đường phố sạch đẹp']);
  });

  it('bans a commenter: their next comments are rejected without telling them', async () => {
    const story = await publishedStory('open');
    const email = `${unique('quay-roi')}@example.vn`;
    const first = await post(story.id, 'Bình luận gây rối', { email });
    await banCommenter({ actor: moderator, commentId: first.id, by: 'email', days: 7, reason: 'Spam nhiều lần' });
    const next = await post(story.id, 'Lại gây rối', { email });
    expect(next.message).toBe(messages.held);
    const db = await getDb();
    const [row] = await db.select().from(comments).where(eq(comments.id, next.id));
    expect(row.status).toBe('rejected');
    const history = await listCommenterHistory({ actor: moderator, commentId: first.id });
    expect(history?.rows.map((r) => r.body)).toEqual(['Lại gây rối', 'Bình luận gây rối']);
    expect(history?.bans).toHaveLength(1);
  });
});
