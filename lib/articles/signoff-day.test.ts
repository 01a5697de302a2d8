import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, auditLog, type Section, type User } from '@/db/schema';
import { withTestDatabase } from '@/test/database';
import { createSection, createUser } from '@/test/fixtures';
import { listNotifications } from '@/lib/notifications';
import { storiesGoingLive } from '@/lib/cache/scheduler';
import { now } from '@/lib/clock';
import { getSignoffChain, saveSignoffChain, setDistinctApprovers } from './chain';
import { publishCorrection } from './corrections';
import { approveArticle, createDraft, moveArticle, pinToFrontPage, returnToReporter, saveDraft, submitForReview } from './desk';
import { moveLiveEdit } from './live-edits';
import { getSignoffTrail } from './signoff-trail';

const { getDb } = withTestDatabase();

let reporter: User;
let otherReporter: User;
let editor: User;
let secretary: User;
let admin: User;
let section: Section;

const HOUR = 3600_000;

beforeAll(async () => {
  [reporter, otherReporter, editor, secretary, admin] = await Promise.all([
    createUser({ role: 'reporter' }),
    createUser({ role: 'reporter' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'admin' }),
  ]);
  section = await createSection();
  // Two levels: every editor, then the Thư ký tòa soạn (an editor, so she also acts at level 1).
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

const input = (title: string) => ({ title, lead: 'Sapo.', sectionId: section.id, body: 'Đoạn một.', credit: 'Bài: Minh Anh' });

async function submitted(title: string) {
  const draft = await createDraft({ actor: reporter, input: input(title) });
  await submitForReview({ actor: reporter, articleId: draft.id });
  return draft;
}

async function approved(title: string) {
  const story = await submitted(title);
  await approveArticle({ actor: editor, articleId: story.id });
  await approveArticle({ actor: secretary, articleId: story.id });
  return story;
}

async function row(id: number) {
  const db = await getDb();
  const [found] = await db.select().from(articles).where(eq(articles.id, id));
  return found;
}

async function auditOf(id: number, action: string) {
  const db = await getDb();
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'article'), eq(auditLog.subjectId, String(id)), eq(auditLog.action, action)))
    .orderBy(asc(auditLog.id));
}

