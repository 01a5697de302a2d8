import type { ArticleStatus, Role, TopicDecision } from '@/db/schema';
import { can, type Permission } from '@/lib/auth/permissions';

/**
 * The planning state machine of a topic (đề tài). Pure, so it is tested alone.
 *
 * Only the thư ký's decision is stored (proposed, approved, declined). The rest follows the story
 * written from the topic, so it can never disagree with it: a draft → đang viết, sent for review or
 * approved → đã nộp, live → đã đăng. "Quá hạn" is read against the clock: the deadline has passed
 * and nothing was handed in yet.
 */
export const topicStatuses = ['proposed', 'approved', 'writing', 'submitted', 'published', 'overdue', 'declined'] as const;
export type TopicStatus = (typeof topicStatuses)[number];

export const topicStatusLabels: Record<TopicStatus, string> = {
  proposed: 'Đề xuất',
  approved: 'Đã duyệt',
  writing: 'Đang viết',
  submitted: 'Đã nộp',
  published: 'Đã đăng',
  overdue: 'Quá hạn',
  declined: 'Từ chối',
};

/** The address-bar words of each status (`?trang-thai=qua-han`). */
export const topicStatusParams: Record<TopicStatus, string> = {
  proposed: 'de-xuat',
  approved: 'da-duyet',
  writing: 'dang-viet',
  submitted: 'da-nop',
  published: 'da-dang',
  overdue: 'qua-han',
  declined: 'tu-choi',
};

export type TopicStory = { status: ArticleStatus; publishedAt: Date | null } | null;

export type TopicFacts = { decision: TopicDecision; deadline: Date | null; story: TopicStory };

/** The status without the clock: what the decision and the story say. */
export function baseStatusOf({ decision, story }: Pick<TopicFacts, 'decision' | 'story'>, now: Date): Exclude<TopicStatus, 'overdue'> {
  if (decision === 'proposed') return 'proposed';
  if (decision === 'declined') return 'declined';
  // A story thrown away leaves the topic approved: someone writes it again.
  if (!story || story.status === 'trashed') return 'approved';
  switch (story.status) {
    case 'draft':
    case 'returned':
      return 'writing';
    case 'in_review':
    case 'approved':
      return 'submitted';
    case 'published':
      // Scheduled for later: handed in, not yet read by anyone.
      return story.publishedAt && story.publishedAt > now ? 'submitted' : 'published';
    case 'unpublished':
      // It was published (and counted so); taking it down later does not undo the work.
      return 'published';
  }
}

/** Delivered = handed in for review: from then on a deadline cannot be missed. */
export function isDelivered(status: TopicStatus): boolean {
  return status === 'submitted' || status === 'published';
}

/** The status the board shows: the base status, or "quá hạn" once the deadline has passed undelivered. */
export function topicStatusOf(facts: TopicFacts, now: Date): TopicStatus {
  const base = baseStatusOf(facts, now);
  if ((base === 'approved' || base === 'writing') && facts.deadline && facts.deadline <= now) return 'overdue';
  return base;
}

/** Deadline notices: due today, due tomorrow (Vietnam days), or passed — for an undelivered topic only. */
export type DeadlineState = 'due_today' | 'due_tomorrow' | 'overdue' | null;

export function deadlineStateOf(facts: TopicFacts, now: Date, todayStart: Date): DeadlineState {
  const base = baseStatusOf(facts, now);
  if ((base !== 'approved' && base !== 'writing') || !facts.deadline) return null;
  const day = 24 * 3600_000;
  if (facts.deadline <= now) return 'overdue';
  if (facts.deadline < new Date(todayStart.getTime() + day)) return 'due_today';
  if (facts.deadline < new Date(todayStart.getTime() + 2 * day)) return 'due_tomorrow';
  return null;
}

/**
 * The moves on a topic. `from` names base statuses (the clock does not change what may be done:
 * a late topic can still be written, reassigned or dropped).
 */
export const topicMoves = {
  approve: { from: ['proposed'], permission: 'topic.plan', label: 'Duyệt đề tài', planner: true },
  decline: { from: ['proposed', 'approved'], permission: 'topic.plan', label: 'Từ chối', planner: true },
  assign: { from: ['proposed', 'approved', 'writing'], permission: 'topic.plan', label: 'Giao đề tài', planner: true },
  write: { from: ['approved'], permission: 'article.create', label: 'Viết bài', planner: false },
} as const satisfies Record<string, { from: readonly TopicStatus[]; permission: Permission; label: string; planner: boolean }>;

export type TopicMove = keyof typeof topicMoves;

export type TopicActor = { id: number; role: Role; isPlanner: boolean };
export type TopicForMove = TopicFacts & { proposerId: number; assigneeIds: number[] };

export type TopicMoveCheck = { ok: true } | { ok: false; reason: 'forbidden' | 'not_planner' | 'illegal' | 'not_assignee' };

export function checkTopicMove(move: TopicMove, topic: TopicForMove, actor: TopicActor, now: Date): TopicMoveCheck {
  const rule = topicMoves[move];
  if (!can(actor.role, rule.permission)) return { ok: false, reason: 'forbidden' };
  if (rule.planner && !actor.isPlanner) return { ok: false, reason: 'not_planner' };
  const base = baseStatusOf(topic, now);
  if (!(rule.from as readonly TopicStatus[]).includes(base)) return { ok: false, reason: 'illegal' };
  // The story is written by the people it is assigned to.
  if (move === 'write' && !topic.assigneeIds.includes(actor.id)) return { ok: false, reason: 'not_assignee' };
  return { ok: true };
}

export const topicRefusals: Record<Exclude<TopicMoveCheck, { ok: true }>['reason'], string> = {
  forbidden: 'Bạn không có quyền thực hiện thao tác này với đề tài.',
  not_planner: 'Chỉ thư ký tòa soạn mới duyệt, từ chối hoặc giao đề tài.',
  illegal: 'Đề tài đang ở trạng thái không cho phép thao tác này.',
  not_assignee: 'Chỉ phóng viên được giao đề tài mới viết bài từ đề tài này.',
};

/** The moves this person may make now, in the order the topic page shows them. */
export function availableTopicMoves(topic: TopicForMove, actor: TopicActor, now: Date): TopicMove[] {
  return (Object.keys(topicMoves) as TopicMove[]).filter((m) => checkTopicMove(m, topic, actor, now).ok);
}
