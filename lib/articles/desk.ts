import 'server-only';
import { and, desc, eq, inArray, like, or } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import {
  type Article,
  type ArticleStatus,
  type CommentsMode,
  type RichDoc,
  articleCredits,
  articleTags,
  media,
  tags,
  articleNotes,
  articleRevisions,
  articles,
  auditLog,
  sections,
  type User,
  users,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { normaliseLine, normaliseText, slugify } from '@/lib/text';
import { parseCreditNames } from './credits';
import { countBodyWords } from './diff';
import { findOrCreateTags } from '@/lib/tags';
import { rememberFigureDetails } from '@/lib/media/library';
import { figuresOf, plainToDoc, renderRichText, richTextToPlain, sanitiseDoc } from './rich-text';
import { canEditArticle, isScheduled, type Move, moves, movesNeedingReason, movesNeedingTime, statusLabels } from './workflow';
import { assertCanReadOnDesk, canReadOnDesk, readableOnDesk } from './access';
import { carriesApproval, signedOffTextDiffers } from './signed-off';
// Sign-off chain, notices and live edits live in their own modules (hooks marked "sign-off hook").
import { getSignoffChain } from './chain';
import { checkSignoffMove, moveMessage } from './signoff';
import { approversThisRound } from './signoff-trail';
import { noticeForMove } from './signoff-notices';
import { keepLiveEdit, setAsidePendingEdit } from './live-edits';
import { now as clockNow } from '@/lib/clock';

export type Actor = Pick<User, 'id' | 'role'>;

export type DraftInput = {
  title: string;
  lead: string;
  /** Null while a draft has none yet (see sectionRequired). */
  sectionId: number | null;
  /** The editor's document (cleaned by sanitiseDoc), or plain text with one paragraph a line. */
  body: RichDoc | string;
  credit: string;
  /** The fields below keep their stored value when left out. */
  tags?: string[];
  /** Empty: made from the title (kept once the story is live). */
  slug?: string;
  seoTitle?: string;
  seoDescription?: string;
  coverMediaId?: number | null;
  commentsMode?: CommentsMode | 'inherit';
};

export type SaveOptions = { autosave?: boolean };

async function uniqueSlug(tx: Tx, title: string, exceptId?: number): Promise<string> {
  const base = slugify(title) || 'bai-viet';
  return firstFreeSlug(tx, base, exceptId);
}

async function firstFreeSlug(tx: Tx, base: string, exceptId?: number): Promise<string> {
  const taken = await tx
    .select({ id: articles.id, slug: articles.slug })
    .from(articles)
    .where(or(eq(articles.slug, base), like(articles.slug, `${base}-%`)));
  const used = new Set(taken.filter((r) => r.id !== exceptId).map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Why a story without a section may not be in this state: only a draft (or a binned one) may lack it. */
export const sectionRequired = {
  submit: 'Chọn chuyên mục cho bài trước khi gửi duyệt.',
  save: 'Bài đã gửi duyệt cần có chuyên mục.',
} as const;

export function needsSection(status: ArticleStatus): boolean {
  return status !== 'draft' && status !== 'trashed';
}

async function assertSection(tx: Tx, sectionId: number | null) {
  if (sectionId === null) return;
  const [section] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, sectionId));
  if (!section) throw new DomainError('invalid_input', 'Chuyên mục không tồn tại.');
}

async function assertCover(tx: Tx, mediaId: number | null | undefined) {
  if (!mediaId) return;
  const [found] = await tx.select({ id: media.id }).from(media).where(eq(media.id, mediaId));
  if (!found) throw new DomainError('invalid_input', 'Ảnh đại diện không còn trong thư viện ảnh.');
}

/**
 * The slug a save leaves on the story: one typed by hand must be free (the writer chose it); one
 * made from the title gets a number if taken. A story that has been live (published, scheduled, or
 * taken down) keeps its address unless changed by hand (the old address still redirects, the id is in it).
 */
async function slugFor(tx: Tx, input: DraftInput, title: string, current?: Article): Promise<string> {
  const typed = slugify(input.slug ?? '');
  if (typed && typed !== current?.slug) {
    const free = await firstFreeSlug(tx, typed, current?.id);
    if (free !== typed) throw new DomainError('invalid_input', `Đường dẫn “${typed}” đã có bài khác dùng.`);
    return typed;
  }
  if (current && (current.status === 'published' || current.publishedAt || input.slug)) return current.slug;
  return uniqueSlug(tx, title, current?.id);
}

function contentFields(input: DraftInput) {
  const body = typeof input.body === 'string' ? plainToDoc(input.body) : sanitiseDoc(input.body);
  const optional = (v: string | undefined) => (v === undefined ? undefined : normaliseLine(v) || null);
  return {
    title: normaliseLine(input.title),
    lead: normaliseText(input.lead).trim(),
    credit: normaliseLine(input.credit),
    sectionId: input.sectionId,
    body,
    bodyHtml: renderRichText(body),
    bodyText: richTextToPlain(body),
    seoTitle: optional(input.seoTitle),
    seoDescription: optional(input.seoDescription),
    coverMediaId: input.coverMediaId,
    commentsMode: input.commentsMode === undefined ? undefined : input.commentsMode === 'inherit' ? null : input.commentsMode,
  };
}

/** The story's tags: found by their slug (so "Hà Nội" and "ha noi" are one tag) or created. */
async function syncTags(tx: Tx, actor: Actor, articleId: number, names: string[] | undefined) {
  if (names === undefined) return;
  const found = await findOrCreateTags({ actor, names, tx });
  await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
  if (found.length) await tx.insert(articleTags).values(found.map((t) => ({ articleId, tagId: t.id })));
}

/** The author pages read the people of the credit line from here. */
export async function syncCredits(tx: Tx, articleId: number, credit: string) {
  await tx.delete(articleCredits).where(eq(articleCredits.articleId, articleId));
  const people = parseCreditNames(credit);
  if (people.length) await tx.insert(articleCredits).values(people.map((p) => ({ articleId, ...p })));
}

/** A sitting of autosaves by one person is kept as one revision, refreshed, for 10 minutes. */
const AUTOSAVE_SITTING_MS = 10 * 60_000;

async function keepRevision(tx: Tx, article: Article, savedBy: number, stale = false, autosave = false) {
  // Counted here, once, so the history lists word counts without reading every body.
  const words = countBodyWords(article.body);
  if (autosave && !stale) {
    const [last] = await tx
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, article.id))
      .orderBy(desc(articleRevisions.id))
      .limit(1);
    if (last && last.autosave && !last.stale && last.savedBy === savedBy && Date.now() - last.createdAt.getTime() < AUTOSAVE_SITTING_MS) {
      await tx
        .update(articleRevisions)
        .set({ version: article.version, title: article.title, lead: article.lead, body: article.body, credit: article.credit, sectionId: article.sectionId, words })
        .where(eq(articleRevisions.id, last.id));
      return;
    }
  }
  await tx.insert(articleRevisions).values({
    autosave,
    articleId: article.id,
    version: article.version,
    title: article.title,
    lead: article.lead,
    body: article.body,
    credit: article.credit,
    sectionId: article.sectionId,
    savedBy,
    stale,
    words,
  });
}

