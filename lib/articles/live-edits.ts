import 'server-only';
import { desc, eq, getTableColumns } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { type Article, articleCredits, articleNotes, articleTags, articleRevisions, articles, type PendingEdit, type Role } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can } from '@/lib/auth/permissions';
import { now as clockNow } from '@/lib/clock';
import { DomainError } from '@/lib/errors';
import { findOrCreateTags } from '@/lib/tags';
import { normaliseText } from '@/lib/text';
import { getSignoffChain } from './chain';
import { parseCreditNames } from './credits';
import { countBodyWords } from './diff';
import { signedOffTextDiffers } from './signed-off';
import { checkSignoffMove, type SignoffChain } from './signoff';
import { noticeForMove } from './signoff-notices';
import { pendingEditApproversOf } from './signoff-trail';

/**
 * Editing a live story: the new text does not replace what readers see. It is kept on the article
 * as a pending edit (any content columns, so new ones keep working) and climbs the sign-off chain
 * on its own; the published text stays live until the edit is approved and published.
 */

type Actor = { id: number; role: Role };
export type LiveEditMove = 'approve' | 'return' | 'publish' | 'discard';

export const liveEditMoveLabels: Record<LiveEditMove, string> = {
  approve: 'Duyệt bản sửa',
  return: 'Trả bản sửa',
  publish: 'Xuất bản bản sửa',
  discard: 'Bỏ bản sửa',
};

/** What the person is told after a step of a pending edit. */
export const liveEditMoveMessages: Record<LiveEditMove, string> = {
  approve: 'Đã duyệt bản sửa.',
  return: 'Đã trả bản sửa cho người sửa.',
  publish: 'Đã xuất bản bản sửa, bạn đọc thấy bản mới.',
  discard: 'Đã bỏ bản sửa, bài giữ bản đang đăng.',
};

/** Columns an edit may carry: every column of articles except the ones the workflow owns. */
const workflowOwned = new Set(['id', 'slug', 'authorId', 'status', 'publishAt', 'publishedAt', 'version', 'viewCount', 'pinnedRank', 'reviewLevel', 'pendingEdit', 'searchVector', 'createdAt', 'updatedAt']);
const contentColumns = Object.keys(getTableColumns(articles)).filter((k) => !workflowOwned.has(k));

function contentOnly(fields: Record<string, unknown>): Partial<Article> {
  return Object.fromEntries(Object.entries(fields).filter(([k]) => contentColumns.includes(k) && fields[k] !== undefined)) as Partial<Article>;
}

/** Tags live in their own table: an edit carries their names under `tags`, applied on publish. */
function tagsOf(fields: Record<string, unknown>): string[] | undefined {
  return Array.isArray(fields.tags) ? fields.tags.filter((t): t is string => typeof t === 'string') : undefined;
}

export function pendingTagsOf(article: Pick<Article, 'pendingEdit' | 'status'>): string[] | undefined {
  return article.status === 'published' && article.pendingEdit ? tagsOf(article.pendingEdit.fields) : undefined;
}

/** What the desk editor shows: the pending edit if there is one, else the live text. */
export function textForEditor<A extends Pick<Article, 'pendingEdit' | 'status'>>(article: A): A {
  return article.status === 'published' && article.pendingEdit ? { ...article, ...contentOnly(article.pendingEdit.fields) } : article;
}

