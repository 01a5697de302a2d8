import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, comments, type User } from '@/db/schema';
import { approveArticle, createDraft, publishArticle, submitForReview } from '@/lib/articles/desk';
import { createSection, createUser } from '@/test/fixtures';
import { unique, withTestDatabase } from '@/test/database';
import { approveComment, postComment, rejectComment, undoLastModeration } from './comments';
import { editAndApproveComment, NEWSROOM_NAME, replyAsNewsroom } from './newsroom';
import { listApprovedComments } from './reader';

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

const post = (articleId: number, body: string) => postComment({ articleId, authorName: 'Bạn đọc', body, ip: unique('ip') });

describe('replies from Ban biên tập', () => {
  it('shows at once under the reader’s comment, as the newsroom, with who wrote it in the audit log', async () => {
    const story = await publishedStory();
    const question = await post(story.id, 'Khi nào cầu thông xe?');
    await approveComment({ actor: moderator, commentId: question.id });
    const reply = await replyAsNewsroom({ actor: moderator, commentId: question.id, body: 'Theo Sở GTVT, cầu thông xe cuối tháng này.' });
    const page = await listApprovedComments({ articleId: story.id });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ id: question.id, staff: false });
    expect(page.items[0].replies).toEqual([expect.objectContaining({ id: reply.id, authorName: NEWSROOM_NAME, staff: true, body: 'Theo Sở GTVT, cầu thông xe cuối tháng này.' })]);
    const db = await getDb();
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'comment.staff_reply'), eq(auditLog.subjectId, String(reply.id))));
    expect(entry).toMatchObject({ actorId: moderator.id, after: { parent: question.id, body: reply.body } });
  });

  it('a reply to a reply goes under the same thread; a comment readers cannot see is refused', async () => {
    const story = await publishedStory();
    const top = await post(story.id, 'Bình luận gốc.');
    await approveComment({ actor: moderator, commentId: top.id });
    const first = await replyAsNewsroom({ actor: moderator, commentId: top.id, body: 'Trả lời thứ nhất.' });
    const second = await replyAsNewsroom({ actor: moderator, commentId: first.id, body: 'Trả lời thứ hai.' });
    expect(second.parentId).toBe(top.id);
    const waiting = await post(story.id, 'Chưa được duyệt.');
    await expect(replyAsNewsroom({ actor: moderator, commentId: waiting.id, body: 'Trả lời.' })).rejects.toMatchObject({ code: 'invalid_transition' });
    await expect(replyAsNewsroom({ actor: reporter, commentId: top.id, body: 'Trả lời.' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('editing a comment before approving it', () => {
  it('stores the edit, approves it, keeps the reader’s words in the audit log; undo puts both back', async () => {
    const story = await publishedStory();
    const original = 'Ai cần mua xe liên hệ 0912 345 678 nhé, bài viết rất hay.';
    const c = await post(story.id, original);
    const saved = await editAndApproveComment({ actor: moderator, commentId: c.id, body: 'Bài viết rất hay.' });
    expect(saved).toMatchObject({ status: 'approved', body: 'Bài viết rất hay.' });
    expect((await listApprovedComments({ articleId: story.id })).items.map((i) => i.body)).toEqual(['Bài viết rất hay.']);
    const db = await getDb();
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.subjectType, 'comment'), eq(auditLog.subjectId, String(c.id)))).orderBy(auditLog.id);
    expect(entries.map((e) => e.action)).toEqual(['comment.edit', 'comment.approve']);
    expect(entries[0]).toMatchObject({ actorId: moderator.id, before: { body: original }, after: { body: 'Bài viết rất hay.' } });

    await undoLastModeration({ actor: moderator });
    const [back] = await db.select().from(comments).where(eq(comments.id, c.id));
    expect(back).toMatchObject({ status: 'pending', body: original });
  });

  it('refuses to edit a rejected comment or a newsroom reply', async () => {
    const story = await publishedStory();
    const c = await post(story.id, 'Bình luận bị từ chối.');
    await rejectComment({ actor: moderator, commentId: c.id });
    await expect(editAndApproveComment({ actor: moderator, commentId: c.id, body: 'Sửa lại.' })).rejects.toMatchObject({ code: 'invalid_transition' });
    const top = await post(story.id, 'Bình luận gốc.');
    await approveComment({ actor: moderator, commentId: top.id });
    const reply = await replyAsNewsroom({ actor: moderator, commentId: top.id, body: 'Trả lời.' });
    await expect(editAndApproveComment({ actor: moderator, commentId: reply.id, body: 'Sửa trả lời.' })).rejects.toMatchObject({ code: 'invalid_transition' });
  });
});
