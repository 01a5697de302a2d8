import type { ArticleStatus, Role } from '@/db/schema';
import { can, type Permission } from '@/lib/auth/permissions';
import { formatScheduledAt } from '@/lib/dates';

/**
 * The sign-off state machine: draft → in_review → (returned → in_review …) → approved → published,
 * published → unpublished, anything → trashed (restorable to draft). Pure, so it is tested alone.
 * A story published for a later time is "scheduled": published, but not live until its time. Only
 * a scheduled story can be rescheduled or have its schedule cancelled (back to approved); only a
 * live one can be taken down.
 */
export const moves = {
  submit: { from: ['draft', 'returned'], to: 'in_review', permission: 'article.submit', label: 'Gửi duyệt' },
  withdraw: { from: ['in_review'], to: 'draft', permission: 'article.submit', label: 'Rút bài' },
  return: { from: ['in_review', 'approved'], to: 'returned', permission: 'article.review', label: 'Trả bài' },
  approve: { from: ['in_review'], to: 'approved', permission: 'article.review', label: 'Duyệt' },
  publish: { from: ['approved', 'unpublished'], to: 'published', permission: 'article.publish', label: 'Xuất bản' },
  reschedule: { from: ['published'], to: 'published', permission: 'article.publish', label: 'Đổi giờ' },
  unschedule: { from: ['published'], to: 'approved', permission: 'article.publish', label: 'Hủy hẹn giờ' },
  unpublish: { from: ['published'], to: 'unpublished', permission: 'article.unpublish', label: 'Gỡ bài' },
  trash: {
    from: ['draft', 'in_review', 'returned', 'approved', 'published', 'unpublished'],
    to: 'trashed',
    permission: 'article.trash',
    label: 'Chuyển vào thùng rác',
  },
  restore: { from: ['trashed'], to: 'draft', permission: 'article.trash', label: 'Khôi phục' },
} as const satisfies Record<
  string,
  { from: readonly ArticleStatus[]; to: ArticleStatus; permission: Permission; label: string }
>;

export type Move = keyof typeof moves;

export const statusLabels: Record<ArticleStatus, string> = {
  draft: 'Bản nháp',
  in_review: 'Chờ duyệt',
  returned: 'Bị trả lại',
  approved: 'Đã duyệt',
  published: 'Đã xuất bản',
  unpublished: 'Đã gỡ',
  trashed: 'Thùng rác',
};

/** A story published for a time still to come: not live yet. */
export function isScheduled(article: { status: ArticleStatus; publishedAt?: Date | null }, now: Date): boolean {
  return article.status === 'published' && !!article.publishedAt && article.publishedAt > now;
}

/**
 * The one label of a story's state on the desk: `statusLabels`, except that a scheduled story says
 * when it goes live (`Hẹn giờ 08:00 29/11`, Vietnam time), not that it is already published.
 */
export function statusLabelOf(article: { status: ArticleStatus; publishedAt?: Date | null }, now: Date): string {
  return isScheduled(article, now) ? `Hẹn giờ ${formatScheduledAt(article.publishedAt!, now)}` : statusLabels[article.status];
}

/** Moves that need a reason written down for the reporter or the record. */
export const movesNeedingReason: readonly Move[] = ['return', 'unpublish'];

/** Moves that need the time the story goes live. */
export const movesNeedingTime: readonly Move[] = ['reschedule'];

export type MoveCheck = { ok: true; to: ArticleStatus } | { ok: false; reason: 'forbidden' | 'illegal' | 'not_owner' | 'not_author' };

type Story = { status: ArticleStatus; authorId: number; publishedAt?: Date | null };

/**
 * Whether this person may take this step now. `now` tells a scheduled story from a live one (both
 * are "published"): without it, a published story counts as live.
 */
export function checkMove(move: Move, article: Story, actor: { id: number; role: Role }, now?: Date): MoveCheck {
  const rule = moves[move];
  if (!can(actor.role, rule.permission)) return { ok: false, reason: 'forbidden' };
  // A reporter submits only their own stories; editors and admins act on any.
  if (move === 'submit' && article.authorId !== actor.id && !can(actor.role, 'article.editAny')) {
    return { ok: false, reason: 'not_owner' };
  }
  // Taking a story back from review is the writer's own act.
  if (move === 'withdraw' && article.authorId !== actor.id) return { ok: false, reason: 'not_author' };
  if (!(rule.from as readonly ArticleStatus[]).includes(article.status)) return { ok: false, reason: 'illegal' };
  const scheduled = now ? isScheduled(article, now) : false;
  if ((move === 'reschedule' || move === 'unschedule') && !scheduled) return { ok: false, reason: 'illegal' };
  if (move === 'unpublish' && scheduled) return { ok: false, reason: 'illegal' };
  return { ok: true, to: rule.to };
}

/** Who may change the words of a story in its current state. */
export function canEditArticle(article: { status: ArticleStatus; authorId: number }, actor: { id: number; role: Role }) {
  if (article.status === 'trashed') return false;
  if (can(actor.role, 'article.editAny')) return true;
  return (
    can(actor.role, 'article.editOwn') &&
    article.authorId === actor.id &&
    (article.status === 'draft' || article.status === 'returned')
  );
}

export function availableMoves(article: Story, actor: { id: number; role: Role }, now?: Date) {
  return (Object.keys(moves) as Move[]).filter((m) => checkMove(m, article, actor, now).ok);
}
