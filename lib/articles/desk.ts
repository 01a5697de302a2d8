import 'server-only';
import { and, desc, eq, inArray, like, or } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import {
  type Article,
  type ArticleStatus,
  articleCredits,
  articleNotes,
  articleRevisions,
  articles,
  sections,
  type User,
  users,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { normaliseLine, normaliseText, slugify } from '@/lib/text';
import { parseCreditNames } from './credits';
import { plainToDoc, renderRichText, richTextToPlain } from './rich-text';
import { canEditArticle, checkMove, type Move, moves, movesNeedingReason } from './workflow';

export type Actor = Pick<User, 'id' | 'role'>;

export type DraftInput = {
  title: string;
  lead: string;
  sectionId: number;
  /** The desk's plain-text body (see plainToDoc). */
  body: string;
  credit: string;
};

async function uniqueSlug(tx: Tx, title: string, exceptId?: number): Promise<string> {
  const base = slugify(title) || 'bai-viet';
  const taken = await tx
    .select({ id: articles.id, slug: articles.slug })
    .from(articles)
    .where(or(eq(articles.slug, base), like(articles.slug, `${base}-%`)));
  const used = new Set(taken.filter((r) => r.id !== exceptId).map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

async function assertSection(tx: Tx, sectionId: number) {
  const [section] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, sectionId));
  if (!section) throw new DomainError('invalid_input', 'Chuyên mục không tồn tại.');
}

function contentFields(input: DraftInput, previousBody?: Article['body']) {
  const body = plainToDoc(input.body, previousBody);
  return {
    title: normaliseLine(input.title),
    lead: normaliseText(input.lead).trim(),
    credit: normaliseLine(input.credit),
    sectionId: input.sectionId,
    body,
    bodyHtml: renderRichText(body),
    bodyText: richTextToPlain(body),
  };
}

/** The author pages read the people of the credit line from here. */
export async function syncCredits(tx: Tx, articleId: number, credit: string) {
  await tx.delete(articleCredits).where(eq(articleCredits.articleId, articleId));
  const people = parseCreditNames(credit);
  if (people.length) await tx.insert(articleCredits).values(people.map((p) => ({ articleId, ...p })));
}

async function keepRevision(tx: Tx, article: Article, savedBy: number, stale = false) {
  await tx.insert(articleRevisions).values({
    articleId: article.id,
    version: article.version,
    title: article.title,
    lead: article.lead,
    body: article.body,
    credit: article.credit,
    sectionId: article.sectionId,
    savedBy,
    stale,
  });
}

export async function createDraft({ actor, input }: { actor: Actor; input: DraftInput }): Promise<Article> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertSection(tx, input.sectionId);
    const fields = contentFields(input);
    const [article] = await tx
      .insert(articles)
      .values({ ...fields, slug: await uniqueSlug(tx, fields.title), authorId: actor.id, status: 'draft' })
      .returning();
    await keepRevision(tx, article, actor.id);
    await syncCredits(tx, article.id, article.credit);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'article.create',
      subjectType: 'article',
      subjectId: article.id,
      after: { title: article.title, status: article.status },
    });
    return article;
  });
}

/**
 * Saves the words of a story. `version` is the one the editor started from: if someone saved in
 * between, the save is refused as a conflict and the stale text is kept as a revision, so nothing is lost.
 */
export async function saveDraft({
  actor,
  articleId,
  version,
  input,
}: {
  actor: Actor;
  articleId: number;
  version: number;
  input: DraftInput;
}): Promise<Article> {
  const db = await getDb();
  const outcome = await db.transaction(async (tx) => {
    const [current] = await tx.select().from(articles).where(eq(articles.id, articleId)).for('update');
    if (!current) throw new DomainError('not_found', 'Không tìm thấy bài viết.');
    if (!canEditArticle(current, actor)) {
      throw new DomainError('forbidden', 'Bạn không thể sửa bài này ở trạng thái hiện tại.');
    }
    await assertSection(tx, input.sectionId);
    const fields = contentFields(input, current.body);
    if (current.version !== version) {
      await keepRevision(tx, { ...current, ...fields, version }, actor.id, true);
      return { conflict: true as const };
    }
    const [saved] = await tx
      .update(articles)
      .set({
        ...fields,
        slug: current.status === 'published' ? current.slug : await uniqueSlug(tx, fields.title, current.id),
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(articles.id, articleId), eq(articles.version, version)))
      .returning();
    await keepRevision(tx, saved, actor.id);
    await syncCredits(tx, saved.id, saved.credit);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'article.save',
      subjectType: 'article',
      subjectId: articleId,
      before: { version: current.version, title: current.title },
      after: { version: saved.version, title: saved.title },
    });
    return { conflict: false as const, saved };
  });
  if (outcome.conflict) {
    throw new DomainError(
      'conflict',
      'Bài đã được người khác lưu trong lúc bạn sửa. Bản của bạn đã được giữ lại trong lịch sử phiên bản; hãy tải lại bài để xem bản mới nhất.',
    );
  }
  return outcome.saved;
}

const refusals = {
  forbidden: 'Bạn không có quyền thực hiện thao tác này.',
  not_owner: 'Bạn chỉ có thể gửi duyệt bài của chính mình.',
  illegal: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của bài.',
} as const;

