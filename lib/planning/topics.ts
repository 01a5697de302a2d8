import 'server-only';
import { and, asc, eq, gte, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { type Article, articles, auditLog, type Role, sections, type Topic, topicAssignees, topics, users } from '@/db/schema';
import { canReadOnDesk, canSeeOnDesk } from '@/lib/articles/access';
import { createDraftIn } from '@/lib/articles/desk';
import { recordAudit } from '@/lib/audit';
import { can } from '@/lib/auth/permissions';
import { now as clockNow } from '@/lib/clock';
import { formatScheduledAt } from '@/lib/dates';
import { DomainError } from '@/lib/errors';
import { notifyPeople } from '@/lib/notifications';
import { normaliseLine, normaliseText } from '@/lib/text';
import {
  availableTopicMoves,
  checkTopicMove,
  type TopicMove,
  type TopicStatus,
  topicRefusals,
  topicStatusLabels,
  topicStatusOf,
} from './machine';
import { isPlannerBy, getTopicPlanners, listPlannerPeople } from './planners';
import { startOfIsoDay } from '@/lib/dates';
import { weekOfIsoDay } from './week';

export type Actor = { id: number; role: Role };

export type TopicInput = {
  title: string;
  angle: string;
  sectionId: number;
  /** `yyyy-mm-dd`, a Vietnam day. */
  expectedOn: string;
  mediaNeeds: string;
  sources: string;
  /** Only the thư ký assigns: a topic created with people is approved at once. */
  assigneeIds?: number[];
  deadline?: Date | null;
};

const notFound = () => new DomainError('not_found', 'Không tìm thấy đề tài.');
const noAccess = 'Bạn không có quyền xem đề tài này.';

/** Whether `userId` proposed the topic or was given it. */
const ofPerson = (userId: number): SQL =>
  or(
    eq(topics.proposerId, userId),
    sql`exists (select 1 from ${topicAssignees} where ${topicAssignees.topicId} = ${topics.id} and ${topicAssignees.userId} = ${userId})`,
  )!;

/** Editors and admins see the whole plan; a reporter sees the topics they proposed or were given. */
function visibleTo(actor: Actor): SQL | undefined {
  return can(actor.role, 'topic.plan') ? undefined : ofPerson(actor.id);
}

const db = () => getDb();

function assertPermission(actor: Actor, permission: 'topic.propose' | 'topic.plan') {
  if (!can(actor.role, permission)) throw new DomainError('forbidden', 'Bạn không có quyền thực hiện thao tác này với đề tài.');
}

async function assertSection(tx: Tx, sectionId: number) {
  const [s] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, sectionId));
  if (!s) throw new DomainError('invalid_input', 'Chuyên mục không tồn tại.', { sectionId: ['Chuyên mục không tồn tại.'] });
}

/** People a topic may be given to: active writers (reporters, editors, admins). */
async function assertAssignees(tx: Tx, ids: number[]) {
  if (!ids.length) throw new DomainError('invalid_input', 'Chọn ít nhất một phóng viên.', { assigneeIds: ['Chọn ít nhất một phóng viên.'] });
  const found = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.active, true), inArray(users.role, ['reporter', 'editor', 'admin'])));
  if (found.length !== ids.length) throw new DomainError('invalid_input', 'Chỉ giao đề tài cho phóng viên, biên tập viên đang hoạt động.', { assigneeIds: ['Có người không thể nhận đề tài.'] });
}

function assertDeadline(deadline: Date | null | undefined, now: Date, required: boolean) {
  if (!deadline) {
    if (required) throw new DomainError('invalid_input', 'Vui lòng đặt hạn nộp.', { deadline: ['Vui lòng đặt hạn nộp.'] });
    return;
  }
  if (deadline <= now) throw new DomainError('invalid_input', 'Hạn nộp phải sau lúc này.', { deadline: ['Hạn nộp phải sau lúc này.'] });
}

function cleanInput(input: TopicInput) {
  return {
    title: normaliseLine(input.title),
    angle: normaliseText(input.angle).trim(),
    sectionId: input.sectionId,
    expectedOn: input.expectedOn,
    mediaNeeds: normaliseText(input.mediaNeeds).trim(),
    sources: normaliseText(input.sources).trim(),
  };
}

