import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleNotes, articles, articleTags, auditLog, type Section, tags, type User } from '@/db/schema';
import { withTestDatabase } from '@/test/database';
import { createSection, createUser } from '@/test/fixtures';
import { listNotifications, markNotificationsRead, countUnreadNotifications } from '@/lib/notifications';
import { getSignoffChain, saveSignoffChain } from './chain';
import { listCorrections, publishCorrection } from './corrections';
import { approveArticle, createDraft, moveArticle, publishArticle, returnToReporter, saveDraft, submitForReview } from './desk';
import { moveLiveEdit, textForEditor } from './live-edits';
import { getArticleForReader, listLatestArticles } from './public';
import { listMyDesk } from './my-desk';
import { storiesGoingLive } from '@/lib/cache/scheduler';
import { now } from '@/lib/clock';
import { startOfVietnamDay } from '@/lib/dates';

const { getDb } = withTestDatabase();

let reporter: User;
let editor: User;
let secretary: User;
let chief: User;
let admin: User;
let section: Section;
let plainSection: Section;

beforeAll(async () => {
  [reporter, editor, secretary, chief, admin] = await Promise.all([
    createUser({ role: 'reporter' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'admin' }),
  ]);
  [section, plainSection] = await Promise.all([createSection(), createSection()]);
  // This section signs off in three levels; the rest of the newsroom keeps its own chain.
  await saveSignoffChain({
    actor: admin,
    sectionId: section.id,
    chain: {
      levels: [
        { title: 'Biên tập viên', roles: ['editor'], userIds: [] },
        { title: 'Thư ký tòa soạn', roles: [], userIds: [secretary.id] },
        { title: 'Tổng biên tập', roles: [], userIds: [chief.id] },
      ],
    },
  });
});

const input = (title: string, sectionId = section.id) => ({ title, lead: 'Sapo.', sectionId, body: 'Đoạn một.', credit: 'Bài: Minh Anh' });

async function submitted(title: string) {
  const draft = await createDraft({ actor: reporter, input: input(title) });
  await submitForReview({ actor: reporter, articleId: draft.id });
  return draft;
}

async function level(id: number) {
  const db = await getDb();
  const [row] = await db.select({ status: articles.status, reviewLevel: articles.reviewLevel }).from(articles).where(eq(articles.id, id));
  return row;
}

