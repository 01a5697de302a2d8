import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleRevisions, articles, auditLog, type RichDoc, type Section, type User } from '@/db/schema';
import { withTestDatabase } from '@/test/database';
import { createSection, createUser } from '@/test/fixtures';
import { approveArticle, createDraft, getArticleForDesk, publishArticle, saveDraft, submitForReview } from './desk';
import { compareRevisions, getConflictPair, getRevision, listRevisions, restoreRevision, revisionToDraftInput } from './revisions';

const { getDb } = withTestDatabase();

let reporter: User;
let otherReporter: User;
let editor: User;
let moderator: User;
let section: Section;
let otherSection: Section;

beforeAll(async () => {
  [reporter, otherReporter, editor, moderator] = await Promise.all([
    createUser({ role: 'reporter' }),
    createUser({ role: 'reporter' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'moderator' }),
  ]);
  [section, otherSection] = await Promise.all([createSection(), createSection()]);
});

const input = (over: Partial<{ title: string; lead: string; body: string; credit: string; sectionId: number }> = {}) => ({
  title: 'Mưa lớn gây ngập nhiều tuyến phố',
  lead: 'Chiều qua, mưa lớn kéo dài hai giờ.',
  sectionId: section.id,
  body: 'Nhiều tuyến đường ngập sâu.\n\nNgười dân phải dắt xe qua chỗ ngập.',
  credit: 'Tin, ảnh: Minh Anh',
  ...over,
});

/** A story with three saves: the reporter's draft (v1), the editor's edit (v2), the reporter's edit (v3). */
async function storyWithHistory() {
  const draft = await createDraft({ actor: reporter, input: input() });
  await saveDraft({
    actor: editor,
    articleId: draft.id,
    version: 1,
    input: input({ title: 'Mưa lớn gây ngập sâu nhiều tuyến phố', body: 'Nhiều tuyến đường ngập sâu nửa mét.\n\nNgười dân phải dắt xe qua chỗ ngập.' }),
  });
  await saveDraft({ actor: reporter, articleId: draft.id, version: 2, input: input({ title: 'Mưa lớn gây ngập sâu nhiều tuyến phố', sectionId: otherSection.id }) });
  return draft.id;
}

