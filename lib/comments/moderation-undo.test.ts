import { inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { comments, type User } from '@/db/schema';
import { approveArticle, createDraft, publishArticle, submitForReview } from '@/lib/articles/desk';
import { DomainError } from '@/lib/errors';
import { createSection, createUser } from '@/test/fixtures';
import { unique, withTestDatabase } from '@/test/database';
import { moderateComments, postComment, undoLastModeration } from './comments';

const { getDb } = withTestDatabase();

let reporter: User;
let editor: User;
let moderator: User;
let admin: User;

beforeAll(async () => {
  [reporter, editor, moderator, admin] = await Promise.all([
    createUser({ role: 'reporter' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'moderator' }),
    createUser({ role: 'admin' }),
  ]);
});

async function storyWithComments(n: number) {
  const section = await createSection();
  const draft = await createDraft({
    actor: reporter,
    input: { title: unique('Bài có bình luận'), lead: 'Sapo', sectionId: section.id, body: 'Nội dung', credit: 'Bài: A' },
  });
  await submitForReview({ actor: reporter, articleId: draft.id });
  await approveArticle({ actor: editor, articleId: draft.id });
  const story = await publishArticle({ actor: editor, articleId: draft.id });
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    ids.push((await postComment({ articleId: story.id, authorName: 'Bạn đọc', body: `Ý kiến số ${i + 1}.`, ip: unique('ip') })).id);
  }
  return ids;
}

async function statusOf(ids: number[]) {
  const db = await getDb();
  const rows = await db.select({ id: comments.id, status: comments.status, moderatedBy: comments.moderatedBy }).from(comments).where(inArray(comments.id, ids));
  return Object.fromEntries(rows.map((r) => [r.id, { status: r.status, moderatedBy: r.moderatedBy }]));
}

describe('undoing a moderation batch', () => {
  it('puts back only the comments nobody decided on since, and says how many it skipped', async () => {
    const [first, second, third] = await storyWithComments(3);
    await moderateComments({ actor: moderator, commentIds: [first, second, third], verdict: 'approve' });
    // An admin looks again at one of them and rejects it.
    await moderateComments({ actor: admin, commentIds: [first], verdict: 'reject', reason: 'Xúc phạm' });

    const undone = await undoLastModeration({ actor: moderator });
    expect(undone.restored.sort()).toEqual([second, third].sort());
    expect(undone.skipped).toEqual([first]);
    const now = await statusOf([first, second, third]);
    expect(now[first]).toEqual({ status: 'rejected', moderatedBy: admin.id });
    expect(now[second]).toEqual({ status: 'pending', moderatedBy: null });
    expect(now[third]).toEqual({ status: 'pending', moderatedBy: null });
  });

  it('refuses a second undo of the same batch clearly, and changes nothing', async () => {
    const [one, two] = await storyWithComments(2);
    await moderateComments({ actor: moderator, commentIds: [one, two], verdict: 'spam' });
    await undoLastModeration({ actor: moderator });
    // Someone decides again after the undo; a second undo must not touch it.
    await moderateComments({ actor: admin, commentIds: [one], verdict: 'approve' });

    const again = undoLastModeration({ actor: moderator });
    await expect(again).rejects.toBeInstanceOf(DomainError);
    await expect(again).rejects.toMatchObject({ code: 'invalid_transition', message: 'Thao tác gần nhất của bạn đã được hoàn tác rồi.' });
    const now = await statusOf([one, two]);
    expect(now[one]).toEqual({ status: 'approved', moderatedBy: admin.id });
    expect(now[two]).toEqual({ status: 'pending', moderatedBy: null });
  });
});
