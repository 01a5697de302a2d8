import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articleNotes, articles, type Role } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can } from '@/lib/auth/permissions';
import { now as clockNow } from '@/lib/clock';
import { DomainError } from '@/lib/errors';
import { normaliseText } from '@/lib/text';
import { isScheduled } from './workflow';

/**
 * A correction (đính chính) on a published story: shown dated on the public article, newest first.
 * Kept as an article note of kind "correction", so the desk's notes thread shows it too.
 */
export async function publishCorrection({ actor, articleId, text }: { actor: { id: number; role: Role }; articleId: number; text: string }) {
  if (!can(actor.role, 'article.correct')) throw new DomainError('forbidden', 'Bạn không có quyền đăng đính chính.');
  const body = normaliseText(text).trim();
  if (body.length < 5) throw new DomainError('invalid_input', 'Nội dung đính chính cần ít nhất 5 ký tự.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ id: articles.id, status: articles.status, publishedAt: articles.publishedAt })
      .from(articles)
      .where(eq(articles.id, articleId))
      .for('update');
    if (!current) throw new DomainError('not_found', 'Không tìm thấy bài viết.');
    if (current.status !== 'published') throw new DomainError('invalid_transition', 'Chỉ đăng đính chính cho bài đã xuất bản.');
    if (isScheduled(current, clockNow())) throw new DomainError('invalid_transition', 'Bài hẹn giờ chưa lên trang báo: sửa thẳng vào bài, không cần đính chính.');
    const [note] = await tx.insert(articleNotes).values({ articleId, authorId: actor.id, kind: 'correction', body, createdAt: clockNow() }).returning();
    await recordAudit(tx, { actorId: actor.id, action: 'article.correct', subjectType: 'article', subjectId: articleId, after: { correction: body } });
    return note;
  });
}

/** The corrections a reader sees under the story, newest first. */
export async function listCorrections({ articleId }: { articleId: number }) {
  const db = await getDb();
  return db
    .select({ id: articleNotes.id, body: articleNotes.body, createdAt: articleNotes.createdAt })
    .from(articleNotes)
    .where(and(eq(articleNotes.articleId, articleId), eq(articleNotes.kind, 'correction')))
    .orderBy(desc(articleNotes.createdAt), desc(articleNotes.id));
}