/**
 * A save refused after its text was kept in the history as a stale revision: someone saved the
 * story first (a version conflict), or the story moved on while this person typed (trashed,
 * submitted, taken down). `moved` tells the two apart; nothing typed is lost either way.
 */
export class RefusedSave extends DomainError {
  constructor(
    message: string,
    readonly moved: boolean,
  ) {
    super('conflict', message);
  }
}

const keptInHistory = 'Bản của bạn đã được giữ lại trong lịch sử phiên bản';

function movedMessage(status: Article['status']) {
  return status === 'trashed'
    ? `Bài đã bị chuyển vào thùng rác trong lúc bạn sửa nên không lưu được. ${keptInHistory}.`
    : `Bài đã chuyển sang trạng thái “${statusLabels[status]}” trong lúc bạn sửa nên bạn không lưu được nữa. ${keptInHistory}.`;
}

export async function createDraft({ actor, input }: { actor: Actor; input: DraftInput }): Promise<Article> {
  if (!can(actor.role, 'article.create')) throw new DomainError('forbidden', refusals.forbidden);
  const db = await getDb();
  return db.transaction((tx) => createDraftIn(tx, { actor, input }));
}

/** createDraft inside the caller's transaction (a draft written from a topic is linked in the same one). */
export async function createDraftIn(tx: Tx, { actor, input }: { actor: Actor; input: DraftInput }): Promise<Article> {
  if (!can(actor.role, 'article.create')) throw new DomainError('forbidden', refusals.forbidden);
  await assertSection(tx, input.sectionId);
  await assertCover(tx, input.coverMediaId);
  const fields = contentFields(input);
  await rememberFigureDetails(tx, { actor, figures: figuresOf(fields.body) });
  const [article] = await tx
    .insert(articles)
    .values({ ...fields, slug: await slugFor(tx, input, fields.title), authorId: actor.id, status: 'draft' })
    .returning();
  await keepRevision(tx, article, actor.id);
  await syncCredits(tx, article.id, article.credit);
  await syncTags(tx, actor, article.id, input.tags);
  await recordAudit(tx, {
    actorId: actor.id,
    action: 'article.create',
    subjectType: 'article',
    subjectId: article.id,
    after: { title: article.title, status: article.status },
  });
  return article;
}

