import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, auditLog, comments, type User } from '@/db/schema';
import { approveArticle, createDraft, publishArticle, submitForReview } from '@/lib/articles/desk';
import { createSection, createUser } from '@/test/fixtures';
import { unique, withTestDatabase } from '@/test/database';
import { approveComment, listApprovedComments, listModerationQueue, moderateComment, postComment } from './comments';

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

async function publishedStory() {
  const section = await createSection();
  const draft = await createDraft({
    actor: reporter,
    input: { title: unique('Bài có bình luận'), lead: 'Sapo', sectionId: section.id, body: 'Nội dung', credit: 'Bài: A' },
  });
  await submitForReview({ actor: reporter, articleId: draft.id });
  await approveArticle({ actor: editor, articleId: draft.id });
  return publishArticle({ actor: editor, articleId: draft.id });
}

describe('reader comments', () => {
  it('holds a comment until a moderator approves it, then shows it', async () => {
    const story = await publishedStory();
    const posted = await postComment({
      articleId: story.id,
      authorName: '  Nguyễn   Văn Hùng ',
      email: 'hung@example.vn',
      body: 'Cây cầu rất đẹp.'.normalize('NFD'),
      ip: unique('ip'),
    });
    expect(posted.status).toBe('pending');
    expect(await listApprovedComments({ articleId: story.id })).toEqual([]);
    expect((await listModerationQueue()).map((c) => c.id)).toContain(posted.id);

    await approveComment({ actor: moderator, commentId: posted.id });
    const shown = await listApprovedComments({ articleId: story.id });
    expect(shown).toMatchObject([{ authorName: 'Nguyễn Văn Hùng', body: 'Cây cầu rất đẹp.'.normalize('NFC') }]);

    const db = await getDb();
    const [stored] = await db.select().from(comments).where(eq(comments.id, posted.id));
    expect(stored.ipHash).toBeTruthy();
    expect(stored.emailHash).not.toContain('hung');
    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, String(posted.id)));
    expect(audit.filter((a) => a.subjectType === 'comment').map((a) => [a.action, a.actorId])).toEqual([
      ['comment.approve', moderator.id],
    ]);
  });

  it('refuses comments on a story that is not public', async () => {
    const section = await createSection();
    const draft = await createDraft({
      actor: reporter,
      input: { title: unique('Bản nháp'), lead: '', sectionId: section.id, body: 'x', credit: '' },
    });
    await expect(postComment({ articleId: draft.id, authorName: 'A', body: 'Xin chào', ip: unique('ip') })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('refuses comments when the story is closed to comments', async () => {
    const story = await publishedStory();
    const db = await getDb();
    await db.update(articles).set({ commentsMode: 'closed' }).where(eq(articles.id, story.id));
    await expect(postComment({ articleId: story.id, authorName: 'A', body: 'Xin chào', ip: unique('ip') })).rejects.toMatchObject({
      code: 'closed',
    });
  });

  it('limits one IP to 5 comments in 10 minutes', async () => {
    const story = await publishedStory();
    const ip = unique('ip');
    for (let i = 0; i < 5; i++) await postComment({ articleId: story.id, authorName: 'Bạn đọc', body: `Ý kiến ${i}`, ip });
    await expect(postComment({ articleId: story.id, authorName: 'Bạn đọc', body: 'Thêm nữa', ip })).rejects.toMatchObject({
      code: 'rate_limited',
    });
    await expect(postComment({ articleId: story.id, authorName: 'Người khác', body: 'Ý kiến', ip: unique('ip') })).resolves.toBeTruthy();
  });

  it('lets only moderators and admins moderate', async () => {
    const story = await publishedStory();
    const posted = await postComment({ articleId: story.id, authorName: 'A', body: 'Ý kiến', ip: unique('ip') });
    for (const actor of [reporter, editor]) {
      await expect(moderateComment({ actor, commentId: posted.id, verdict: 'approve' })).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await listApprovedComments({ articleId: story.id })).toEqual([]);
  });
});
