import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, comments, type User } from '@/db/schema';
import { approveArticle, createDraft, publishArticle, submitForReview } from '@/lib/articles/desk';
import { DomainError } from '@/lib/errors';
import { createSection, createUser } from '@/test/fixtures';
import { unique, withTestDatabase } from '@/test/database';
import { listModerationQueue, postComment, undoLastModeration } from './comments';
import { banCommenter, liftBan, listActiveBans, listCommenterHistory, SHARED_ADDRESS_NAMES } from './commenters';

const { getDb } = withTestDatabase();

let reporter: User;
let editor: User;
let moderator: User;

beforeAll(async () => {
  [reporter, editor, moderator] = await Promise.all([createUser({ role: 'reporter' }), createUser({ role: 'editor' }), createUser({ role: 'moderator' })]);
});

async function publishedStory() {
  const section = await createSection();
  const draft = await createDraft({ actor: reporter, input: { title: unique('Bài có bình luận'), lead: 'Sapo', sectionId: section.id, body: 'Nội dung', credit: 'Bài: A' } });
  await submitForReview({ actor: reporter, articleId: draft.id });
  await approveArticle({ actor: editor, articleId: draft.id });
  return publishArticle({ actor: editor, articleId: draft.id });
}

const browserId = () => unique('trinhduyet').replace(/[^A-Za-z0-9_-]/g, '').padEnd(20, 'x');

async function statusOf(id: number) {
  const db = await getDb();
  return (await db.select({ status: comments.status }).from(comments).where(eq(comments.id, id)))[0].status;
}

describe('commenters behind one mobile address', () => {
  it('names every comment of the history and warns when one address carries many names', async () => {
    const story = await publishedStory();
    const townIp = unique('ip-nha-mang');
    const names = ['Anh Tuấn', 'Chị Lan', 'Bác Sáu', 'Cô Hoa'];
    const posted: { id: number }[] = [];
    for (const authorName of names) posted.push(await postComment({ articleId: story.id, authorName, body: `Ý kiến của ${authorName}.`, ip: townIp, browser: browserId() }));
    expect(names.length).toBeGreaterThanOrEqual(SHARED_ADDRESS_NAMES);
    const history = (await listCommenterHistory({ actor: moderator, commentId: posted[0].id }))!;
    expect(history.rows.map((r) => r.authorName).sort()).toEqual([...names].sort());
    // The others share only the address with Anh Tuấn: the history says so, row by row.
    expect(history.rows.filter((r) => r.id !== posted[0].id).every((r) => r.shares === 'ip')).toBe(true);
    expect(history).toMatchObject({ sharedAddress: true, addressNames: 4, preferredKind: 'browser' });
  });

  it('does not warn about an address one person uses', async () => {
    const story = await publishedStory();
    const ip = unique('ip-nha');
    const browser = browserId();
    const first = await postComment({ articleId: story.id, authorName: 'Minh', body: 'Một ý kiến.', ip, browser });
    await postComment({ articleId: story.id, authorName: 'Minh', body: 'Ý kiến nữa.', ip, browser });
    const history = (await listCommenterHistory({ actor: moderator, commentId: first.id }))!;
    expect(history).toMatchObject({ sharedAddress: false, addressNames: 1 });
    expect(history.rows.every((r) => r.id === first.id || r.shares === 'browser')).toBe(true);
  });

  it('a ban by browser stops that browser and leaves the neighbours on the same address alone', async () => {
    const story = await publishedStory();
    const townIp = unique('ip-nha-mang');
    const troll = browserId();
    const first = await postComment({ articleId: story.id, authorName: 'Kẻ phá', body: 'Bình luận gây rối.', ip: townIp, browser: troll });
    await banCommenter({ actor: moderator, commentId: first.id, by: 'browser', days: 7, reason: 'Gây rối nhiều lần' });
    const again = await postComment({ articleId: story.id, authorName: 'Tên khác', body: 'Lại gây rối.', ip: unique('ip-khac'), browser: troll });
    const neighbour = await postComment({ articleId: story.id, authorName: 'Hàng xóm', body: 'Ý kiến tử tế.', ip: townIp, browser: browserId() });
    expect(await statusOf(again.id)).toBe('rejected');
    expect(await statusOf(neighbour.id)).toBe('pending');
  });

  it('refuses a ban by browser or email the comment does not carry', async () => {
    const story = await publishedStory();
    const c = await postComment({ articleId: story.id, authorName: 'Không cookie', body: 'Gửi từ kịch bản.', ip: unique('ip') });
    for (const by of ['browser', 'email'] as const) {
      await expect(banCommenter({ actor: moderator, commentId: c.id, by, days: 1, reason: 'Thử' })).rejects.toMatchObject({ code: 'invalid_input' });
    }
  });

  it('a comment that carries no identity has a history of its own, not everyone’s', async () => {
    const story = await publishedStory();
    const db = await getDb();
    const [bare] = await db.insert(comments).values({ articleId: story.id, authorName: 'Nhập từ hệ thống cũ', body: 'Bình luận cũ.', status: 'approved' }).returning();
    await postComment({ articleId: story.id, authorName: 'Người khác', body: 'Ý kiến khác.', ip: unique('ip') });
    const history = (await listCommenterHistory({ actor: moderator, commentId: bare.id }))!;
    expect(history.rows.map((r) => r.id)).toEqual([bare.id]);
    expect(history).toMatchObject({ sharedAddress: false, pendingBy: { email: 0, browser: 0, ip: 0 } });
  });
});

