import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, comments } from '@/db/schema';
import type { Actor } from '@/lib/articles/desk';
import { isLive } from '@/lib/articles/public';
import { recordAudit } from '@/lib/audit';
import { now } from '@/lib/clock';
import { DomainError } from '@/lib/errors';
import { normaliseText } from '@/lib/text';
import { applyVerdict, assertCanModerate } from './comments';

/**
 * What the newsroom itself writes into a comment section: its replies, signed "Ban biên tập" and
 * shown at once, and a moderator's edit of a reader's comment (a phone number taken out) before
 * it is approved. Both keep the words in the audit log: who wrote the reply, what the reader wrote.
 */
export const NEWSROOM_NAME = 'Ban biên tập';

/** A reply from the desk under a comment readers can see; a reply to a reply goes under its thread. */
export async function replyAsNewsroom({ actor, commentId, body }: { actor: Actor; commentId: number; body: string }) {
  assertCanModerate(actor);
  const text = normaliseText(body).trim();
  if (!text) throw new DomainError('invalid_input', 'Vui lòng nhập nội dung trả lời.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [parent] = await tx
      .select({ id: comments.id, parentId: comments.parentId, articleId: comments.articleId, status: comments.status })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(and(eq(comments.id, commentId), isLive()));
    if (!parent) throw new DomainError('not_found', 'Không tìm thấy bình luận, hoặc bài viết không còn đăng.');
    if (parent.status !== 'approved') throw new DomainError('invalid_transition', 'Chỉ trả lời được bình luận đang hiển thị: hãy duyệt bình luận trước.');
    const at = now();
    const [reply] = await tx
      .insert(comments)
      .values({
        articleId: parent.articleId,
        parentId: parent.parentId ?? parent.id,
        authorName: NEWSROOM_NAME,
        body: text,
        status: 'approved',
        staffAuthorId: actor.id,
        moderatedBy: actor.id,
        moderatedAt: at,
      })
      .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'comment.staff_reply',
      subjectType: 'comment',
      subjectId: reply.id,
      after: { status: 'approved', parent: reply.parentId, body: reply.body },
    });
    return reply;
  });
}

/**
 * The moderator corrects a reader's comment and approves it in one act. The reader's own words stay
 * in the audit log next to the edit; "Hoàn tác" puts back both the text and the status.
 */
export async function editAndApproveComment({ actor, commentId, body }: { actor: Actor; commentId: number; body: string }) {
  assertCanModerate(actor);
  const text = normaliseText(body).trim();
  if (!text) throw new DomainError('invalid_input', 'Nội dung bình luận không được để trống.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [comment] = await tx.select().from(comments).where(eq(comments.id, commentId)).for('update');
    if (!comment) throw new DomainError('not_found', 'Không tìm thấy bình luận.');
    if (comment.staffAuthorId) throw new DomainError('invalid_transition', 'Đây là trả lời của Ban biên tập, không phải bình luận của bạn đọc.');
    if (comment.status === 'rejected' || comment.status === 'spam') throw new DomainError('invalid_transition', 'Bình luận đã bị từ chối: không sửa để duyệt được.');
    const batch = crypto.randomUUID();
    if (text !== comment.body) {
      await tx.update(comments).set({ body: text }).where(eq(comments.id, commentId));
      await recordAudit(tx, { actorId: actor.id, action: 'comment.edit', subjectType: 'comment', subjectId: commentId, before: { body: comment.body }, after: { body: text, batch } });
    }
    const [saved] = await applyVerdict(tx, { actor, commentIds: [commentId], verdict: 'approve', batch });
    return saved;
  });
}