describe('a three-level sign-off chain', () => {
  it('climbs Biên tập viên → Thư ký tòa soạn → Tổng biên tập, then waits for a publisher', async () => {
    const story = await submitted('Ba cấp duyệt cho bài thời sự');
    expect(await level(story.id)).toEqual({ status: 'in_review', reviewLevel: 1 });
    await approveArticle({ actor: editor, articleId: story.id });
    expect(await level(story.id)).toEqual({ status: 'in_review', reviewLevel: 2 });
    await approveArticle({ actor: secretary, articleId: story.id });
    expect(await level(story.id)).toEqual({ status: 'in_review', reviewLevel: 3 });
    await approveArticle({ actor: chief, articleId: story.id });
    expect(await level(story.id)).toEqual({ status: 'approved', reviewLevel: 3 });
    const live = await publishArticle({ actor: editor, articleId: story.id });
    expect(live.status).toBe('published');

    const db = await getDb();
    const audit = await db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, 'article'), eq(auditLog.subjectId, String(story.id))))
      .orderBy(asc(auditLog.id));
    expect(audit.map((a) => a.action)).toEqual(['article.create', 'article.submit', 'article.approve', 'article.approve', 'article.approve', 'article.publish']);
  });

  it('refuses someone who does not act at the level the story waits at, and changes nothing', async () => {
    const story = await submitted('Bài chờ thư ký tòa soạn');
    await approveArticle({ actor: editor, articleId: story.id });
    await expect(approveArticle({ actor: editor, articleId: story.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(approveArticle({ actor: chief, articleId: story.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(approveArticle({ actor: admin, articleId: story.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(publishArticle({ actor: admin, articleId: story.id })).rejects.toMatchObject({ code: 'invalid_transition' });
    expect(await level(story.id)).toEqual({ status: 'in_review', reviewLevel: 2 });
  });

  it('returns a story at level 2 with a reason the reporter reads, and tells the reporter', async () => {
    const story = await submitted('Bài bị trả ở cấp hai');
    await approveArticle({ actor: editor, articleId: story.id });
    await expect(returnToReporter({ actor: secretary, articleId: story.id, reason: '  ' })).rejects.toMatchObject({ code: 'invalid_input' });
    await returnToReporter({ actor: secretary, articleId: story.id, reason: 'Cần thêm ý kiến của Sở Giao thông.' });
    expect(await level(story.id)).toEqual({ status: 'returned', reviewLevel: 0 });
    const db = await getDb();
    const notes = await db.select().from(articleNotes).where(eq(articleNotes.articleId, story.id));
    expect(notes).toMatchObject([{ kind: 'return', body: 'Cần thêm ý kiến của Sở Giao thông.', authorId: secretary.id }]);

    const mine = (await listNotifications({ userId: reporter.id })).filter((n) => n.articleId === story.id);
    expect(mine.map((n) => n.kind)).toEqual(['returned', 'approved']);
    expect(mine[0].message).toContain('Cần thêm ý kiến của Sở Giao thông.');
    // Resubmitting starts again at the first level.
    await submitForReview({ actor: reporter, articleId: story.id });
    expect(await level(story.id)).toEqual({ status: 'in_review', reviewLevel: 1 });
  });

  it('tells the people of the next level when a story reaches them, and lets them mark it read', async () => {
    const story = await submitted('Bài lên cấp thư ký');
    await approveArticle({ actor: editor, articleId: story.id });
    const atLevel2 = (n: { articleId: number | null; kind: string; message: string }) => n.articleId === story.id && n.kind === 'waiting' && n.message.includes('(Thư ký tòa soạn)');
    const waiting = (await listNotifications({ userId: secretary.id })).filter(atLevel2);
    expect(waiting).toMatchObject([{ kind: 'waiting', readAt: null, message: 'Bài “Bài lên cấp thư ký” đang chờ bạn duyệt (Thư ký tòa soạn).' }]);
    expect((await listNotifications({ userId: chief.id })).filter(atLevel2)).toHaveLength(0);
    const before = await countUnreadNotifications({ userId: secretary.id });
    // Not theirs: refused as not found, and nothing changes.
    await expect(markNotificationsRead({ userId: reporter.id, id: waiting[0].id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await countUnreadNotifications({ userId: secretary.id })).toBe(before);
    await markNotificationsRead({ userId: secretary.id, id: waiting[0].id });
    expect(await countUnreadNotifications({ userId: secretary.id })).toBe(before - 1);
    await markNotificationsRead({ userId: secretary.id });
    expect(await countUnreadNotifications({ userId: secretary.id })).toBe(0);
  });

  it('leaves other sections on the newsroom’s chain', async () => {
    expect((await getSignoffChain({ sectionId: plainSection.id })).levels).toHaveLength((await getSignoffChain()).levels.length);
    const draft = await createDraft({ actor: reporter, input: input('Bài chuyên mục thường', plainSection.id) });
    await submitForReview({ actor: reporter, articleId: draft.id });
    await expect(approveArticle({ actor: editor, articleId: draft.id })).resolves.toMatchObject({ status: 'approved' });
  });

  it('refuses a reporter as a named approver', async () => {
    await expect(
      saveSignoffChain({ actor: admin, sectionId: plainSection.id, chain: { levels: [{ title: 'Lạ', roles: [], userIds: [reporter.id] }] } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(saveSignoffChain({ actor: editor, sectionId: plainSection.id, chain: { levels: [{ title: 'Biên tập', roles: ['editor'], userIds: [] }] } })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});

async function publishedStory(title: string) {
  const story = await submitted(title);
  await approveArticle({ actor: editor, articleId: story.id });
  await approveArticle({ actor: secretary, articleId: story.id });
  await approveArticle({ actor: chief, articleId: story.id });
  return publishArticle({ actor: editor, articleId: story.id });
}

describe('editing a live story', () => {
  it('keeps the published text live while the edit climbs the chain, then publishes the edit', async () => {
    const live = await publishedStory('Giá xăng giảm từ chiều nay');
    const saved = await saveDraft({ actor: editor, articleId: live.id, version: live.version, input: { ...input('Giá xăng giảm 500 đồng từ chiều nay'), body: 'Bản mới.' } });
    expect(saved.title).toBe('Giá xăng giảm từ chiều nay');
    expect(saved.pendingEdit).toMatchObject({ status: 'in_review', level: 1 });
    expect(textForEditor(saved).title).toBe('Giá xăng giảm 500 đồng từ chiều nay');

    const reader = await getArticleForReader({ id: live.id });
    expect(reader && !reader.gone && reader.article.title).toBe('Giá xăng giảm từ chiều nay');

    await expect(moveLiveEdit({ actor: secretary, articleId: live.id, move: 'publish' })).rejects.toMatchObject({ code: 'invalid_transition' });
    await moveLiveEdit({ actor: editor, articleId: live.id, move: 'approve' });
    await expect(moveLiveEdit({ actor: editor, articleId: live.id, move: 'approve' })).rejects.toMatchObject({ code: 'forbidden' });
    await moveLiveEdit({ actor: secretary, articleId: live.id, move: 'approve' });
    const approved = await moveLiveEdit({ actor: chief, articleId: live.id, move: 'approve' });
    expect(approved.pendingEdit).toMatchObject({ status: 'approved', level: 3 });
    expect(approved.title).toBe('Giá xăng giảm từ chiều nay');

    const published = await moveLiveEdit({ actor: editor, articleId: live.id, move: 'publish' });
    expect(published).toMatchObject({ title: 'Giá xăng giảm 500 đồng từ chiều nay', pendingEdit: null, status: 'published', slug: live.slug });
    expect(published.bodyText).toBe('Bản mới.');
    const after = await getArticleForReader({ id: live.id });
    expect(after && !after.gone && after.article.title).toBe('Giá xăng giảm 500 đồng từ chiều nay');
  });

  it('carries the tags of an edit, applied only when the edit is published', async () => {
    const live = await publishedStory('Bài có từ khóa sửa sau');
    const tagName = `Từ khóa ${Date.now() % 100000}`;
    await saveDraft({ actor: editor, articleId: live.id, version: live.version, input: { ...input('Bài có từ khóa sửa sau'), tags: [tagName] } });
    const db = await getDb();
    const tagsOf = async () =>
      (await db.select({ name: tags.name }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, live.id))).map((t) => t.name);
    expect(await tagsOf()).toEqual([]);
    await moveLiveEdit({ actor: editor, articleId: live.id, move: 'approve' });
    await moveLiveEdit({ actor: secretary, articleId: live.id, move: 'approve' });
    await moveLiveEdit({ actor: chief, articleId: live.id, move: 'approve' });
    await moveLiveEdit({ actor: editor, articleId: live.id, move: 'publish' });
    expect(await tagsOf()).toEqual([tagName]);
  });

  it('returns an edit with a reason, the live text untouched', async () => {
    const live = await publishedStory('Mưa lớn ở miền Trung');
    const saved = await saveDraft({ actor: editor, articleId: live.id, version: live.version, input: input('Mưa rất lớn ở miền Trung') });
    await expect(moveLiveEdit({ actor: editor, articleId: live.id, move: 'return' })).rejects.toMatchObject({ code: 'invalid_input' });
    const returned = await moveLiveEdit({ actor: editor, articleId: live.id, move: 'return', reason: 'Chưa có số liệu lượng mưa.' });
    expect(returned.pendingEdit).toMatchObject({ status: 'returned' });
    expect(returned.title).toBe('Mưa lớn ở miền Trung');
    // Saving again sends it back to the first level.
    const again = await saveDraft({ actor: editor, articleId: live.id, version: returned.version, input: input('Mưa rất lớn ở miền Trung, 300 mm') });
    expect(again.pendingEdit).toMatchObject({ status: 'in_review', level: 1 });
    expect(saved.version).toBeLessThan(again.version);
  });
});

describe('scheduling and corrections', () => {
  it('keeps a story scheduled for tomorrow 08:00 off the public lists until the clock reaches it', async () => {
    const story = await submitted('Bài hẹn giờ sáng mai');
    await approveArticle({ actor: editor, articleId: story.id });
    await approveArticle({ actor: secretary, articleId: story.id });
    await approveArticle({ actor: chief, articleId: story.id });
    // Relative to the clock, never a calendar date: a fixed "tomorrow" turns into yesterday.
    const today = now();
    const tomorrow8 = new Date(startOfVietnamDay(today).getTime() + (24 + 8) * 3600_000);
    const at = (seconds: number) => new Date(tomorrow8.getTime() + seconds * 1000);
    const scheduled = await moveArticle({ actor: editor, articleId: story.id, move: 'publish', publishAt: tomorrow8, now: today });
    expect(scheduled.publishedAt?.toISOString()).toBe(tomorrow8.toISOString());
    // The tick between two instants sees the story exactly when its time falls inside.
    expect((await storiesGoingLive({ since: today, until: at(-1) })).map((r) => r.id)).not.toContain(story.id);
    expect((await storiesGoingLive({ since: at(-1), until: at(5) })).map((r) => r.id)).toContain(story.id);
  });

  it('publishes a correction on a live story, newest first, and refuses it on a draft', async () => {
    const live = await publishedStory('Bài cần đính chính');
    await publishCorrection({ actor: editor, articleId: live.id, text: 'Tên xã đúng là Phú Hòa.' });
    await publishCorrection({ actor: editor, articleId: live.id, text: 'Số liệu đúng là 12 tỷ đồng.' });
    expect((await listCorrections({ articleId: live.id })).map((c) => c.body)).toEqual(['Số liệu đúng là 12 tỷ đồng.', 'Tên xã đúng là Phú Hòa.']);
    await expect(publishCorrection({ actor: reporter, articleId: live.id, text: 'Sửa lén một chút.' })).rejects.toMatchObject({ code: 'forbidden' });
    const draft = await createDraft({ actor: reporter, input: input('Bản nháp chưa đăng') });
    await expect(publishCorrection({ actor: editor, articleId: draft.id, text: 'Không được đâu.' })).rejects.toMatchObject({ code: 'invalid_transition' });
    const db = await getDb();
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.action, 'article.correct'), eq(auditLog.subjectId, String(live.id))));
    expect(audit).toHaveLength(2);
  });

  it('lists nothing from this section before its time', async () => {
    const list = await listLatestArticles({ sectionId: section.id, limit: 100 });
    expect(list.map((a) => a.title)).not.toContain('Bài hẹn giờ sáng mai');
  });
});

describe('my desk', () => {
  it('lists what waits at my level, searchable without diacritics', async () => {
    const story = await submitted('Đường sắt Bắc Nam tốc độ cao');
    await approveArticle({ actor: editor, articleId: story.id });
    const ids = async (actor: User, q?: string) => (await listMyDesk({ actor, list: 'cho-toi', filters: { q, 'chuyen-muc': section.id } })).map((r) => r.id);
    expect(await ids(secretary)).toContain(story.id);
    expect(await ids(secretary, 'duong sat bac nam')).toEqual([story.id]);
    expect(await ids(chief)).not.toContain(story.id);
    expect(await ids(reporter)).toEqual([]);
    const drafts = await listMyDesk({ actor: reporter, list: 'nhap', filters: { 'chuyen-muc': section.id } });
    expect(drafts.every((r) => r.status === 'draft')).toBe(true);
  });
});