describe('ban list and lifting a ban', () => {
  it('lists a ban with the name it was made from, lifts it once, audited; the person can comment again', async () => {
    const story = await publishedStory();
    const email = `${unique('bo-chan')}@example.vn`;
    const first = await postComment({ articleId: story.id, authorName: 'Người bị chặn', body: 'Ý kiến thứ nhất.', email, ip: unique('ip') });
    const { ban } = await banCommenter({ actor: moderator, commentId: first.id, by: 'email', days: 30, reason: 'Lăng mạ' });
    const listed = (await listActiveBans({ actor: moderator })).find((b) => b.id === ban.id);
    expect(listed).toMatchObject({ authorName: 'Người bị chặn', kind: 'email', reason: 'Lăng mạ', commentId: first.id, createdBy: moderator.name });

    await liftBan({ actor: moderator, banId: ban.id });
    expect((await listActiveBans({ actor: moderator })).map((b) => b.id)).not.toContain(ban.id);
    await expect(liftBan({ actor: moderator, banId: ban.id })).rejects.toBeInstanceOf(DomainError);
    const db = await getDb();
    const mine = await db.select().from(auditLog).where(and(eq(auditLog.subjectType, 'comment'), eq(auditLog.subjectId, String(first.id)))).orderBy(auditLog.id);
    expect(mine.map((e) => e.action)).toEqual(['comment.ban', 'comment.unban']);
    expect(mine[1].actorId).toBe(moderator.id);

    const after = await postComment({ articleId: story.id, authorName: 'Người bị chặn', body: 'Ý kiến sau khi bỏ chặn.', email, ip: unique('ip') });
    expect(await statusOf(after.id)).toBe('pending');
  });

  it('refuses lifting to someone who may not moderate', async () => {
    await expect(liftBan({ actor: editor, banId: 1 })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('ban and reject what is waiting', () => {
  it('rejects the banned person’s pending comments in the same act, leaves others, and undo puts them back', async () => {
    const story = await publishedStory();
    const email = `${unique('cho-duyet')}@example.vn`;
    const mine = [];
    for (const body of ['Thứ nhất gây rối.', 'Thứ hai gây rối.', 'Thứ ba gây rối.']) mine.push(await postComment({ articleId: story.id, authorName: 'Kẻ phá', body, email, ip: unique('ip') }));
    const other = await postComment({ articleId: story.id, authorName: 'Người khác', body: 'Ý kiến khác.', ip: unique('ip') });
    const history = (await listCommenterHistory({ actor: moderator, commentId: mine[0].id }))!;
    expect(history.pendingBy.email).toBe(3);

    const { rejected } = await banCommenter({ actor: moderator, commentId: mine[0].id, by: 'email', days: 7, reason: 'Spam', rejectPending: true });
    expect(rejected.sort()).toEqual(mine.map((c) => c.id).sort());
    for (const c of mine) expect(await statusOf(c.id)).toBe('rejected');
    expect(await statusOf(other.id)).toBe('pending');
    const pending = await listModerationQueue({ actor: moderator, filter: { articleId: story.id } });
    expect(pending.map((c) => c.id)).toEqual([other.id]);

    const undone = await undoLastModeration({ actor: moderator });
    expect(undone.restored.sort()).toEqual(mine.map((c) => c.id).sort());
    for (const c of mine) expect(await statusOf(c.id)).toBe('pending');
    // The ban stays until someone lifts it.
    expect((await listCommenterHistory({ actor: moderator, commentId: mine[0].id }))!.bans).toHaveLength(1);
  });
});
