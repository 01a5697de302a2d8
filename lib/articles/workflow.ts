import type { ArticleStatus, Role } from '@/db/schema';
import { can, type Permission } from '@/lib/auth/permissions';

/**
 * The sign-off state machine: draft → in_review → (returned → in_review …) → approved → published,
 * published → unpublished, anything → trashed (restorable to draft). Pure, so it is tested alone.
 */
export const moves = {
  submit: { from: ['draft', 'returned'], to: 'in_review', permission: 'article.submit', label: 'Gửi duyệt' },
  return: { from: ['in_review', 'approved'], to: 'returned', permission: 'article.review', label: 'Trả bài' },
  approve: { from: ['in_review'], to: 'approved', permission: 'article.review', label: 'Duyệt' },
  publish: { from: ['approved', 'unpublished'], to: 'published', permission: 'article.publish', label: 'Xuất bản' },
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

/** Moves that need a reason written down for the reporter or the record. */
export const movesNeedingReason: readonly Move[] = ['return', 'unpublish'];

export type MoveCheck = { ok: true; to: ArticleStatus } | { ok: false; reason: 'forbidden' | 'illegal' | 'not_owner' };

export function checkMove(
  move: Move,
  article: { status: ArticleStatus; authorId: number },
  actor: { id: number; role: Role },
): MoveCheck {
  const rule = moves[move];
  if (!can(actor.role, rule.permission)) return { ok: false, reason: 'forbidden' };
  // A reporter submits only their own stories; editors and admins act on any.
  if (move === 'submit' && article.authorId !== actor.id && !can(actor.role, 'article.editAny')) {
    return { ok: false, reason: 'not_owner' };
  }
  if (!(rule.from as readonly ArticleStatus[]).includes(article.status)) return { ok: false, reason: 'illegal' };
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

export function availableMoves(article: { status: ArticleStatus; authorId: number }, actor: { id: number; role: Role }) {
  return (Object.keys(moves) as Move[]).filter((m) => checkMove(m, article, actor).ok);
}