const deadlineText = (d: Date | null | undefined, now: Date) => (d ? `, hạn nộp ${formatScheduledAt(d, now)}` : '');

/**
 * A reporter proposes a topic (đề xuất); the thư ký may also create one and give it to reporters at
 * once (then it is approved, with a deadline). Audited; the thư ký is told of a proposal, the
 * reporters of an assignment.
 */
export async function proposeTopic({ actor, input, now = clockNow() }: { actor: Actor; input: TopicInput; now?: Date }): Promise<Topic> {
  assertPermission(actor, 'topic.propose');
  const fields = cleanInput(input);
  const assigneeIds = [...new Set(input.assigneeIds ?? [])];
  const database = await db();
  return database.transaction(async (tx) => {
    const planners = await getTopicPlanners({ tx });
    const assigned = assigneeIds.length > 0;
    if (assigned && !isPlannerBy(planners, actor)) throw new DomainError('forbidden', topicRefusals.not_planner);
    await assertSection(tx, fields.sectionId);
    if (assigned) {
      await assertAssignees(tx, assigneeIds);
      assertDeadline(input.deadline, now, true);
    }
    const [topic] = await tx
      .insert(topics)
      .values({
        ...fields,
        proposerId: actor.id,
        decision: assigned ? 'approved' : 'proposed',
        decidedBy: assigned ? actor.id : null,
        decidedAt: assigned ? now : null,
        deadline: assigned ? input.deadline! : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, { actorId: actor.id, action: 'topic.propose', subjectType: 'topic', subjectId: topic.id, after: { ...fields, title: topic.title } });
    if (assigned) {
      await tx.insert(topicAssignees).values(assigneeIds.map((userId) => ({ topicId: topic.id, userId, assignedAt: now })));
      await recordAudit(tx, { actorId: actor.id, action: 'topic.assign', subjectType: 'topic', subjectId: topic.id, before: null, after: { assigneeIds, deadline: topic.deadline } });
      await notifyPeople(tx, {
        userIds: assigneeIds,
        exceptUserId: actor.id,
        articleId: null,
        topicId: topic.id,
        kind: 'topic_assigned',
        message: `Bạn được giao đề tài “${topic.title}”${deadlineText(topic.deadline, now)}.`,
      });
    } else {
      const people = await listPlannerPeople({ tx });
      await notifyPeople(tx, {
        userIds: people.map((p) => p.id),
        exceptUserId: actor.id,
        articleId: null,
        topicId: topic.id,
        kind: 'topic_proposed',
        message: `Đề tài mới chờ duyệt: “${topic.title}”.`,
      });
    }
    return topic;
  });
}

type Locked = { topic: Topic; story: Pick<Article, 'id' | 'status' | 'publishedAt' | 'authorId' | 'title'> | null; assigneeIds: number[] };

async function lockTopic(tx: Tx, topicId: number): Promise<Locked> {
  const [topic] = await tx.select().from(topics).where(eq(topics.id, topicId)).for('update');
  if (!topic) throw notFound();
  const [story] = topic.articleId
    ? await tx
        .select({ id: articles.id, status: articles.status, publishedAt: articles.publishedAt, authorId: articles.authorId, title: articles.title })
        .from(articles)
        .where(eq(articles.id, topic.articleId))
    : [];
  const assignees = await tx.select({ userId: topicAssignees.userId }).from(topicAssignees).where(eq(topicAssignees.topicId, topicId));
  return { topic, story: story ?? null, assigneeIds: assignees.map((a) => a.userId) };
}

async function checkMoveIn(tx: Tx, move: TopicMove, locked: Locked, actor: Actor, now: Date) {
  const planners = await getTopicPlanners({ tx });
  const check = checkTopicMove(
    move,
    { decision: locked.topic.decision, deadline: locked.topic.deadline, story: locked.story, proposerId: locked.topic.proposerId, assigneeIds: locked.assigneeIds },
    { ...actor, isPlanner: isPlannerBy(planners, actor) },
    now,
  );
  if (!check.ok) throw new DomainError(check.reason === 'illegal' ? 'invalid_transition' : 'forbidden', topicRefusals[check.reason]);
}

/**
 * The thư ký approves a proposal. The proposer writes it unless the topic is given to others
 * ("Giao đề tài"); a deadline may be set now or later.
 */
export async function approveTopic({ actor, topicId, deadline, now = clockNow() }: { actor: Actor; topicId: number; deadline?: Date | null; now?: Date }) {
  assertPermission(actor, 'topic.plan');
  assertDeadline(deadline, now, false);
  const database = await db();
  return database.transaction(async (tx) => {
    const locked = await lockTopic(tx, topicId);
    await checkMoveIn(tx, 'approve', locked, actor, now);
    const { topic } = locked;
    const [saved] = await tx
      .update(topics)
      .set({ decision: 'approved', decidedBy: actor.id, decidedAt: now, deadline: deadline ?? topic.deadline, updatedAt: now })
      .where(eq(topics.id, topicId))
      .returning();
    if (!locked.assigneeIds.length) await tx.insert(topicAssignees).values({ topicId, userId: topic.proposerId, assignedAt: now });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'topic.approve',
      subjectType: 'topic',
      subjectId: topicId,
      before: { decision: topic.decision, deadline: topic.deadline },
      after: { decision: saved.decision, deadline: saved.deadline },
    });
    await notifyPeople(tx, {
      userIds: [topic.proposerId, ...locked.assigneeIds],
      exceptUserId: actor.id,
      articleId: null,
      topicId,
      kind: 'topic_approved',
      message: `Đề tài “${topic.title}” đã được duyệt${deadlineText(saved.deadline, now)}.`,
    });
    return { ...saved, message: 'Đã duyệt đề tài.' };
  });
}

