import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, auditLog, type Section, type User } from '@/db/schema';
import { listNotifications } from '@/lib/notifications';
import { withTestDatabase } from '@/test/database';
import { createSection, createUser } from '@/test/fixtures';
import { saveSignoffChain } from './chain';
import {
  approveArticle,
  createDraft,
  type DraftInput,
  moveArticle,
  publishArticle,
  saveDraft,
  submitForReview,
  unpublishArticle,
} from './desk';
import { moveLiveEdit, textForEditor } from './live-edits';
import { getArticleForReader } from './public';
import { listRevisions, restoreRevision } from './revisions';

/**
 * Nothing unapproved goes live, and nothing typed is lost: the rules of the one save path
 * (saveDraft) and of the moves around a story that is or was live.
 */
const { getDb } = withTestDatabase();

let reporter: User;
let otherReporter: User;
let editor: User;
let secretary: User;
let admin: User;
let section: Section;

beforeAll(async () => {
  [reporter, otherReporter, editor, secretary, admin] = await Promise.all([
    createUser({ role: 'reporter' }),
    createUser({ role: 'reporter' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'admin' }),
  ]);
  section = await createSection();
  await saveSignoffChain({
    actor: admin,
    sectionId: section.id,
    chain: {
      levels: [
        { title: 'Biên tập viên', roles: ['editor'], userIds: [] },
        { title: 'Thư ký tòa soạn', roles: [], userIds: [secretary.id] },
      ],
    },
  });
});

const input = (title: string, extra: Partial<DraftInput> = {}): DraftInput => ({
  title,
  lead: 'Sapo của bài.',
  sectionId: section.id,
  body: 'Đoạn một.',
  credit: 'Bài: Minh Anh',
  ...extra,
});

async function row(id: number) {
  const db = await getDb();
  const [a] = await db.select().from(articles).where(eq(articles.id, id));
  return a;
}

async function actions(id: number) {
  const db = await getDb();
  return db
    .select({ action: auditLog.action, actorId: auditLog.actorId, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'article'), eq(auditLog.subjectId, String(id))))
    .orderBy(asc(auditLog.id));
}

/** A story both levels have signed off, waiting for a publisher. */
async function approvedStory(title: string) {
  const draft = await createDraft({ actor: reporter, input: input(title) });
  await submitForReview({ actor: reporter, articleId: draft.id });
  await approveArticle({ actor: editor, articleId: draft.id });
  return approveArticle({ actor: secretary, articleId: draft.id });
}