/**
 * Saves the words of a story: the one save path (the editor, restores from the history). `version`
 * is the one the editor started from: if someone saved in between, or the story moved to a state
 * this person cannot edit, the save is refused and the text is kept as a stale revision, so nothing
 * is lost. A change of the signed-off text of an approved story sends it back to the first level.
 */
export async function saveDraft({
  actor,
  articleId,
  version,
  input,
  autosave = false,
}: {
  actor: Actor;
  articleId: number;
  version: number;
  input: DraftInput;
} & SaveOptions): Promise<Article> {
  const db = await getDb();
  const outcome = await db.transaction(async (tx) => {
    const [current] = await tx.select().from(articles).where(eq(articles.id, articleId)).for('update');
    if (!current) throw new DomainError('not_found', 'Không tìm thấy bài viết.');
    const editable = canEditArticle(current, actor);
    // Someone who never could edit this story leaves nothing in its history.
    if (!editable && !canReadOnDesk(current, actor)) {
      throw new DomainError('forbidden', 'Bạn không thể sửa bài này ở trạng thái hiện tại.');
    }
    await assertSection(tx, input.sectionId);
    const fields = contentFields(input);
    if (editable && current.version === version && fields.sectionId === null && needsSection(current.status)) {
      throw new DomainError('invalid_input', sectionRequired.save, { sectionId: [sectionRequired.save] });
    }
    if (!editable || current.version !== version) {
      await keepRevision(tx, { ...current, ...definedOnly(fields), version }, actor.id, true);
      return { refused: editable ? ('conflict' as const) : ('moved' as const), status: current.status };
    }
    await assertCover(tx, input.coverMediaId);
    await rememberFigureDetails(tx, { actor, figures: figuresOf(fields.body) });
    // Sign-off hook: a live story's edit waits for sign-off; readers keep the published text.
    if (current.status === 'published') {
      const saved = await keepLiveEdit(tx, { actor, current, fields: { ...definedOnly(fields), tags: input.tags } });
      await keepRevision(tx, { ...current, ...definedOnly(fields), version: saved.version }, actor.id, false, autosave);
      return { refused: false as const, saved };
    }
    // Sign-off hook: words no approver saw climb the chain again, from the first level.
    const reviewAgain = carriesApproval(current) && signedOffTextDiffers(current, fields);
    // A pending edit left on a story that is no longer live (kept before this rule) is set aside.
    await setAsidePendingEdit(tx, { actor, current, because: 'save' });
    const [saved] = await tx
      .update(articles)
      .set({
        ...fields,
        slug: await slugFor(tx, input, fields.title, current),
        version: current.version + 1,
        updatedAt: new Date(),
        ...(reviewAgain ? { status: 'in_review' as const, reviewLevel: 1 } : {}),
      })
      .where(and(eq(articles.id, articleId), eq(articles.version, version)))
      .returning();
    await keepRevision(tx, saved, actor.id, false, autosave);
    await syncCredits(tx, saved.id, saved.credit);
    await syncTags(tx, actor, saved.id, input.tags);
    await recordAudit(tx, {
      actorId: actor.id,
      action: autosave ? 'article.autosave' : 'article.save',
      subjectType: 'article',
      subjectId: articleId,
      before: { version: current.version, title: current.title },
      after: { version: saved.version, title: saved.title },
    });
    if (reviewAgain) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'article.reviewAgain',
        subjectType: 'article',
        subjectId: articleId,
        before: { status: current.status, reviewLevel: current.reviewLevel },
        after: { status: saved.status, reviewLevel: saved.reviewLevel },
      });
      const chain = await getSignoffChain({ tx, sectionId: saved.sectionId });
      await noticeForMove(tx, { actor, move: 'submit', before: current, after: saved, chain, now: clockNow() });
    }
    return { refused: false as const, saved };
  });
  if (outcome.refused) {
    const moved = outcome.refused === 'moved';
    throw new RefusedSave(
      moved ? movedMessage(outcome.status) : `Bài đã được người khác lưu trong lúc bạn sửa. ${keptInHistory}; hãy tải lại bài để xem bản mới nhất.`,
      moved,
    );
  }
  return outcome.saved;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const refusals = {
  forbidden: 'Bạn không có quyền thực hiện thao tác này.',
  not_owner: 'Bạn chỉ có thể gửi duyệt bài của chính mình.',
  illegal: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của bài.',
  not_your_level: 'Bài đang chờ duyệt ở một cấp khác: bạn không duyệt ở cấp này.',
  not_author: 'Chỉ người viết mới rút được bài đã gửi duyệt.',
  same_person: 'Bạn đã duyệt bài này ở một cấp trước. Quy trình yêu cầu mỗi cấp do một người khác duyệt.',
} as const;