/** The thư ký declines a topic, with the reason the proposer reads. */
export async function declineTopic({ actor, topicId, reason, now = clockNow() }: { actor: Actor; topicId: number; reason: string; now?: Date }) {
  assertPermission(actor, 'topic.plan');
  const why = normaliseText(reason).trim();
  if (!why) throw new DomainError('invalid_input', 'Vui lòng ghi rõ lý do từ chối.', { reason: ['Vui lòng ghi rõ lý do từ chối.'] });
  const database = await db();
  return database.transaction(async (tx) => {
    const locked = await lockTopic(tx, topicId);
    await checkMoveIn(tx, 'decline', locked, actor, now);
    const { topic } = locked;
    const [saved] = await tx
      .update(topics)
      .set({ decision: 'declined', declineReason: why, decidedBy: actor.id, decidedAt: now, updatedAt: now })
      .where(eq(topics.id, topicId))
      .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'topic.decline',
      subjectType: 'topic',
      subjectId: topicId,
      before: { decision: topic.decision },
      after: { decision: 'declined', reason: why },
    });
    await notifyPeople(tx, {
      userIds: [topic.proposerId, ...locked.assigneeIds],
      exceptUserId: actor.id,
      articleId: null,
      topicId,
      kind: 'topic_declined',
      message: `Đề tài “${topic.title}” không được duyệt: ${why}`,
    });
    return { ...saved, message: 'Đã từ chối đề tài.' };
  });
}

/**
 * The thư ký gives a topic (a proposal, or one already approved or being written) to one or more
 * reporters, with a deadline; the expected date may move too. A proposal is approved by it.
 */
