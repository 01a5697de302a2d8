import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, notifications, type Section, topics, type User } from '@/db/schema';
import { withTestDatabase } from '@/test/database';
import { createSection, createUser } from '@/test/fixtures';
import { approveArticle, moveArticle, publishArticle, submitForReview } from '@/lib/articles/desk';
import { now as clockNow } from '@/lib/clock';
import { listNotifications } from '@/lib/notifications';
import { deliverDeadlineNotices } from './notices';
import { getTopicPlanners, saveTopicPlanners } from './planners';
import { approveTopic, assignTopic, declineTopic, getTopic, listMyTopics, listPlanningBoard, listTopicsDue, proposeTopic, writeFromTopic } from './topics';
import { vietnamIsoDay } from '@/lib/dates';
import { weekOf } from './week';
import { weeklyPlanningReport, weeklyReportCsv } from './weekly-report';

const { getDb } = withTestDatabase();
const HOUR = 3600_000;

let reporter: User;
let otherReporter: User;
let secretary: User;
let editor: User;
let admin: User;
let moderator: User;
let section: Section;

beforeAll(async () => {
  [reporter, otherReporter, secretary, editor, admin, moderator] = await Promise.all([
    createUser({ role: 'reporter' }),
    createUser({ role: 'reporter' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'admin' }),
    createUser({ role: 'moderator' }),
  ]);
  section = await createSection();
});

const today = () => vietnamIsoDay(clockNow());
const input = (title: string, extra: Partial<Parameters<typeof proposeTopic>[0]['input']> = {}) => ({
  title,
  angle: 'Phỏng vấn người dân, số liệu của phường.',
  sectionId: section.id,
  expectedOn: today(),
  mediaNeeds: 'Ảnh hiện trường',
  sources: 'UBND phường',
  ...extra,
});
const inHours = (h: number) => new Date(clockNow().getTime() + h * HOUR);