describe('a story signed off by the chain', () => {
  it.each([
    ['title', { title: 'Cầu mới thông xe sớm hai tháng' }],
    ['sapo', { lead: 'Sapo khác hẳn bản đã duyệt.' }],
    ['body', { body: 'Đoạn một.\nĐoạn hai chưa ai duyệt.' }],
    ['credit', { credit: 'Bài, ảnh: Minh Anh' }],
  ] as const)('goes back to the first level when its %s changes after the last approval', async (_field, change) => {
    const story = await approvedStory('Cầu mới thông xe');
    expect(story).toMatchObject({ status: 'approved', reviewLevel: 2 });
    const saved = await saveDraft({ actor: editor, articleId: story.id, version: story.version, input: input('Cầu mới thông xe', change) });
    expect(saved).toMatchObject({ status: 'in_review', reviewLevel: 1 });
    await expect(publishArticle({ actor: admin, articleId: story.id })).rejects.toMatchObject({ code: 'invalid_transition' });

    const sentBack = (await actions(story.id)).filter((a) => a.action === 'article.reviewAgain');
    expect(sentBack).toMatchObject([{ actorId: editor.id, before: { status: 'approved', reviewLevel: 2 }, after: { status: 'in_review', reviewLevel: 1 } }]);
    // The first level hears about it as about a resubmission.
    const waiting = (await listNotifications({ userId: secretary.id })).filter((n) => n.articleId === story.id && n.kind === 'waiting');
    expect(waiting.map((n) => n.message)).toContain(`Bài “${saved.title}” đang chờ bạn duyệt (Biên tập viên).`);
  });

  it('goes back to the first level when the text changes between two levels', async () => {
    const draft = await createDraft({ actor: reporter, input: input('Giá lúa tăng') });
    await submitForReview({ actor: reporter, articleId: draft.id });
    const atLevel2 = await approveArticle({ actor: editor, articleId: draft.id });
    expect(atLevel2).toMatchObject({ status: 'in_review', reviewLevel: 2 });
    const saved = await saveDraft({ actor: secretary, articleId: draft.id, version: atLevel2.version, input: input('Giá lúa tăng mạnh') });
    expect(saved).toMatchObject({ status: 'in_review', reviewLevel: 1 });
  });

  it('keeps the approval for a save that leaves the signed-off words alone (tags, SEO, or nothing)', async () => {
    const story = await approvedStory('Lễ hội hoa xuân');
    const first = await saveDraft({
      actor: editor,
      articleId: story.id,
      version: story.version,
      input: input('Lễ hội hoa xuân', { tags: ['Lễ hội'], seoTitle: 'Lễ hội hoa xuân 2027', seoDescription: 'Mô tả cho máy tìm kiếm.' }),
    });
    expect(first).toMatchObject({ status: 'approved', reviewLevel: 2 });
    // The editor sends the same words again (typographic variants count as the same words).
    const again = await saveDraft({ actor: editor, articleId: story.id, version: first.version, input: input('  Lễ hội hoa xuân '.normalize('NFD')), autosave: true });
    expect(again).toMatchObject({ status: 'approved', reviewLevel: 2 });
    await expect(publishArticle({ actor: editor, articleId: story.id })).resolves.toMatchObject({ status: 'published' });
  });

  it('goes back to the first level when an older revision is restored after the approval', async () => {
    const draft = await createDraft({ actor: reporter, input: input('Trường mới khai giảng') });
    const second = await saveDraft({ actor: reporter, articleId: draft.id, version: draft.version, input: input('Trường mới khai giảng sớm') });
    await submitForReview({ actor: reporter, articleId: draft.id });
    await approveArticle({ actor: editor, articleId: draft.id });
    const approved = await approveArticle({ actor: secretary, articleId: draft.id });
    expect(approved.version).toBe(second.version);
    const oldest = (await listRevisions({ actor: editor, articleId: draft.id })).at(-1)!;
    const restored = await restoreRevision({ actor: editor, articleId: draft.id, revisionId: oldest.id, version: approved.version });
    expect(restored).toMatchObject({ title: 'Trường mới khai giảng', status: 'in_review', reviewLevel: 1 });
  });
});

