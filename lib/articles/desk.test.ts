import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleNotes, articleRevisions, articles, auditLog, type Section, type User } from '@/db/schema';
import { createSection, createUser } from '@/test/fixtures';
import { getFrontPage } from './public';
import { withTestDatabase } from '@/test/database';
import {
  approveArticle,
  createDraft,
  moveArticle,
  pinToFrontPage,
  publishArticle,
  returnToReporter,
  saveDraft,
  submitForReview,
} from './desk';

const { getDb } = withTestDatabase();

let reporter: User;
let otherReporter: User;
let editor: User;
let moderator: User;
let section: Section;

beforeAll(async () => {
  [reporter, otherReporter, editor, moderator] = await Promise.all([
    createUser({ role: 'reporter' }),
    createUser({ role: 'reporter' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'moderator' }),
  ]);
  section = await createSection();
});

const draftInput = (title = 'Khánh thành cầu Đồng Nai mới') => ({
  title,
  lead: 'Cây cầu rút ngắn 15 km đường về trung tâm.',
  sectionId: section.id,
  body: 'Đoạn một.\n\nĐoạn hai với “trích dẫn”.',
  credit: 'Tin, ảnh: Minh Anh',
});

async function auditFor(articleId: number) {
  const db = await getDb();
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'article'), eq(auditLog.subjectId, String(articleId))))
    .orderBy(asc(auditLog.id));
}