// Who the thư ký is, is one setting of the whole newsroom; the suites share the PostgreSQL database,
// so these tests keep it as it is (by default every editor and admin) and only the refusals and a
// save of the same rule run here. Named people are held to the rule in planners.test.ts.
describe('who names the thư ký', () => {
  it('only an admin, and only active editors or admins may be named; a save is audited', async () => {
    await expect(saveTopicPlanners({ actor: secretary, planners: { roles: ['editor'], userIds: [] } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(saveTopicPlanners({ actor: admin, planners: { roles: [], userIds: [reporter.id] } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(saveTopicPlanners({ actor: admin, planners: { roles: [], userIds: [] } })).rejects.toMatchObject({ code: 'invalid_input' });
    const current = await getTopicPlanners();
    expect(await saveTopicPlanners({ actor: admin, planners: current })).toEqual(current);
    const db = await getDb();
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.action, 'topic.planners'), eq(auditLog.actorId, admin.id)));
    expect(audit).toHaveLength(1);
  });
});

describe('proposing, approving, declining, assigning', () => {
  it('a reporter proposes; the thư ký is told; the reporters and the moderator cannot decide', async () => {
    const topic = await proposeTopic({ actor: reporter, input: input('Chợ đêm phường An Lạc sau một năm') });
    expect(topic.decision).toBe('proposed');
    const told = await listNotifications({ userId: secretary.id });
    expect(told.some((n) => n.topicId === topic.id && n.kind === 'topic_proposed')).toBe(true);
    await expect(approveTopic({ actor: reporter, topicId: topic.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(declineTopic({ actor: otherReporter, topicId: topic.id, reason: 'Không hay.' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(assignTopic({ actor: moderator, topicId: topic.id, assigneeIds: [otherReporter.id], deadline: inHours(5) })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(proposeTopic({ actor: moderator, input: input('Kiểm duyệt đề xuất') })).rejects.toMatchObject({ code: 'forbidden' });
    // The other reporter does not even see it; the moderator has no board.
    await expect(getTopic({ actor: otherReporter, id: topic.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getTopic({ actor: moderator, id: topic.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await getTopic({ actor: reporter, id: topic.id })).moves).toEqual([]);
    expect((await getTopic({ actor: secretary, id: topic.id })).moves).toEqual(['approve', 'decline', 'assign']);
  });

  it('approving makes the proposer the writer, tells them, and is audited in the same transaction', async () => {
    const topic = await proposeTopic({ actor: reporter, input: input('Đường ven sông sau mùa lũ') });
    await approveTopic({ actor: secretary, topicId: topic.id, deadline: inHours(30) });
    const seen = await getTopic({ actor: reporter, id: topic.id });
    expect(seen.topic.status).toBe('approved');
    expect(seen.topic.assignees.map((a) => a.id)).toEqual([reporter.id]);
    expect(seen.moves).toEqual(['write']);
    expect(seen.history.map((h) => h.action)).toEqual(['topic.propose', 'topic.approve']);
    const notices = await listNotifications({ userId: reporter.id });
    expect(notices.some((n) => n.topicId === topic.id && n.kind === 'topic_approved')).toBe(true);
    await expect(approveTopic({ actor: secretary, topicId: topic.id })).rejects.toMatchObject({ code: 'invalid_transition' });
  });

  it('declining needs a reason, which the proposer reads', async () => {
    const topic = await proposeTopic({ actor: reporter, input: input('Đề tài trùng lặp') });
    await expect(declineTopic({ actor: secretary, topicId: topic.id, reason: '   ' })).rejects.toMatchObject({ code: 'invalid_input' });
    await declineTopic({ actor: secretary, topicId: topic.id, reason: 'Báo đã đăng tuần trước.' });
    const seen = await getTopic({ actor: reporter, id: topic.id });
    expect(seen.topic.status).toBe('declined');
    expect(seen.topic.declineReason).toBe('Báo đã đăng tuần trước.');
    const notices = await listNotifications({ userId: reporter.id });
    expect(notices.find((n) => n.topicId === topic.id)?.message).toBe('Đề tài “Đề tài trùng lặp” không được duyệt: Báo đã đăng tuần trước.');
    await expect(writeFromTopic({ actor: reporter, topicId: topic.id })).rejects.toMatchObject({ code: 'invalid_transition' });
  });

  it('the thư ký creates and assigns to two reporters at once; a deadline in the past is refused', async () => {
    await expect(
      proposeTopic({ actor: secretary, input: input('Giao ngay', { assigneeIds: [reporter.id], deadline: inHours(-1) }) }),
    ).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { deadline: ['Hạn nộp phải sau lúc này.'] } });
    await expect(proposeTopic({ actor: reporter, input: input('Tự giao', { assigneeIds: [otherReporter.id], deadline: inHours(5) }) })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(proposeTopic({ actor: secretary, input: input('Giao cho kiểm duyệt', { assigneeIds: [moderator.id], deadline: inHours(5) }) })).rejects.toMatchObject({ code: 'invalid_input' });
    const topic = await proposeTopic({ actor: secretary, input: input('Tuyến buýt điện mới', { assigneeIds: [reporter.id, otherReporter.id], deadline: inHours(20) }) });
    expect(topic.decision).toBe('approved');
    for (const person of [reporter, otherReporter]) {
      const notices = await listNotifications({ userId: person.id });
      expect(notices.some((n) => n.topicId === topic.id && n.kind === 'topic_assigned')).toBe(true);
    }
  });

  it('assigning a proposal approves it and tells the new writer and the proposer', async () => {
    const topic = await proposeTopic({ actor: reporter, input: input('Trường học thiếu giáo viên') });
    await expect(assignTopic({ actor: secretary, topicId: topic.id, assigneeIds: [], deadline: inHours(10) })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(assignTopic({ actor: secretary, topicId: topic.id, assigneeIds: [otherReporter.id], deadline: null })).rejects.toMatchObject({ code: 'invalid_input' });
    await assignTopic({ actor: secretary, topicId: topic.id, assigneeIds: [otherReporter.id], deadline: inHours(10) });
    const seen = await getTopic({ actor: otherReporter, id: topic.id });
    expect(seen.topic.status).toBe('approved');
    expect(seen.moves).toEqual(['write']);
    // The proposer still sees the topic (they proposed it) but does not write it.
    expect((await getTopic({ actor: reporter, id: topic.id })).moves).toEqual([]);
    await expect(writeFromTopic({ actor: reporter, topicId: topic.id })).rejects.toMatchObject({ code: 'forbidden' });
    // The other reporter's draft: the proposer learns that it is being written, not its text or its title.
    await writeFromTopic({ actor: otherReporter, topicId: topic.id });
    const proposerSees = await getTopic({ actor: reporter, id: topic.id });
    expect(proposerSees.topic.status).toBe('writing');
    expect([proposerSees.canOpenStory, proposerSees.canSeeStory]).toEqual([false, false]);
    const writerSees = await getTopic({ actor: otherReporter, id: topic.id });
    expect([writerSees.canOpenStory, writerSees.canSeeStory]).toEqual([true, true]);
    const db = await getDb();
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.subjectType, 'topic'), eq(auditLog.subjectId, String(topic.id)), eq(auditLog.action, 'topic.assign')));
    expect(audit).toHaveLength(1);
    expect(audit[0].actorId).toBe(secretary.id);
  });
});

describe('the story written from a topic', () => {
  it('opens as a linked draft with the title and section, and the topic follows it to đã đăng', async () => {
    const topic = await proposeTopic({ actor: secretary, input: input('Người giữ nghề gốm Bát Tràng', { assigneeIds: [reporter.id], deadline: inHours(48) }) });
    const draft = await writeFromTopic({ actor: reporter, topicId: topic.id });
    expect(draft).toMatchObject({ title: 'Người giữ nghề gốm Bát Tràng', sectionId: section.id, status: 'draft', authorId: reporter.id });
    // A second click goes on with the same draft.
    expect((await writeFromTopic({ actor: reporter, topicId: topic.id })).id).toBe(draft.id);
    const status = async () => (await getTopic({ actor: secretary, id: topic.id })).topic.status;
    expect(await status()).toBe('writing');
    await submitForReview({ actor: reporter, articleId: draft.id });
    expect(await status()).toBe('submitted');
    await moveArticle({ actor: editor, articleId: draft.id, move: 'return', reason: 'Thiếu ý kiến nghệ nhân.' });
    expect(await status()).toBe('writing');
    await submitForReview({ actor: reporter, articleId: draft.id });
    await approveArticle({ actor: editor, articleId: draft.id });
    expect(await status()).toBe('submitted');
    await publishArticle({ actor: editor, articleId: draft.id });
    expect(await status()).toBe('published');
    const db = await getDb();
    const [row] = await db.select({ articleId: topics.articleId }).from(topics).where(eq(topics.id, topic.id));
    expect(row.articleId).toBe(draft.id);
    // The board of the week shows it as published.
    const board = await listPlanningBoard({ actor: secretary, filters: { monday: weekOf(clockNow()).monday, sectionId: section.id } });
    expect(board.topics.find((t) => t.id === topic.id)?.statusLabel).toBe('Đã đăng');
  });

  it('a story thrown away frees the topic for a new draft', async () => {
    const topic = await proposeTopic({ actor: secretary, input: input('Bản nháp bỏ đi', { assigneeIds: [reporter.id], deadline: inHours(48) }) });
    const first = await writeFromTopic({ actor: reporter, topicId: topic.id });
    await moveArticle({ actor: editor, articleId: first.id, move: 'trash' });
    expect((await getTopic({ actor: reporter, id: topic.id })).topic.status).toBe('approved');
    const second = await writeFromTopic({ actor: reporter, topicId: topic.id });
    expect(second.id).not.toBe(first.id);
  });
});

describe('deadlines by the injectable clock', () => {
  it('overdue once the deadline passes undelivered; notices once each, today then overdue', async () => {
    const deadline = inHours(3);
    const topic = await proposeTopic({ actor: secretary, input: input('Hạn gấp', { assigneeIds: [otherReporter.id], deadline }) });
    const later = new Date(deadline.getTime() + HOUR);
    expect((await getTopic({ actor: secretary, id: topic.id })).topic.status).toBe('approved');
    expect((await getTopic({ actor: secretary, id: topic.id, now: later })).topic.status).toBe('overdue');

    const db = await getDb();
    const mine = () => db.select().from(notifications).where(and(eq(notifications.userId, otherReporter.id), eq(notifications.topicId, topic.id)));
    // Due within the Vietnam day or the next: one notice, however often the bell is read.
    await deliverDeadlineNotices({ userId: otherReporter.id });
    await Promise.all([deliverDeadlineNotices({ userId: otherReporter.id }), deliverDeadlineNotices({ userId: otherReporter.id })]);
    const due = (await mine()).filter((n) => n.kind === 'topic_due');
    expect(due).toHaveLength(1);
    expect(due[0].message).toMatch(/^Đề tài “Hạn gấp” đến hạn nộp (hôm nay|ngày mai), \d{2}:\d{2} \d{2}\/\d{2}/);
    await deliverDeadlineNotices({ userId: otherReporter.id, now: later });
    await deliverDeadlineNotices({ userId: otherReporter.id, now: later });
    expect((await mine()).filter((n) => n.kind === 'topic_overdue')).toHaveLength(1);

    // The home pages' reads.
    const dueToday = await listTopicsDue({ actor: secretary, day: vietnamIsoDay(later), now: later });
    expect(dueToday.find((t) => t.id === topic.id)?.status).toBe('overdue');
    expect((await listTopicsDue({ actor: reporter, day: vietnamIsoDay(later), now: later })).some((t) => t.id === topic.id)).toBe(false);
    expect((await listMyTopics({ actor: otherReporter, now: later })).find((t) => t.id === topic.id)?.status).toBe('overdue');

    // Handed in: no longer overdue, no more deadline notices.
    const draft = await writeFromTopic({ actor: otherReporter, topicId: topic.id });
    await submitForReview({ actor: otherReporter, articleId: draft.id });
    expect((await getTopic({ actor: secretary, id: topic.id, now: later })).topic.status).toBe('submitted');
    expect((await listTopicsDue({ actor: secretary, day: vietnamIsoDay(later), now: later })).some((t) => t.id === topic.id)).toBe(false);
  });
});

describe('the board and the weekly report', () => {
  it('a reporter sees only their own topics on the board; filters by status and reporter', async () => {
    const monday = weekOf(clockNow()).monday;
    const own = await proposeTopic({ actor: otherReporter, input: input('Chỉ người đề xuất thấy') });
    const boardOf = (actor: User, filters = {}) => listPlanningBoard({ actor, filters: { monday, sectionId: section.id, ...filters } });
    expect((await boardOf(otherReporter)).topics.some((t) => t.id === own.id)).toBe(true);
    const reporterSees = (await boardOf(reporter)).topics;
    expect(reporterSees.some((t) => t.id === own.id)).toBe(false);
    expect(reporterSees.every((t) => t.proposer.id === reporter.id || t.assignees.some((a) => a.id === reporter.id))).toBe(true);
    const proposals = (await boardOf(secretary, { status: 'proposed' })).topics;
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals.every((t) => t.status === 'proposed')).toBe(true);
    const ofOther = (await boardOf(secretary, { reporterId: otherReporter.id })).topics;
    expect(ofOther.every((t) => t.proposer.id === otherReporter.id || t.assignees.some((a) => a.id === otherReporter.id))).toBe(true);
    await expect(listPlanningBoard({ actor: moderator, filters: { monday } })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('counts the week per reporter and per section; a reporter sees only their own row', async () => {
    const report = await weeklyPlanningReport({ actor: secretary, monday: weekOf(clockNow()).monday });
    const row = (u: User) => report.people.find((p) => p.id === u.id)?.counts;
    // The reporter proposed 4 topics above (one declined), writes 4 (two approved or given, Bát Tràng, the thrown-away one)
    // and published one (Bát Tràng).
    expect(row(reporter)).toMatchObject({ proposed: 4, published: 1, delivered: 1 });
    expect(row(reporter)!.approved).toBeGreaterThanOrEqual(4);
    expect(row(otherReporter)).toMatchObject({ proposed: 1 });
    const mySection = report.sections.find((s) => s.id === section.id)!.counts;
    expect(mySection.published).toBe(1);
    expect(mySection.delivered).toBe(2);
    expect(report.scope).toBe('all');

    const own = await weeklyPlanningReport({ actor: reporter, monday: weekOf(clockNow()).monday });
    expect(own.scope).toBe('own');
    expect(own.people.map((p) => p.id)).toEqual([reporter.id]);
    expect(own.sections).toEqual([]);
    expect(own.people[0].counts).toEqual(row(reporter));

    const csv = weeklyReportCsv(report);
    expect(csv.startsWith('\uFEFFBáo cáo đề tài tuần')).toBe(true);
    expect(csv).toContain('Phóng viên;Đề xuất;Được duyệt;Đã nộp;Đã đăng;Trễ hạn');
    await expect(weeklyPlanningReport({ actor: moderator, monday: weekOf(clockNow()).monday })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