/**
 * Moves a story along the sign-off chain. Checked against the permission table and the state
 * machine, recorded in the audit log (and a review note when there is a reason) in one transaction.
 */
export async function moveArticle({
  actor,
  articleId,
  move,
  reason,
  publishAt,
  now = new Date(),
}: {
  actor: Actor;
  articleId: number;
  move: Move;
  reason?: string;
  publishAt?: Date;
  now?: Date;
}): Promise<Article> {
  const note = reason ? normaliseText(reason).trim() : '';
  if (movesNeedingReason.includes(move) && !note) {
    throw new DomainError('invalid_input', 'Vui lòng ghi rõ lý do.');
  }
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(articles).where(eq(articles.id, articleId)).for('update');
    if (!current) throw new DomainError('not_found', 'Không tìm thấy bài viết.');
    const check = checkMove(move, current, actor);
    if (!check.ok) {
      throw new DomainError(check.reason === 'illegal' ? 'invalid_transition' : 'forbidden', refusals[check.reason]);
    }
    const changes: Partial<Article> = { status: check.to, updatedAt: now };
    if (move === 'publish') {
      const at = publishAt && publishAt > now ? publishAt : now;
      changes.publishAt = at;
      changes.publishedAt = current.publishedAt && at <= now ? current.publishedAt : at;
    }
    const [saved] = await tx.update(articles).set(changes).where(eq(articles.id, articleId)).returning();
    if (note) {
      await tx.insert(articleNotes).values({
        articleId,
        authorId: actor.id,
        kind: move === 'return' ? 'return' : move === 'unpublish' ? 'takedown' : 'note',
        body: note,
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: `article.${move}`,
      subjectType: 'article',
      subjectId: articleId,
      before: { status: current.status },
      after: { status: saved.status, publishAt: saved.publishAt, reason: note || undefined },
    });
    return saved;
  });
}

export const submitForReview = (a: { actor: Actor; articleId: number }) => moveArticle({ ...a, move: 'submit' });
export const returnToReporter = (a: { actor: Actor; articleId: number; reason: string }) =>
  moveArticle({ ...a, move: 'return' });
export const approveArticle = (a: { actor: Actor; articleId: number }) => moveArticle({ ...a, move: 'approve' });
export const publishArticle = (a: { actor: Actor; articleId: number; publishAt?: Date; now?: Date }) =>
  moveArticle({ ...a, move: 'publish' });
export const unpublishArticle = (a: { actor: Actor; articleId: number; reason: string }) =>
  moveArticle({ ...a, move: 'unpublish' });

export { moves };

export type DeskArticleRow = {
  id: number;
  title: string;
  status: ArticleStatus;
  updatedAt: Date;
  publishedAt: Date | null;
  sectionName: string;
  authorName: string;
};

const deskRow = {
  id: articles.id,
  title: articles.title,
  status: articles.status,
  updatedAt: articles.updatedAt,
  publishedAt: articles.publishedAt,
  sectionName: sections.name,
  authorName: users.name,
};

export async function listMyArticles({ authorId }: { authorId: number }): Promise<DeskArticleRow[]> {
  const db = await getDb();
  return db
    .select(deskRow)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(eq(articles.authorId, authorId))
    .orderBy(desc(articles.updatedAt))
    .limit(200);
}

export async function listArticlesByStatus({ statuses }: { statuses: ArticleStatus[] }): Promise<DeskArticleRow[]> {
  const db = await getDb();
  return db
    .select(deskRow)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(inArray(articles.status, statuses))
    .orderBy(desc(articles.updatedAt))
    .limit(200);
}

export async function getArticleForDesk({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ article: articles, authorName: users.name, section: sections })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id));
  if (!row) return null;
  const notes = await db
    .select({ id: articleNotes.id, kind: articleNotes.kind, body: articleNotes.body, createdAt: articleNotes.createdAt, authorName: users.name })
    .from(articleNotes)
    .innerJoin(users, eq(users.id, articleNotes.authorId))
    .where(eq(articleNotes.articleId, id))
    .orderBy(desc(articleNotes.createdAt));
  return { ...row, notes };
}

/** An editor pins a live story to the top of the front page (rank 1 leads), or unpins it (null). */
export async function pinToFrontPage({ actor, articleId, rank }: { actor: Actor; articleId: number; rank: number | null }) {
  if (!can(actor.role, 'article.publish')) throw new DomainError('forbidden', 'Bạn không có quyền ghim bài lên trang nhất.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(articles).where(eq(articles.id, articleId)).for('update');
    if (!current) throw new DomainError('not_found', 'Không tìm thấy bài viết.');
    if (rank !== null && current.status !== 'published') {
      throw new DomainError('invalid_transition', 'Chỉ ghim được bài đã xuất bản.');
    }
    const [saved] = await tx.update(articles).set({ pinnedRank: rank }).where(eq(articles.id, articleId)).returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: rank === null ? 'article.unpin' : 'article.pin',
      subjectType: 'article',
      subjectId: articleId,
      before: { pinnedRank: current.pinnedRank },
      after: { pinnedRank: saved.pinnedRank },
    });
    return saved;
  });
}