describe('the sign-off chain', () => {
  it('takes a story from draft to published, recording every step in the audit log', async () => {
    const draft = await createDraft({ actor: reporter, input: draftInput() });
    expect(draft.status).toBe('draft');
    expect(draft.slug).toMatch(/^khanh-thanh-cau-dong-nai-moi/);
    expect(draft.bodyHtml).toBe('<p>Đoạn một.</p><p>Đoạn hai với “trích dẫn”.</p>');

    await submitForReview({ actor: reporter, articleId: draft.id });
    await approveArticle({ actor: editor, articleId: draft.id });
    const now = new Date();
    const live = await publishArticle({ actor: editor, articleId: draft.id, now });
    expect(live.status).toBe('published');
    expect(live.publishedAt?.getTime()).toBe(now.getTime());

    const actions = (await auditFor(draft.id)).map((a) => [a.action, a.actorId]);
    expect(actions).toEqual([
      ['article.create', reporter.id],
      ['article.submit', reporter.id],
      ['article.approve', editor.id],
      ['article.publish', editor.id],
    ]);
  });

  it('returns a story with the reason kept as a review note the reporter can read', async () => {
    const draft = await createDraft({ actor: reporter, input: draftInput('Bài cần sửa lại') });
    await submitForReview({ actor: reporter, articleId: draft.id });
    const returned = await returnToReporter({ actor: editor, articleId: draft.id, reason: 'Thiếu ý kiến của xã.' });
    expect(returned.status).toBe('returned');
    const db = await getDb();
    const notes = await db.select().from(articleNotes).where(eq(articleNotes.articleId, draft.id));
    expect(notes).toMatchObject([{ kind: 'return', body: 'Thiếu ý kiến của xã.', authorId: editor.id }]);
    // The reporter fixes it and sends it again.
    const resubmitted = await submitForReview({ actor: reporter, articleId: draft.id });
    expect(resubmitted.status).toBe('in_review');
  });

  it('refuses to return a story without a reason', async () => {
    const draft = await createDraft({ actor: reporter, input: draftInput('Không lý do') });
    await submitForReview({ actor: reporter, articleId: draft.id });
    await expect(returnToReporter({ actor: editor, articleId: draft.id, reason: '   ' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('refuses a reporter who tries to approve or publish, and changes nothing', async () => {
    const draft = await createDraft({ actor: reporter, input: draftInput('Phóng viên tự xuất bản') });
    await submitForReview({ actor: reporter, articleId: draft.id });
    await expect(approveArticle({ actor: reporter, articleId: draft.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(moveArticle({ actor: reporter, articleId: draft.id, move: 'publish' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const db = await getDb();
    const [row] = await db.select().from(articles).where(eq(articles.id, draft.id));
    expect(row.status).toBe('in_review');
    expect(row.publishedAt).toBeNull();
    expect((await auditFor(draft.id)).map((a) => a.action)).toEqual(['article.create', 'article.submit']);
  });

  it('refuses illegal moves with a clear error', async () => {
    const draft = await createDraft({ actor: reporter, input: draftInput('Chưa gửi duyệt') });
    await expect(publishArticle({ actor: editor, articleId: draft.id })).rejects.toMatchObject({
      code: 'invalid_transition',
      message: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của bài.',
    });
  });

  it('does not let a reporter submit or edit a colleague’s story, nor a moderator anything', async () => {
    const draft = await createDraft({ actor: reporter, input: draftInput('Bài của người khác') });
    await expect(submitForReview({ actor: otherReporter, articleId: draft.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      saveDraft({ actor: otherReporter, articleId: draft.id, version: draft.version, input: draftInput('Sửa trộm') }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(submitForReview({ actor: moderator, articleId: draft.id })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('keeps a scheduled story off the public site until its time', async () => {
    const draft = await createDraft({ actor: reporter, input: draftInput('Bài hẹn giờ') });
    await submitForReview({ actor: reporter, articleId: draft.id });
    await approveArticle({ actor: editor, articleId: draft.id });
    const at = new Date(Date.now() + 3600_000);
    const scheduled = await publishArticle({ actor: editor, articleId: draft.id, publishAt: at });
    expect(scheduled.publishedAt?.getTime()).toBe(at.getTime());
  });
});

describe('saving drafts', () => {
  it('stores text in NFC and bumps the version, keeping a revision per save', async () => {
    const nfd = 'Họp mặt cán bộ hưu trí'.normalize('NFD');
    const draft = await createDraft({ actor: reporter, input: { ...draftInput(nfd), body: nfd } });
    expect(draft.title).toBe('Họp mặt cán bộ hưu trí'.normalize('NFC'));
    expect(draft.bodyText).toBe('Họp mặt cán bộ hưu trí'.normalize('NFC'));
    expect(draft.slug).toMatch(/^hop-mat-can-bo-huu-tri/);
    const saved = await saveDraft({ actor: reporter, articleId: draft.id, version: 1, input: draftInput('Tiêu đề mới hơn') });
    expect(saved.version).toBe(2);
    const db = await getDb();
    const revisions = await db.select().from(articleRevisions).where(eq(articleRevisions.articleId, draft.id));
    expect(revisions.map((r) => [r.version, r.title])).toEqual([
      [1, 'Họp mặt cán bộ hưu trí'],
      [2, 'Tiêu đề mới hơn'],
    ]);
  });

  it('refuses a stale save as a conflict and keeps both texts', async () => {
    const draft = await createDraft({ actor: reporter, input: draftInput('Hai người cùng sửa') });
    await saveDraft({ actor: editor, articleId: draft.id, version: 1, input: draftInput('Bản của biên tập viên') });
    await expect(
      saveDraft({ actor: reporter, articleId: draft.id, version: 1, input: draftInput('Bản cũ của phóng viên') }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const db = await getDb();
    const [row] = await db.select().from(articles).where(eq(articles.id, draft.id));
    expect(row.title).toBe('Bản của biên tập viên');
    const stale = await db
      .select()
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, draft.id), eq(articleRevisions.stale, true)));
    expect(stale.map((r) => r.title)).toEqual(['Bản cũ của phóng viên']);
  });

  it('gives two stories with the same title different slugs', async () => {
    const a = await createDraft({ actor: reporter, input: draftInput('Trùng tiêu đề đặc biệt') });
    const b = await createDraft({ actor: reporter, input: draftInput('Trùng tiêu đề đặc biệt') });
    expect(a.slug).not.toBe(b.slug);
  });

  it('refuses an unknown section', async () => {
    await expect(
      createDraft({ actor: reporter, input: { ...draftInput(), sectionId: 987654 } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

});

describe('a draft without a section', () => {
  it('is saved, and asked for its section when sent for review', async () => {
    const draft = await createDraft({ actor: reporter, input: { ...draftInput('Bài viết chưa chọn chuyên mục'), sectionId: null } });
    expect(draft.sectionId).toBeNull();
    const again = await saveDraft({ actor: reporter, articleId: draft.id, version: draft.version, input: { ...draftInput('Bài viết chưa chọn chuyên mục, sửa lại'), sectionId: null } });
    expect(again.version).toBe(draft.version + 1);

    await expect(submitForReview({ actor: reporter, articleId: draft.id })).rejects.toMatchObject({
      code: 'invalid_input',
      fieldErrors: { sectionId: ['Chọn chuyên mục cho bài trước khi gửi duyệt.'] },
    });
    const db = await getDb();
    const [still] = await db.select().from(articles).where(eq(articles.id, draft.id));
    expect(still.status).toBe('draft');

    const placed = await saveDraft({ actor: reporter, articleId: draft.id, version: again.version, input: draftInput('Bài viết chưa chọn chuyên mục, sửa lại') });
    expect((await submitForReview({ actor: reporter, articleId: draft.id })).status).toBe('in_review');
    // Once in review its section cannot be taken away again.
    await expect(
      saveDraft({ actor: editor, articleId: draft.id, version: placed.version, input: { ...draftInput(), sectionId: null } }),
    ).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { sectionId: ['Bài đã gửi duyệt cần có chuyên mục.'] } });
  });

  it('can never reach readers: the database refuses a live story without a section', async () => {
    const draft = await createDraft({ actor: reporter, input: { ...draftInput('Bài viết không chuyên mục lên trang'), sectionId: null } });
    const db = await getDb();
    const refused = await db
      .update(articles)
      .set({ status: 'published', publishedAt: new Date() })
      .where(eq(articles.id, draft.id))
      .then(() => null, (err: Error) => err);
    expect(String((refused?.cause as Error | undefined)?.message ?? refused?.message)).toContain('articles_section_once_submitted');
  });
});

describe('the front page', () => {
  it('leads with the story an editor pinned, and drops it back when unpinned', async () => {
    const draft = await createDraft({ actor: reporter, input: draftInput('Bài được ghim lên trang nhất') });
    await submitForReview({ actor: reporter, articleId: draft.id });
    await approveArticle({ actor: editor, articleId: draft.id });
    await publishArticle({ actor: editor, articleId: draft.id, now: new Date(Date.now() - 30 * 24 * 3600_000) });
    await expect(pinToFrontPage({ actor: reporter, articleId: draft.id, rank: 1 })).rejects.toMatchObject({ code: 'forbidden' });
    await pinToFrontPage({ actor: editor, articleId: draft.id, rank: 1 });
    expect((await getFrontPage()).lead?.id).toBe(draft.id);
    await pinToFrontPage({ actor: editor, articleId: draft.id, rank: null });
    expect((await getFrontPage()).lead?.id).not.toBe(draft.id);
  });

  it('refuses to pin a story that is not published', async () => {
    const draft = await createDraft({ actor: reporter, input: draftInput('Bản nháp không ghim được') });
    await expect(pinToFrontPage({ actor: editor, articleId: draft.id, rank: 2 })).rejects.toMatchObject({
      code: 'invalid_transition',
    });
  });
});