/**
 * Moves a story along the sign-off chain. Checked against the permission table and the state
 * machine, recorded in the audit log (and a review note when there is a reason) in one transaction.
 * Comes back with what happened in the words the desk shows ("Đã trả bài cho Nguyễn Minh Anh.").
 */
export async function moveArticle({
  actor,
  articleId,
  move,
  reason,
  publishAt,
  now = clockNow(),
}: {
  actor: Actor;
  articleId: number;
  move: Move;
  reason?: string;
  publishAt?: Date;
  now?: Date;
}): Promise<Article & { message: string }> {
  const note = reason ? normaliseText(reason).trim() : '';
  if (movesNeedingReason.includes(move) && !note) {
    throw new DomainError('invalid_input', 'Vui lòng ghi rõ lý do.');
  }
  if (movesNeedingTime.includes(move) && !publishAt) throw new DomainError('invalid_input', 'Vui lòng chọn giờ xuất bản mới.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(articles).where(eq(articles.id, articleId)).for('update');
    if (!current) throw new DomainError('not_found', 'Không tìm thấy bài viết.');
    // Sign-off hook: the configured chain decides who acts at the level the story waits at.
    const chain = await getSignoffChain({ tx, sectionId: current.sectionId });
    const approvedBy = move === 'approve' && chain.distinctApprovers ? await approversThisRound(tx, articleId) : [];
    const check = checkSignoffMove(move, { ...current, approvedBy }, actor, chain, now);
    if (!check.ok) {
      throw new DomainError(check.reason === 'illegal' ? 'invalid_transition' : 'forbidden', refusals[check.reason]);
    }
    if (move === 'reschedule' && publishAt! <= now) {
      throw new DomainError('invalid_input', 'Giờ mới phải sau lúc này. Muốn đăng ngay, hãy hủy hẹn giờ rồi bấm “Xuất bản”.');
    }
    if (current.sectionId === null && needsSection(check.to)) {
      throw new DomainError('invalid_input', sectionRequired.submit, { sectionId: [sectionRequired.submit] });
    }
    // Sign-off hook: a pending edit never outlives the live text it was made on (see setAsidePendingEdit).
    await setAsidePendingEdit(tx, { actor, current, because: move });
    const changes: Partial<Article> = { status: check.to, reviewLevel: check.level, updatedAt: now };
    if (move === 'publish') {
      const at = publishAt && publishAt > now ? publishAt : now;
      changes.publishAt = at;
      changes.publishedAt = current.publishedAt && at <= now ? current.publishedAt : at;
      changes.goLivePending = at > now;
    }
    if (move === 'reschedule') {
      changes.publishAt = publishAt;
      changes.publishedAt = publishAt;
      changes.goLivePending = true;
    }
    // Not live, and never was at this time: the story waits for a publisher as it did before.
    if (move === 'unschedule') {
      changes.publishAt = null;
      changes.publishedAt = null;
      changes.goLivePending = false;
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
      before: { status: current.status, reviewLevel: current.reviewLevel, ...(move === 'reschedule' || move === 'unschedule' ? { publishAt: current.publishAt } : {}) },
      after: { status: saved.status, reviewLevel: saved.reviewLevel, publishAt: saved.publishAt, reason: note || undefined },
    });
    await noticeForMove(tx, { actor, move, before: current, after: saved, chain, reason: note, now });
    const [author] = move === 'return' ? await tx.select({ name: users.name }).from(users).where(eq(users.id, saved.authorId)) : [];
    return { ...saved, message: moveMessage({ move, before: current, after: saved, chain, now, authorName: author?.name }) };
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
  /** Null for a draft whose section is not chosen yet. */
  sectionName: string | null;
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

/** Stories in these states that the actor may open (a reporter: their own), newest change first. */
export async function listArticlesByStatus({ actor, statuses }: { actor: Actor; statuses: ArticleStatus[] }): Promise<DeskArticleRow[]> {
  const db = await getDb();
  return db
    .select(deskRow)
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(and(inArray(articles.status, statuses), readableOnDesk(actor)))
    .orderBy(desc(articles.updatedAt))
    .limit(200);
}

/**
 * A story as the desk opens it (editor, history, preview), with its notes, tags and cover: null if
 * there is no such story, refused (forbidden) if the actor may not open it.
 */
export async function getArticleForDesk({ actor, id }: { actor: Actor; id: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ article: articles, authorName: users.name, section: sections })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id));
  if (!row) return null;
  assertCanReadOnDesk(row.article, actor);
  const notes = await db
    .select({ id: articleNotes.id, kind: articleNotes.kind, body: articleNotes.body, createdAt: articleNotes.createdAt, authorName: users.name })
    .from(articleNotes)
    .innerJoin(users, eq(users.id, articleNotes.authorId))
    .where(eq(articleNotes.articleId, id))
    .orderBy(desc(articleNotes.createdAt));
  const tagRows = await db
    .select({ id: tags.id, name: tags.name, slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .orderBy(tags.name);
  const [cover] = row.article.coverMediaId
    ? await db.select({ id: media.id, storageKey: media.storageKey }).from(media).where(eq(media.id, row.article.coverMediaId))
    : [];
  // When the words were last saved (a return or an approval touches updatedAt, not the words).
  const [lastSave] = await db
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'article'), eq(auditLog.subjectId, String(id)), inArray(auditLog.action, ['article.create', 'article.save', 'article.autosave', 'article.editSubmit'])))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return {
    ...row,
    lastSavedAt: lastSave?.at ?? row.article.createdAt,
    notes,
    tags: tagRows,
    cover: cover ? { id: cover.id, src: `/media/${cover.storageKey}` } : null,
  };
}

/** What the editor opens with: the stored story in the editor's shape. */
export function editorDraftOf(article: Article, tagNames: string[]): EditorDraftShape {
  return {
    title: article.title,
    lead: article.lead,
    sectionId: article.sectionId,
    body: article.body,
    credit: article.credit,
    tags: tagNames,
    // The box stays empty while the address follows the title.
    slug: article.slug === slugify(article.title) || article.slug.startsWith(`${slugify(article.title)}-`) ? '' : article.slug,
    seoTitle: article.seoTitle ?? '',
    seoDescription: article.seoDescription ?? '',
    coverMediaId: article.coverMediaId,
    commentsMode: article.commentsMode ?? 'inherit',
  };
}

export type EditorDraftShape = {
  title: string;
  lead: string;
  sectionId: number | null;
  body: RichDoc;
  credit: string;
  tags: string[];
  slug: string;
  seoTitle: string;
  seoDescription: string;
  coverMediaId: number | null;
  commentsMode: CommentsMode | 'inherit';
};

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
    if (rank !== null && isScheduled(current, clockNow())) {
      throw new DomainError('invalid_transition', 'Bài hẹn giờ chưa lên trang báo nên chưa ghim được.');
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