describe('a pending live edit when the story is taken down or republished', () => {
  async function liveStory(title: string) {
    const story = await approvedStory(title);
    return publishArticle({ actor: editor, articleId: story.id });
  }

  it('is set aside as a revision when the story is taken down, and never comes back over a later fix', async () => {
    const live = await liveStory('Xe buýt điện chạy thử');
    // E1: an edit left pending.
    await saveDraft({ actor: editor, articleId: live.id, version: live.version, input: input('E1: Xe buýt điện chạy thử tuần sau') });
    const down = await unpublishArticle({ actor: editor, articleId: live.id, reason: 'Sai lịch chạy thử.' });
    expect(down.pendingEdit).toBeNull();
    const setAside = (await actions(live.id)).filter((a) => a.action === 'article.editSetAside');
    expect(setAside).toMatchObject([{ actorId: editor.id, before: { pendingEdit: 'in_review' }, after: { pendingEdit: null, because: 'unpublish' } }]);
    expect((await listRevisions({ actor: editor, articleId: live.id })).map((r) => r.title)).toContain('E1: Xe buýt điện chạy thử tuần sau');

    // F: the fix, saved while the story is down, then signed off and republished.
    const fixed = await saveDraft({ actor: editor, articleId: live.id, version: down.version, input: input('F: Xe buýt điện chạy thử từ thứ Hai') });
    expect(fixed.slug).toBe(live.slug);
    // Changed words of a story that is down climb the chain again before they can go back up.
    expect(fixed).toMatchObject({ status: 'in_review', reviewLevel: 1 });
    await expect(publishArticle({ actor: editor, articleId: live.id })).rejects.toMatchObject({ code: 'invalid_transition' });
    await approveArticle({ actor: editor, articleId: live.id });
    await approveArticle({ actor: secretary, articleId: live.id });
    await publishArticle({ actor: editor, articleId: live.id });
    const back = await row(live.id);
    expect(back).toMatchObject({ status: 'published', title: 'F: Xe buýt điện chạy thử từ thứ Hai', pendingEdit: null, slug: live.slug });
    expect(textForEditor(back).title).toBe('F: Xe buýt điện chạy thử từ thứ Hai');
    await expect(moveLiveEdit({ actor: editor, articleId: live.id, move: 'approve' })).rejects.toMatchObject({ code: 'invalid_transition' });
    const reader = await getArticleForReader({ id: live.id });
    expect(reader && !reader.gone && reader.article.title).toBe('F: Xe buýt điện chạy thử từ thứ Hai');
  });

  it('is set aside when a story that still carries one (from before this rule) is republished', async () => {
    const live = await liveStory('Chợ đêm mở lại');
    await saveDraft({ actor: editor, articleId: live.id, version: live.version, input: input('E1: Chợ đêm mở lại cuối tuần') });
    const db = await getDb();
    // A row as an older version left it: taken down with the edit still on it.
    await db.update(articles).set({ status: 'unpublished' }).where(eq(articles.id, live.id));
    const republished = await publishArticle({ actor: editor, articleId: live.id });
    expect(republished).toMatchObject({ status: 'published', title: 'Chợ đêm mở lại', pendingEdit: null });
    expect((await actions(live.id)).filter((a) => a.action === 'article.editSetAside')).toMatchObject([{ after: { because: 'publish' } }]);
    expect((await listRevisions({ actor: editor, articleId: live.id })).map((r) => r.title)).toContain('E1: Chợ đêm mở lại cuối tuần');
  });

  it('is set aside when a live story is trashed, and stays away after the story is restored', async () => {
    const live = await liveStory('Bến phà cũ');
    await saveDraft({ actor: editor, articleId: live.id, version: live.version, input: input('E1: Bến phà cũ đóng cửa') });
    const trashed = await moveArticle({ actor: editor, articleId: live.id, move: 'trash' });
    expect(trashed.pendingEdit).toBeNull();
    expect((await actions(live.id)).filter((a) => a.action === 'article.editSetAside')).toMatchObject([{ after: { because: 'trash' } }]);
    const restored = await moveArticle({ actor: editor, articleId: live.id, move: 'restore' });
    expect(restored).toMatchObject({ status: 'draft', title: 'Bến phà cũ', pendingEdit: null });
  });

  it('keeps the address of a story saved while it is down', async () => {
    const live = await liveStory('Đường ven biển');
    const down = await unpublishArticle({ actor: editor, articleId: live.id, reason: 'Cần xác minh.' });
    const saved = await saveDraft({ actor: editor, articleId: live.id, version: down.version, input: input('Đường ven biển hoàn thành') });
    expect(saved.slug).toBe(live.slug);
  });
});

describe('a save refused because the story moved', () => {
  it('keeps the text as a revision when the story was trashed while the reporter typed', async () => {
    const draft = await createDraft({ actor: reporter, input: input('Bài sắp bị bỏ') });
    await moveArticle({ actor: editor, articleId: draft.id, move: 'trash' });
    const refused = saveDraft({ actor: reporter, articleId: draft.id, version: draft.version, input: input('Bài sắp bị bỏ', { body: 'Đoạn tôi vừa gõ xong.' }) });
    await expect(refused).rejects.toMatchObject({ code: 'conflict', moved: true });
    await expect(refused).rejects.toThrow(/lịch sử phiên bản/);
    const [kept] = await listRevisions({ actor: reporter, articleId: draft.id });
    expect(kept).toMatchObject({ stale: true, savedByName: reporter.name });
    expect((await row(draft.id)).status).toBe('trashed');
  });

  it('keeps the text when the story was submitted from elsewhere while the reporter typed', async () => {
    const draft = await createDraft({ actor: reporter, input: input('Bài gửi từ máy khác') });
    await submitForReview({ actor: reporter, articleId: draft.id });
    await expect(
      saveDraft({ actor: reporter, articleId: draft.id, version: draft.version, input: input('Bài gửi từ máy khác, thêm ý') }),
    ).rejects.toMatchObject({ code: 'conflict', moved: true });
    const [kept] = await listRevisions({ actor: reporter, articleId: draft.id });
    expect(kept).toMatchObject({ stale: true, title: 'Bài gửi từ máy khác, thêm ý' });
    expect((await row(draft.id)).title).toBe('Bài gửi từ máy khác');
  });

  it('keeps nothing from someone who never could edit the story', async () => {
    const draft = await createDraft({ actor: reporter, input: input('Bài của người khác') });
    await expect(
      saveDraft({ actor: otherReporter, articleId: draft.id, version: draft.version, input: input('Chen ngang') }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect((await listRevisions({ actor: reporter, articleId: draft.id })).map((r) => r.title)).toEqual(['Bài của người khác']);
  });
});