export async function assignTopic({
  actor,
  topicId,
  assigneeIds,
  deadline,
  expectedOn,
  now = clockNow(),
}: {
  actor: Actor;
  topicId: number;
  assigneeIds: number[];
  deadline: Date | null | undefined;
  expectedOn?: string;
  now?: Date;
}) {
  assertPermission(actor, 'topic.plan');
  const ids = [...new Set(assigneeIds)];
  const database = await db();
  return database.transaction(async (tx) => {
    const locked = await lockTopic(tx, topicId);
    await checkMoveIn(tx, 'assign', locked, actor, now);
    await assertAssignees(tx, ids);
    const { topic } = locked;
    // An unchanged deadline may stay even if it has passed (a late topic handed to someone else keeps its record).
    if (!deadline || deadline.getTime() !== topic.deadline?.getTime()) assertDeadline(deadline, now, true);
    const wasProposed = topic.decision === 'proposed';
    const [saved] = await tx
      .update(topics)
      .set({
        decision: 'approved',
        decidedBy: wasProposed ? actor.id : topic.decidedBy,
        decidedAt: wasProposed ? now : topic.decidedAt,
        deadline: deadline!,
        expectedOn: expectedOn ?? topic.expectedOn,
        updatedAt: now,
      })
      .where(eq(topics.id, topicId))
      .returning();
    const added = ids.filter((id) => !locked.assigneeIds.includes(id));
    const removed = locked.assigneeIds.filter((id) => !ids.includes(id));
    if (removed.length) await tx.delete(topicAssignees).where(and(eq(topicAssignees.topicId, topicId), inArray(topicAssignees.userId, removed)));
    if (added.length) await tx.insert(topicAssignees).values(added.map((userId) => ({ topicId, userId, assignedAt: now })));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'topic.assign',
      subjectType: 'topic',
      subjectId: topicId,
      before: { decision: topic.decision, assigneeIds: locked.assigneeIds, deadline: topic.deadline, expectedOn: topic.expectedOn },
      after: { decision: saved.decision, assigneeIds: ids, deadline: saved.deadline, expectedOn: saved.expectedOn },
    });
    await notifyPeople(tx, {
      userIds: added,
      exceptUserId: actor.id,
      articleId: null,
      topicId,
      kind: 'topic_assigned',
      message: `Bạn được giao đề tài “${topic.title}”${deadlineText(saved.deadline, now)}.`,
    });
    const kept = ids.filter((id) => locked.assigneeIds.includes(id));
    if (kept.length && deadline?.getTime() !== topic.deadline?.getTime()) {
      await notifyPeople(tx, {
        userIds: kept,
        exceptUserId: actor.id,
        articleId: null,
        topicId,
        kind: 'topic_assigned',
        message: `Hạn nộp đề tài “${topic.title}” đổi thành ${formatScheduledAt(saved.deadline!, now)}.`,
      });
    }
    if (wasProposed && !ids.includes(topic.proposerId)) {
      await notifyPeople(tx, {
        userIds: [topic.proposerId],
        exceptUserId: actor.id,
        articleId: null,
        topicId,
        kind: 'topic_approved',
        message: `Đề tài “${topic.title}” đã được duyệt và giao cho người khác viết.`,
      });
    }
    return { ...saved, message: 'Đã giao đề tài.' };
  });
}

/**
 * "Viết bài": an assigned reporter opens the topic's draft, its title and section filled in, linked
 * to the topic in the same transaction (two clicks make one draft, not two).
 */
export async function writeFromTopic({ actor, topicId, now = clockNow() }: { actor: Actor; topicId: number; now?: Date }): Promise<Article> {
  if (!can(actor.role, 'article.create')) throw new DomainError('forbidden', topicRefusals.forbidden);
  const database = await db();
  return database.transaction(async (tx) => {
    const locked = await lockTopic(tx, topicId);
    // Someone clicked first: the assignee who wrote the draft goes on with it.
    if (locked.story && locked.story.status !== 'trashed' && locked.story.authorId === actor.id && locked.topic.decision === 'approved') {
      const [article] = await tx.select().from(articles).where(eq(articles.id, locked.story.id));
      return article;
    }
    await checkMoveIn(tx, 'write', locked, actor, now);
    const { topic } = locked;
    const article = await createDraftIn(tx, {
      actor,
      input: { title: topic.title, lead: '', sectionId: topic.sectionId, body: '', credit: '' },
    });
    await tx.update(topics).set({ articleId: article.id, updatedAt: now }).where(eq(topics.id, topicId));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'topic.write',
      subjectType: 'topic',
      subjectId: topicId,
      before: { articleId: topic.articleId },
      after: { articleId: article.id },
    });
    return article;
  });
}

// ——— Reads ———

export type TopicCard = {
  id: number;
  title: string;
  angle: string;
  sectionId: number;
  sectionName: string;
  expectedOn: string;
  mediaNeeds: string;
  sources: string;
  proposer: { id: number; name: string };
  assignees: { id: number; name: string }[];
  deadline: Date | null;
  decision: Topic['decision'];
  declineReason: string | null;
  status: TopicStatus;
  statusLabel: string;
  story: { id: number; title: string; status: Article['status']; publishedAt: Date | null; authorId: number } | null;
  createdAt: Date;
  decidedAt: Date | null;
};