/** Sign-off hook of saveDraft: keeps the edit of a published story pending, back at the first level. */
export async function keepLiveEdit(tx: Tx, { actor, current, fields }: { actor: Actor; current: Article; fields: Record<string, unknown> }): Promise<Article> {
  const tags = tagsOf(fields);
  const edit: PendingEdit = { fields: { ...contentOnly(fields), ...(tags ? { tags } : {}) }, status: 'in_review', level: 1, savedBy: actor.id, savedAt: new Date().toISOString() };
  const [saved] = await tx
    .update(articles)
    .set({ pendingEdit: edit, version: current.version + 1 })
    .where(eq(articles.id, current.id))
    .returning();
  await recordAudit(tx, {
    actorId: actor.id,
    action: 'article.editSubmit',
    subjectType: 'article',
    subjectId: current.id,
    before: { version: current.version, pendingEdit: current.pendingEdit?.status ?? null },
    after: { version: saved.version, title: (edit.fields as Partial<Article>).title, pendingEdit: 'in_review' },
  });
  // Autosave may save often: tell the first level once, when the edit (re)enters review.
  const alreadyWaiting = current.pendingEdit?.status === 'in_review' && current.pendingEdit.level === 1;
  if (!alreadyWaiting) {
    const chain = await getSignoffChain({ tx, sectionId: current.sectionId });
    await noticeForMove(tx, { actor, move: 'submit', before: current, after: { ...saved, title: String(edit.fields.title ?? saved.title) }, chain, now: clockNow(), edit: true });
  }
  return saved;
}

/**
 * A pending edit lives only while its story stays live. Taking the story down, trashing it,
 * publishing it again or saving it while it is down resolves the edit: its text is kept in the
 * history (where anyone can restore it) and it is cleared, so it can never come back later over a
 * newer text. Recorded in the audit log with the reason.
 */
export async function setAsidePendingEdit(tx: Tx, { actor, current, because }: { actor: Actor; current: Article; because: string }): Promise<void> {
  const edit = current.pendingEdit;
  if (!edit) return;
  const text = { ...current, ...contentOnly(edit.fields) };
  const [latest] = await tx.select().from(articleRevisions).where(eq(articleRevisions.articleId, current.id)).orderBy(desc(articleRevisions.id)).limit(1);
  // Saving the edit kept its text already; a second copy would only clutter the history.
  if (!latest || signedOffTextDiffers(latest, text)) {
    await tx.insert(articleRevisions).values({
      articleId: current.id,
      version: current.version,
      title: text.title,
      lead: text.lead,
      body: text.body,
      credit: text.credit,
      sectionId: text.sectionId,
      savedBy: edit.savedBy,
      words: countBodyWords(text.body),
    });
  }
  await tx.update(articles).set({ pendingEdit: null }).where(eq(articles.id, current.id));
  await recordAudit(tx, {
    actorId: actor.id,
    action: 'article.editSetAside',
    subjectType: 'article',
    subjectId: current.id,
    before: { pendingEdit: edit.status, level: edit.level, title: text.title },
    after: { pendingEdit: null, because },
  });
}

/** Moves a pending edit sits at for this person (the editor page's buttons). */
export function availableLiveEditMoves(article: Pick<Article, 'status' | 'authorId' | 'pendingEdit'>, actor: Actor, chain: SignoffChain): LiveEditMove[] {
  const edit = article.pendingEdit;
  if (!edit || article.status !== 'published') return [];
  const story = { status: edit.status, authorId: article.authorId, reviewLevel: edit.level } as const;
  const moves = (['approve', 'return', 'publish'] as const).filter((m) => checkSignoffMove(m, story, actor, chain).ok);
  return can(actor.role, 'article.editAny') ? [...moves, 'discard'] : moves;
}