describe('a scheduled story', () => {
  it('is rescheduled to a new time, and the old time no longer brings it live', async () => {
    const story = await approved('Lễ hội hoa xuân khai mạc');
    const at = now();
    const first = new Date(at.getTime() + 20 * HOUR);
    const later = new Date(at.getTime() + 26 * HOUR);
    await moveArticle({ actor: editor, articleId: story.id, move: 'publish', publishAt: first, now: at });
    const moved = await moveArticle({ actor: editor, articleId: story.id, move: 'reschedule', publishAt: later, now: at });
    expect(moved.status).toBe('published');
    expect(moved.publishedAt?.toISOString()).toBe(later.toISOString());
    expect(moved.message).toMatch(/^Đã đổi giờ xuất bản sang \d{2}:\d{2} \d{2}\/\d{2}/);
    expect((await storiesGoingLive({ since: new Date(first.getTime() - 1000), until: new Date(first.getTime() + 1000) })).map((r) => r.id)).not.toContain(story.id);
    expect((await storiesGoingLive({ since: new Date(later.getTime() - 1000), until: new Date(later.getTime() + 1000) })).map((r) => r.id)).toContain(story.id);
    const [audit] = await auditOf(story.id, 'article.reschedule');
    expect(audit).toMatchObject({ actorId: editor.id, before: { publishAt: first.toISOString() }, after: { publishAt: later.toISOString() } });
    // The reporter hears of the new time.
    const told = (await listNotifications({ userId: reporter.id })).filter((n) => n.articleId === story.id);
    expect(told[0].message).toContain('được dời giờ xuất bản sang');
  });

  it('refuses a new time already past, a reporter, and taking it down before it is live', async () => {
    const story = await approved('Giải chạy việt dã sáng chủ nhật');
    const at = now();
    await moveArticle({ actor: editor, articleId: story.id, move: 'publish', publishAt: new Date(at.getTime() + 5 * HOUR), now: at });
    await expect(moveArticle({ actor: editor, articleId: story.id, move: 'reschedule', publishAt: new Date(at.getTime() - HOUR), now: at })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(moveArticle({ actor: editor, articleId: story.id, move: 'reschedule', now: at })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(moveArticle({ actor: reporter, articleId: story.id, move: 'reschedule', publishAt: new Date(at.getTime() + 8 * HOUR), now: at })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(moveArticle({ actor: reporter, articleId: story.id, move: 'unschedule', now: at })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(moveArticle({ actor: editor, articleId: story.id, move: 'unpublish', reason: 'Chưa đăng mà.', now: at })).rejects.toMatchObject({
      code: 'invalid_transition',
    });
    // Live-only acts wait until readers can see it.
    await expect(pinToFrontPage({ actor: editor, articleId: story.id, rank: 1 })).rejects.toMatchObject({ code: 'invalid_transition' });
    await expect(publishCorrection({ actor: editor, articleId: story.id, text: 'Giải chạy lúc 6 giờ.' })).rejects.toMatchObject({ code: 'invalid_transition' });
    expect((await row(story.id)).status).toBe('published');
  });

  it('has its schedule cancelled: approved again, not live, with no time, audited', async () => {
    const story = await approved('Khánh thành cầu Rạch Miễu 2');
    const at = now();
    const when = new Date(at.getTime() + 3 * HOUR);
    await moveArticle({ actor: editor, articleId: story.id, move: 'publish', publishAt: when, now: at });
    const back = await moveArticle({ actor: editor, articleId: story.id, move: 'unschedule', now: at });
    expect(back).toMatchObject({ status: 'approved', publishAt: null, publishedAt: null, message: 'Đã hủy hẹn giờ, bài trở lại chờ xuất bản.' });
    expect((await storiesGoingLive({ since: new Date(when.getTime() - 1000), until: new Date(when.getTime() + 1000) })).map((r) => r.id)).not.toContain(story.id);
    const [audit] = await auditOf(story.id, 'article.unschedule');
    expect(audit).toMatchObject({ actorId: editor.id, before: { status: 'published', publishAt: when.toISOString() }, after: { status: 'approved', publishAt: null } });
    // Nothing else to sign off: a publisher can publish it now.
    const live = await moveArticle({ actor: editor, articleId: story.id, move: 'publish' });
    expect(live.status).toBe('published');
  });
});

describe('taking a story back (Rút bài)', () => {
  it('brings it back to a draft from any level, tells nobody, and quiets the notices that it waits', async () => {
    const story = await submitted('Bài phóng viên muốn sửa thêm');
    await approveArticle({ actor: editor, articleId: story.id });
    // She acts at both levels, so she was told twice that it waits for her.
    const waiting = (await listNotifications({ userId: secretary.id })).filter((n) => n.articleId === story.id);
    expect(waiting.map((n) => [n.kind, n.readAt])).toEqual([
      ['waiting', null],
      ['waiting', null],
    ]);
    const before = await listNotifications({ userId: reporter.id });

    const back = await moveArticle({ actor: reporter, articleId: story.id, move: 'withdraw' });
    expect(back).toMatchObject({ status: 'draft', reviewLevel: 0 });
    expect(back.message).toContain('Đã rút bài về bản nháp');
    const [audit] = await auditOf(story.id, 'article.withdraw');
    expect(audit).toMatchObject({ actorId: reporter.id, before: { status: 'in_review', reviewLevel: 2 }, after: { status: 'draft', reviewLevel: 0 } });
    const quiet = (await listNotifications({ userId: secretary.id })).filter((n) => n.articleId === story.id);
    expect(quiet).toHaveLength(2);
    expect(quiet.every((n) => n.readAt !== null)).toBe(true);
    expect(await listNotifications({ userId: reporter.id })).toHaveLength(before.length);

    // Sent again, it starts at the first level: the earlier approval no longer counts.
    await submitForReview({ actor: reporter, articleId: story.id });
    expect((await row(story.id)).reviewLevel).toBe(1);
  });

  it('is refused to a reviewer and to another reporter', async () => {
    const story = await submitted('Bài chỉ người viết được rút');
    await expect(moveArticle({ actor: editor, articleId: story.id, move: 'withdraw' })).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Chỉ người viết mới rút được bài đã gửi duyệt.',
    });
    await expect(moveArticle({ actor: otherReporter, articleId: story.id, move: 'withdraw' })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await row(story.id)).status).toBe('in_review');
  });
});

describe('a different person at each level', () => {
  it('refuses the one who approved the level before, in clear words, when the chain says so', async () => {
    await setDistinctApprovers({ actor: admin, sectionId: section.id, on: true });
    try {
      const story = await submitted('Bài cần hai người ký duyệt');
      await approveArticle({ actor: secretary, articleId: story.id });
      await expect(approveArticle({ actor: secretary, articleId: story.id })).rejects.toMatchObject({
        code: 'forbidden',
        message: 'Bạn đã duyệt bài này ở một cấp trước. Quy trình yêu cầu mỗi cấp do một người khác duyệt.',
      });
      expect((await row(story.id)).reviewLevel).toBe(2);

      // Returned and sent again: a new round, where she may sign off level 1 again.
      await returnToReporter({ actor: secretary, articleId: story.id, reason: 'Thiếu nguồn tin.' });
      await submitForReview({ actor: reporter, articleId: story.id });
      await approveArticle({ actor: editor, articleId: story.id });
      const done = await approveArticle({ actor: secretary, articleId: story.id });
      expect(done.status).toBe('approved');
    } finally {
      await setDistinctApprovers({ actor: admin, sectionId: section.id, on: false });
    }
  });

  it('holds for the pending edit of a live story as well', async () => {
    await setDistinctApprovers({ actor: admin, sectionId: section.id, on: true });
    try {
      const story = await approved('Bài đang đăng có bản sửa');
      const live = await moveArticle({ actor: editor, articleId: story.id, move: 'publish' });
      await saveDraft({ actor: editor, articleId: live.id, version: live.version, input: { ...input('Bài đang đăng có bản sửa mới'), body: 'Đoạn sửa.' } });
      await moveLiveEdit({ actor: secretary, articleId: live.id, move: 'approve' });
      await expect(moveLiveEdit({ actor: secretary, articleId: live.id, move: 'approve' })).rejects.toMatchObject({
        code: 'forbidden',
        message: 'Bạn đã duyệt bản sửa này ở một cấp trước. Quy trình yêu cầu mỗi cấp do một người khác duyệt.',
      });
      expect((await row(live.id)).pendingEdit).toMatchObject({ status: 'in_review', level: 2 });
    } finally {
      await setDistinctApprovers({ actor: admin, sectionId: section.id, on: false });
    }
  });

  it('is kept when the levels are saved again, and only an admin sets it', async () => {
    await setDistinctApprovers({ actor: admin, sectionId: section.id, on: true });
    const chain = await getSignoffChain({ sectionId: section.id });
    await saveSignoffChain({ actor: admin, sectionId: section.id, chain: { levels: chain.levels } });
    expect((await getSignoffChain({ sectionId: section.id })).distinctApprovers).toBe(true);
    await expect(setDistinctApprovers({ actor: editor, sectionId: section.id, on: false })).rejects.toMatchObject({ code: 'forbidden' });
    await setDistinctApprovers({ actor: admin, sectionId: section.id, on: false });
    expect((await getSignoffChain({ sectionId: section.id })).distinctApprovers).toBeUndefined();
    const db = await getDb();
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.action, 'workflow.save'), eq(auditLog.actorId, admin.id)));
    expect(audit.length).toBeGreaterThanOrEqual(3);
  });
});

describe('the sign-off trail', () => {
  it('shows who approved at which level and who published, for this round only', async () => {
    const story = await submitted('Bài có dấu vết ký duyệt');
    await returnToReporter({ actor: editor, articleId: story.id, reason: 'Viết lại đoạn đầu.' });
    await submitForReview({ actor: reporter, articleId: story.id });
    await approveArticle({ actor: editor, articleId: story.id });
    await approveArticle({ actor: secretary, articleId: story.id });
    await moveArticle({ actor: admin, articleId: story.id, move: 'publish' });
    const trail = await getSignoffTrail({ actor: reporter, articleId: story.id });
    expect(trail.map((s) => [s.kind, s.level, s.actorId])).toEqual([
      ['submit', null, reporter.id],
      ['approve', 1, editor.id],
      ['approve', 2, secretary.id],
      ['publish', null, admin.id],
    ]);
    expect(trail[1].actorName).toBe(editor.name);
  });

  it('is not shown to someone who may not open the story', async () => {
    const draft = await createDraft({ actor: reporter, input: input('Bản nháp riêng') });
    await expect(getSignoffTrail({ actor: otherReporter, articleId: draft.id })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