async function cardsWhere(where: SQL | undefined, now: Date, order: SQL[] = [asc(topics.expectedOn), asc(topics.id)]): Promise<TopicCard[]> {
  const database = await db();
  const rows = await database
    .select({
      topic: topics,
      sectionName: sections.name,
      proposerName: users.name,
      storyId: articles.id,
      storyTitle: articles.title,
      storyStatus: articles.status,
      storyPublishedAt: articles.publishedAt,
      storyAuthorId: articles.authorId,
    })
    .from(topics)
    .innerJoin(sections, eq(sections.id, topics.sectionId))
    .innerJoin(users, eq(users.id, topics.proposerId))
    .leftJoin(articles, eq(articles.id, topics.articleId))
    .where(where)
    .orderBy(...order)
    .limit(500);
  const ids = rows.map((r) => r.topic.id);
  const people = ids.length
    ? await database
        .select({ topicId: topicAssignees.topicId, id: users.id, name: users.name })
        .from(topicAssignees)
        .innerJoin(users, eq(users.id, topicAssignees.userId))
        .where(inArray(topicAssignees.topicId, ids))
        .orderBy(asc(topicAssignees.assignedAt), asc(users.name))
    : [];
  return rows.map((r) => {
    const story =
      r.storyId !== null && r.storyStatus ? { id: r.storyId, title: r.storyTitle!, status: r.storyStatus, publishedAt: r.storyPublishedAt, authorId: r.storyAuthorId! } : null;
    const status = topicStatusOf({ decision: r.topic.decision, deadline: r.topic.deadline, story }, now);
    return {
      id: r.topic.id,
      title: r.topic.title,
      angle: r.topic.angle,
      sectionId: r.topic.sectionId,
      sectionName: r.sectionName,
      expectedOn: r.topic.expectedOn,
      mediaNeeds: r.topic.mediaNeeds,
      sources: r.topic.sources,
      proposer: { id: r.topic.proposerId, name: r.proposerName },
      assignees: people.filter((p) => p.topicId === r.topic.id).map((p) => ({ id: p.id, name: p.name })),
      deadline: r.topic.deadline,
      decision: r.topic.decision,
      declineReason: r.topic.declineReason,
      status,
      statusLabel: topicStatusLabels[status],
      // A story thrown away is no longer the topic's.
      story: story && story.status !== 'trashed' ? story : null,
      createdAt: r.topic.createdAt,
      decidedAt: r.topic.decidedAt,
    };
  });
}

export type BoardFilters = { monday: string; status?: TopicStatus; sectionId?: number; reporterId?: number };

/**
 * The planning board of a week (Monday to Sunday by ngày dự kiến đăng), filtered; with the late
 * topics of earlier weeks still owed ("còn nợ") when the week is this one.
 */
export async function listPlanningBoard({ actor, filters, now = clockNow() }: { actor: Actor; filters: BoardFilters; now?: Date }) {
  assertPermission(actor, 'topic.propose');
  const week = weekOfIsoDay(filters.monday);
  const scope = and(
    visibleTo(actor),
    filters.sectionId ? eq(topics.sectionId, filters.sectionId) : undefined,
    filters.reporterId ? ofPerson(filters.reporterId) : undefined,
  );
  const inWeek = await cardsWhere(and(scope, gte(topics.expectedOn, week.monday), lt(topics.expectedOn, week.next)), now);
  const thisWeek = now >= week.start && now < week.end;
  const owed = thisWeek
    ? (await cardsWhere(and(scope, lt(topics.expectedOn, week.monday), eq(topics.decision, 'approved'), lt(topics.deadline, now)), now)).filter(
        (c) => c.status === 'overdue',
      )
    : [];
  const wanted = (c: TopicCard) => !filters.status || c.status === filters.status;
  return { week, topics: inWeek.filter(wanted), owed: owed.filter(wanted) };
}