describe('listRevisions', () => {
  it('lists every save, newest first, with who saved it and the word count', async () => {
    const id = await storyWithHistory();
    const revisions = await listRevisions({ actor: reporter, articleId: id });
    expect(revisions.map((r) => [r.version, r.savedByName, r.stale])).toEqual([
      [3, reporter.name, false],
      [2, editor.name, false],
      [1, reporter.name, false],
    ]);
    expect(revisions.map((r) => r.words)).toEqual([13, 15, 13]);
    expect(revisions[2].title).toBe('Mưa lớn gây ngập nhiều tuyến phố');
    expect(revisions[0].savedAt).toBeInstanceOf(Date);
    // Counted once and kept: the next listing reads the numbers, not the bodies.
    const db = await getDb();
    const stored = await db.select({ words: articleRevisions.words }).from(articleRevisions).where(eq(articleRevisions.articleId, id)).orderBy(asc(articleRevisions.id));
    expect(stored.map((r) => r.words)).toEqual([13, 15, 13]);
    expect((await listRevisions({ actor: editor, articleId: id })).map((r) => r.words)).toEqual([13, 15, 13]);
  });

  it('counts, once, the words of revisions kept before counts were stored', async () => {
    const id = await storyWithHistory();
    const db = await getDb();
    await db.update(articleRevisions).set({ words: null }).where(eq(articleRevisions.articleId, id));
    expect((await listRevisions({ actor: editor, articleId: id })).map((r) => r.words)).toEqual([13, 15, 13]);
    const stored = await db.select({ words: articleRevisions.words }).from(articleRevisions).where(eq(articleRevisions.articleId, id)).orderBy(asc(articleRevisions.id));
    expect(stored.map((r) => r.words)).toEqual([13, 15, 13]);
  });

  it('recounts a revision refreshed by a sitting of autosaves', async () => {
    const draft = await createDraft({ actor: reporter, input: input() });
    await saveDraft({ actor: reporter, articleId: draft.id, version: 1, input: input({ body: 'Một hai ba.' }), autosave: true });
    await saveDraft({ actor: reporter, articleId: draft.id, version: 2, input: input({ body: 'Một hai ba bốn năm.' }), autosave: true });
    const revisions = await listRevisions({ actor: reporter, articleId: draft.id });
    expect(revisions.map((r) => [r.version, r.words])).toEqual([
      [3, 5],
      [1, 13],
    ]);
  });

  it('lets the author, editors and admins read the history, and no one else', async () => {
    const id = await storyWithHistory();
    const admin = await createUser({ role: 'admin' });
    for (const actor of [reporter, editor, admin]) expect(await listRevisions({ actor, articleId: id })).toHaveLength(3);
    for (const actor of [otherReporter, moderator]) {
      await expect(listRevisions({ actor, articleId: id })).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(listRevisions({ actor: editor, articleId: 2_000_000_000 })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps a refused stale save in the history, marked as such, with its text', async () => {
    const draft = await createDraft({ actor: reporter, input: input() });
    await saveDraft({ actor: reporter, articleId: draft.id, version: 1, input: input({ title: 'Bản của phóng viên' }) });
    await expect(
      saveDraft({ actor: editor, articleId: draft.id, version: 1, input: input({ title: 'Bản của biên tập viên' }) }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const [latest] = await listRevisions({ actor: editor, articleId: draft.id });
    expect(latest).toMatchObject({ stale: true, savedByName: editor.name, version: 1, title: 'Bản của biên tập viên' });
    const kept = await getRevision({ actor: editor, articleId: draft.id, revisionId: latest.id });
    expect(kept.title).toBe('Bản của biên tập viên');
  });
});

describe('compareRevisions', () => {
  it('shows the words added and removed between two saves, and the section change', async () => {
    const id = await storyWithHistory();
    const [v3, v2, v1] = await listRevisions({ actor: editor, articleId: id });
    const { from, to, diff } = await compareRevisions({ actor: editor, articleId: id, fromId: v1.id, toId: v2.id });
    expect([from.version, to.version, to.savedByName]).toEqual([1, 2, editor.name]);
    const title = diff.fields.find((f) => f.field === 'title')!;
    expect(title.segments).toEqual([
      { kind: 'same', text: 'Mưa lớn gây ngập ' },
      { kind: 'added', text: 'sâu ' },
      { kind: 'same', text: 'nhiều tuyến phố' },
    ]);
    expect(diff.body[0]).toEqual({
      changed: true,
      segments: [
        { kind: 'same', text: 'Nhiều tuyến đường ngập sâu' },
        { kind: 'added', text: ' nửa mét' },
        { kind: 'same', text: '.' },
      ],
    });
    expect(diff.body[1]).toEqual({ changed: false, text: 'Người dân phải dắt xe qua chỗ ngập.' });

    const later = await compareRevisions({ actor: editor, articleId: id, fromId: v2.id, toId: v3.id });
    const sectionChange = later.diff.fields.find((f) => f.field === 'section')!;
    expect(sectionChange.segments.filter((s) => s.kind !== 'same').map((s) => [s.kind, s.text])).toEqual([
      ['removed', section.name.replace(/^Chuyên mục /, '')],
      ['added', otherSection.name.replace(/^Chuyên mục /, '')],
    ]);
    expect(later.diff.body[0]).toMatchObject({ changed: true });
    expect(later.diff.removed).toBeGreaterThan(0);
  });

  it('refuses revisions of another story', async () => {
    const a = await storyWithHistory();
    const b = await storyWithHistory();
    const [ofB] = await listRevisions({ actor: editor, articleId: b });
    const [ofA] = await listRevisions({ actor: editor, articleId: a });
    await expect(compareRevisions({ actor: editor, articleId: a, fromId: ofA.id, toId: ofB.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getRevision({ actor: editor, articleId: a, revisionId: ofB.id })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('restoreRevision', () => {
  async function auditActions(articleId: number) {
    const db = await getDb();
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, 'article'), eq(auditLog.subjectId, String(articleId))))
      .orderBy(asc(auditLog.id));
    return rows;
  }

  it('makes a new version with the old words and leaves the status alone', async () => {
    const id = await storyWithHistory();
    await submitForReview({ actor: reporter, articleId: id });
    const [, , v1] = await listRevisions({ actor: editor, articleId: id });
    const restored = await restoreRevision({ actor: editor, articleId: id, revisionId: v1.id, version: 3 });
    expect(restored.version).toBe(4);
    expect(restored.status).toBe('in_review');
    expect(restored.title).toBe('Mưa lớn gây ngập nhiều tuyến phố');
    expect(restored.sectionId).toBe(section.id);
    expect(restored.bodyText).toBe('Nhiều tuyến đường ngập sâu.\nNgười dân phải dắt xe qua chỗ ngập.');

    const revisions = await listRevisions({ actor: editor, articleId: id });
    expect(revisions.map((r) => r.version)).toEqual([4, 3, 2, 1]);
    expect(revisions[0]).toMatchObject({ savedByName: editor.name, stale: false, title: 'Mưa lớn gây ngập nhiều tuyến phố' });
    const same = await compareRevisions({ actor: editor, articleId: id, fromId: v1.id, toId: revisions[0].id });
    expect(same.diff.added + same.diff.removed).toBe(0);

    const restoreAudit = (await auditActions(id)).filter((a) => a.action === 'article.restore_revision');
    expect(restoreAudit).toHaveLength(1);
    expect(restoreAudit[0]).toMatchObject({ actorId: editor.id, after: { version: 4, fromRevision: v1.id, fromVersion: 1 } });
  });

  it('never publishes, and keeps a live story live at its publication time', async () => {
    const id = await storyWithHistory();
    await submitForReview({ actor: reporter, articleId: id });
    await approveArticle({ actor: editor, articleId: id });
    const live = await publishArticle({ actor: editor, articleId: id });
    const [, , v1] = await listRevisions({ actor: editor, articleId: id });
    const restored = await restoreRevision({ actor: editor, articleId: id, revisionId: v1.id, version: live.version });
    expect(restored.status).toBe('published');
    expect(restored.publishedAt?.getTime()).toBe(live.publishedAt?.getTime());

    const draftId = await storyWithHistory();
    const [, , d1] = await listRevisions({ actor: reporter, articleId: draftId });
    const restoredDraft = await restoreRevision({ actor: reporter, articleId: draftId, revisionId: d1.id, version: 3 });
    expect(restoredDraft.status).toBe('draft');
    expect(restoredDraft.publishedAt).toBeNull();
  });

  it('refuses a reporter on someone else’s story or on their own story once submitted', async () => {
    const id = await storyWithHistory();
    const [, , v1] = await listRevisions({ actor: reporter, articleId: id });
    await expect(restoreRevision({ actor: otherReporter, articleId: id, revisionId: v1.id, version: 3 })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await submitForReview({ actor: reporter, articleId: id });
    await expect(restoreRevision({ actor: reporter, articleId: id, revisionId: v1.id, version: 3 })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(restoreRevision({ actor: moderator, articleId: id, revisionId: v1.id, version: 3 })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const db = await getDb();
    const [unchanged] = await db.select().from(articles).where(eq(articles.id, id));
    expect(unchanged.version).toBe(3);
    expect(unchanged.title).toBe('Mưa lớn gây ngập sâu nhiều tuyến phố');
  });

  it('is refused as a conflict when the story moved on since the page was loaded, and loses nothing', async () => {
    const id = await storyWithHistory();
    const [, , v1] = await listRevisions({ actor: editor, articleId: id });
    await expect(restoreRevision({ actor: editor, articleId: id, revisionId: v1.id, version: 2 })).rejects.toMatchObject({
      code: 'conflict',
    });
    const [kept] = await listRevisions({ actor: editor, articleId: id });
    expect(kept).toMatchObject({ stale: true, title: 'Mưa lớn gây ngập nhiều tuyến phố' });
    const db = await getDb();
    const [current] = await db.select().from(articles).where(eq(articles.id, id));
    expect(current.version).toBe(3);
  });

  it('refuses a revision of another story', async () => {
    const a = await storyWithHistory();
    const b = await storyWithHistory();
    const [ofB] = await listRevisions({ actor: editor, articleId: b });
    await expect(restoreRevision({ actor: editor, articleId: a, revisionId: ofB.id, version: 3 })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('brings back the stored document exactly, photos and marks included', async () => {
    const draft = await createDraft({ actor: reporter, input: input() });
    const rich: RichDoc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Chữ đậm', marks: [{ type: 'bold' }] }, { type: 'text', text: ' và thường.' }] },
        { type: 'figure', attrs: { src: '/media/2026/11/anh/original.jpg', alt: 'Phố ngập', caption: 'Nước ngập nửa bánh xe', credit: 'Ảnh: Minh Anh', width: 1200, height: 800 } },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ý một' }] }] }] },
      ],
    };
    const withPhoto = await saveDraft({ actor: reporter, articleId: draft.id, version: 1, input: { ...input(), body: rich } });
    await saveDraft({ actor: reporter, articleId: draft.id, version: 2, input: input({ title: 'Bỏ hết ảnh và định dạng' }) });
    const db = await getDb();
    const [kept] = await db.select().from(articleRevisions).where(and(eq(articleRevisions.articleId, draft.id), eq(articleRevisions.version, 2)));
    expect(revisionToDraftInput(kept)).toEqual({ ...input(), body: withPhoto.body });
    const restored = await restoreRevision({ actor: reporter, articleId: draft.id, revisionId: kept.id, version: 3 });
    expect(restored.body).toEqual(withPhoto.body);
    expect(restored.bodyHtml).toBe(withPhoto.bodyHtml);
    expect(restored.bodyHtml).toContain('<figure>');
  });

  it('keeps tags and other story fields that revisions do not hold', async () => {
    const draft = await createDraft({ actor: reporter, input: { ...input(), tags: ['Ngập lụt'] } });
    await saveDraft({ actor: reporter, articleId: draft.id, version: 1, input: { ...input({ title: 'Bản hai' }), tags: ['Ngập lụt', 'Thời tiết'] } });
    const [, v1] = await listRevisions({ actor: reporter, articleId: draft.id });
    await restoreRevision({ actor: reporter, articleId: draft.id, revisionId: v1.id, version: 2 });
    const found = await getArticleForDesk({ actor: reporter, id: draft.id });
    expect(found?.article.title).toBe(input().title);
    expect(found?.tags.map((t) => t.name).sort()).toEqual(['Ngập lụt', 'Thời tiết']);
  });
});

describe('getConflictPair', () => {
  it('shows my refused text next to the saved story until I save again', async () => {
    const draft = await createDraft({ actor: reporter, input: input() });
    await saveDraft({ actor: reporter, articleId: draft.id, version: 1, input: input({ title: 'Bản đã lưu của phóng viên' }) });
    expect(await getConflictPair({ actor: editor, articleId: draft.id })).toBeNull();
    await expect(
      saveDraft({ actor: editor, articleId: draft.id, version: 1, input: input({ title: 'Bản bị từ chối của biên tập viên', lead: 'Sapo mới.' }) }),
    ).rejects.toMatchObject({ code: 'conflict' });

    const pair = await getConflictPair({ actor: editor, articleId: draft.id });
    expect(pair?.mine).toMatchObject({ title: 'Bản bị từ chối của biên tập viên', lead: 'Sapo mới.', version: 1, savedByName: editor.name });
    expect(pair?.mine.body).toBe('Nhiều tuyến đường ngập sâu.\n\nNgười dân phải dắt xe qua chỗ ngập.');
    expect(pair?.theirs).toMatchObject({ title: 'Bản đã lưu của phóng viên', version: 2, savedByName: reporter.name });
    // The reporter's own view of the story has no conflict of theirs.
    expect(await getConflictPair({ actor: reporter, articleId: draft.id })).toBeNull();
    await expect(getConflictPair({ actor: otherReporter, articleId: draft.id })).rejects.toMatchObject({ code: 'forbidden' });

    await saveDraft({ actor: editor, articleId: draft.id, version: 2, input: input({ title: 'Bản hợp nhất' }) });
    expect(await getConflictPair({ actor: editor, articleId: draft.id })).toBeNull();
  });
});