export async function moveLiveEdit({
  actor,
  articleId,
  move,
  reason,
}: {
  actor: Actor;
  articleId: number;
  move: LiveEditMove;
  reason?: string;
}): Promise<Article> {
  const note = reason ? normaliseText(reason).trim() : '';
  if (move === 'return' && !note) throw new DomainError('invalid_input', 'Vui lòng ghi rõ lý do.');
  const at = clockNow();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(articles).where(eq(articles.id, articleId)).for('update');
    if (!current) throw new DomainError('not_found', 'Không tìm thấy bài viết.');
    const edit = current.pendingEdit;
    if (!edit || current.status !== 'published') throw new DomainError('invalid_transition', 'Bài không có bản sửa nào đang chờ duyệt.');
    const chain = await getSignoffChain({ tx, sectionId: current.sectionId });
    if (move === 'discard') {
      if (!can(actor.role, 'article.editAny')) throw new DomainError('forbidden', 'Bạn không có quyền thực hiện thao tác này.');
      const [saved] = await tx.update(articles).set({ pendingEdit: null, version: current.version + 1 }).where(eq(articles.id, articleId)).returning();
      await recordAudit(tx, { actorId: actor.id, action: 'article.editDiscard', subjectType: 'article', subjectId: articleId, before: { pendingEdit: edit.status }, after: { pendingEdit: null } });
      return saved;
    }
    const approvedBy = move === 'approve' && chain.distinctApprovers ? await pendingEditApproversOf(tx, articleId) : [];
    const check = checkSignoffMove(move, { status: edit.status, authorId: current.authorId, reviewLevel: edit.level, approvedBy }, actor, chain);
    if (!check.ok) {
      throw new DomainError(
        check.reason === 'illegal' ? 'invalid_transition' : 'forbidden',
        check.reason === 'illegal'
          ? 'Không thể thực hiện thao tác này ở trạng thái hiện tại của bản sửa.'
          : check.reason === 'not_your_level'
            ? 'Bản sửa đang chờ duyệt ở một cấp khác: bạn không duyệt ở cấp này.'
            : check.reason === 'same_person'
              ? 'Bạn đã duyệt bản sửa này ở một cấp trước. Quy trình yêu cầu mỗi cấp do một người khác duyệt.'
              : 'Bạn không có quyền thực hiện thao tác này.',
      );
    }
    let saved: Article;
    if (move === 'publish') {
      // The edit becomes the live text: a revision is kept, credits follow, the edit is gone.
      const fields = contentOnly(edit.fields);
      [saved] = await tx
        .update(articles)
        .set({ ...fields, pendingEdit: null, version: current.version + 1, updatedAt: at })
        .where(eq(articles.id, articleId))
        .returning();
      await tx.insert(articleRevisions).values({
        articleId,
        version: saved.version,
        title: saved.title,
        lead: saved.lead,
        body: saved.body,
        credit: saved.credit,
        sectionId: saved.sectionId,
        savedBy: actor.id,
      });
      const tags = tagsOf(edit.fields);
      if (tags) {
        const found = await findOrCreateTags({ actor, names: tags, tx });
        await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
        if (found.length) await tx.insert(articleTags).values(found.map((t) => ({ articleId, tagId: t.id })));
      }
      await tx.delete(articleCredits).where(eq(articleCredits.articleId, articleId));
      const people = parseCreditNames(saved.credit);
      if (people.length) await tx.insert(articleCredits).values(people.map((p) => ({ articleId, ...p })));
    } else {
      const next: PendingEdit = { ...edit, status: check.to as PendingEdit['status'], level: check.level };
      [saved] = await tx.update(articles).set({ pendingEdit: next }).where(eq(articles.id, articleId)).returning();
    }
    if (note) {
      await tx.insert(articleNotes).values({ articleId, authorId: actor.id, kind: 'return', body: `Bản sửa bị trả lại: ${note}` });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: `article.edit${move[0].toUpperCase()}${move.slice(1)}`,
      subjectType: 'article',
      subjectId: articleId,
      before: { pendingEdit: edit.status, level: edit.level },
      after: { pendingEdit: saved.pendingEdit?.status ?? null, level: saved.pendingEdit?.level ?? null, reason: note || undefined },
    });
    const title = String(edit.fields.title ?? current.title);
    await noticeForMove(tx, {
      actor,
      move,
      before: { reviewLevel: edit.level },
      after: { ...saved, title, status: move === 'publish' ? 'published' : check.to, reviewLevel: check.level, publishedAt: null },
      chain,
      reason: note,
      now: at,
      edit: true,
    });
    return saved;
  });
}