/** One topic with what this person may do with it and its history (from the audit log). */
export async function getTopic({ actor, id, now = clockNow() }: { actor: Actor; id: number; now?: Date }) {
  assertPermission(actor, 'topic.propose');
  const [card] = await cardsWhere(eq(topics.id, id), now);
  if (!card) throw notFound();
  const planners = await getTopicPlanners();
  const isPlanner = isPlannerBy(planners, actor);
  const mine = card.proposer.id === actor.id || card.assignees.some((a) => a.id === actor.id);
  if (!can(actor.role, 'topic.plan') && !mine) throw new DomainError('forbidden', noAccess);
  const database = await db();
  const history = await database
    .select({ id: auditLog.id, action: auditLog.action, at: auditLog.at, before: auditLog.before, after: auditLog.after, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.subjectType, 'topic'), eq(auditLog.subjectId, String(id))))
    .orderBy(asc(auditLog.at), asc(auditLog.id));
  const storyHistory = card.story
    ? await database
        .select({ id: auditLog.id, action: auditLog.action, at: auditLog.at, actorName: users.name })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorId))
        .where(
          and(
            eq(auditLog.subjectType, 'article'),
            eq(auditLog.subjectId, String(card.story.id)),
            inArray(auditLog.action, ['article.submit', 'article.return', 'article.approve', 'article.publish', 'article.unpublish']),
          ),
        )
        .orderBy(asc(auditLog.at), asc(auditLog.id))
    : [];
  const story = card.story ? { status: card.story.status, publishedAt: card.story.publishedAt } : null;
  const moves = availableTopicMoves(
    { decision: card.decision, deadline: card.deadline, story, proposerId: card.proposer.id, assigneeIds: card.assignees.map((a) => a.id) },
    { ...actor, isPlanner },
    now,
  );
  // The link to the story only where it opens for this person (lib/articles/access.ts: its author, editors and admins).
  const canOpenStory = !!card.story && canReadOnDesk(card.story, actor);
  // Its title, as everywhere on the desk, only to those who may open it or once it is live.
  const canSeeStory = !!card.story && canSeeOnDesk(card.story, actor, now);
  return { topic: card, moves, isPlanner, history: [...history, ...storyHistory].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id), canOpenStory, canSeeStory };
}

/** Reporters and editors a topic can be given to, for the thư ký's form and the board's filter. */
export async function listTopicWriters({ actor }: { actor: Actor }) {
  assertPermission(actor, 'topic.propose');
  const database = await db();
  const where = can(actor.role, 'topic.plan') ? inArray(users.role, ['reporter', 'editor', 'admin']) : eq(users.id, actor.id);
  return database
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), where))
    .orderBy(sql`case ${users.role} when 'reporter' then 0 when 'editor' then 1 else 2 end`, asc(users.name));
}

/**
 * For a desk home page: this person's topics still open (proposed by them, or assigned to them and
 * not yet handed in), soonest deadline first.
 */
export async function listMyTopics({ actor, now = clockNow(), limit = 20 }: { actor: Actor; now?: Date; limit?: number }): Promise<TopicCard[]> {
  assertPermission(actor, 'topic.propose');
  const cards = await cardsWhere(and(ofPerson(actor.id), inArray(topics.decision, ['proposed', 'approved'])), now, [
    sql`${topics.deadline} asc nulls last`,
    asc(topics.expectedOn),
    asc(topics.id),
  ]);
  return cards.filter((c) => c.status === 'proposed' || c.status === 'approved' || c.status === 'writing' || c.status === 'overdue').slice(0, limit);
}

/**
 * For a desk home page: topics due by the end of `day` (a Vietnam day, `yyyy-mm-dd`) and not yet
 * handed in — the overdue ones included — that this person may see (the thư ký and editors: all;
 * a reporter: their own). Soonest deadline first.
 */
export async function listTopicsDue({ actor, day, now = clockNow() }: { actor: Actor; day: string; now?: Date }): Promise<TopicCard[]> {
  assertPermission(actor, 'topic.propose');
  const end = new Date(startOfIsoDay(day).getTime() + 24 * 3600_000);
  const cards = await cardsWhere(
    and(
      visibleTo(actor),
      eq(topics.decision, 'approved'),
      lt(topics.deadline, end),
      or(isNull(topics.articleId), inArray(articles.status, ['draft', 'returned', 'trashed'])),
    ),
    now,
    [asc(topics.deadline), asc(topics.id)],
  );
  return cards.filter((c) => c.status === 'approved' || c.status === 'writing' || c.status === 'overdue');
}
