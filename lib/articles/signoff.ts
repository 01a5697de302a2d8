import type { ArticleStatus, Role } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { holdsTitle } from '@/lib/auth/titles';
import { formatScheduledAt } from '@/lib/dates';
import { checkMove, type Move, type MoveCheck } from './workflow';

/**
 * The newsroom's sign-off chain: the levels a story climbs after the reporter submits it, e.g.
 * Biên tập viên → Thư ký tòa soạn → Tổng biên tập. At each level, people act by their role (every
 * editor) and/or by name (the one editor who is the Thư ký tòa soạn). Acting at a level still needs
 * the review permission of the permission table, so only editors and admins can be named.
 * Pure: the DB-facing side lives in lib/articles/chain.ts.
 */
export type SignoffLevel = { title: string; roles: Role[]; userIds: number[] };
/** `distinctApprovers`: the newsroom's rule that no one signs a story off at two levels. */
export type SignoffChain = { levels: SignoffLevel[]; distinctApprovers?: boolean };

export const defaultChain: SignoffChain = {
  levels: [{ title: 'Biên tập viên', roles: ['editor', 'admin'], userIds: [] }],
};

export const MAX_LEVELS = 6;

type Actor = { id: number; role: Role };
/**
 * `approvedBy`: who approved the story's earlier levels in this round (since it was last sent for
 * review), for the rule of a different person at each level; `publishedAt` tells a scheduled story.
 */
type Story = { status: ArticleStatus; authorId: number; reviewLevel: number; publishedAt?: Date | null; approvedBy?: readonly number[] };

/** The level a story waits at, kept inside the chain even if an admin shortened it meanwhile. */
export function effectiveLevel(chain: SignoffChain, reviewLevel: number): number {
  return Math.min(Math.max(reviewLevel, 1), chain.levels.length);
}

/** Whether this person acts at level `level` (1-based). */
export function actsAtLevel(chain: SignoffChain, level: number, actor: Actor): boolean {
  const rule = chain.levels[level - 1];
  return rule ? holdsTitle(rule, actor, 'article.review') : false;
}

/** Every level this person acts at (1-based), for "waiting for my level". */
export function levelsOf(chain: SignoffChain, actor: Actor): number[] {
  return chain.levels.map((_, i) => i + 1).filter((l) => actsAtLevel(chain, l, actor));
}

export type SignoffCheck =
  | { ok: true; to: ArticleStatus; level: number }
  | { ok: false; reason: Exclude<MoveCheck, { ok: true }>['reason'] | 'not_your_level' | 'same_person' };

/**
 * checkMove, plus the chain: approving at level n moves the story to level n+1 and approving the
 * last level makes it "approved"; returning (at any level, or once approved) and approving need
 * someone who acts at the story's level (an approved story: someone at the last level or a publisher).
 */
export function checkSignoffMove(move: Move, story: Story, actor: Actor, chain: SignoffChain, now?: Date): SignoffCheck {
  const base = checkMove(move, story, actor, now);
  if (!base.ok) return base;
  const last = chain.levels.length;
  switch (move) {
    case 'submit':
      return { ok: true, to: 'in_review', level: 1 };
    case 'withdraw':
      // Back to a draft: whatever levels approved it, it climbs the chain from the first again.
      return { ok: true, to: 'draft', level: 0 };
    case 'approve': {
      const level = effectiveLevel(chain, story.reviewLevel);
      if (!actsAtLevel(chain, level, actor)) return { ok: false, reason: 'not_your_level' };
      if (chain.distinctApprovers && story.approvedBy?.includes(actor.id)) return { ok: false, reason: 'same_person' };
      return level < last ? { ok: true, to: 'in_review', level: level + 1 } : { ok: true, to: 'approved', level };
    }
    case 'unschedule':
      // Back to waiting for a publisher, signed off at every level as it was.
      return { ok: true, to: 'approved', level: last };
    case 'return': {
      if (story.status === 'approved') {
        if (!actsAtLevel(chain, last, actor) && !can(actor.role, 'article.publish')) return { ok: false, reason: 'not_your_level' };
      } else if (!actsAtLevel(chain, effectiveLevel(chain, story.reviewLevel), actor)) {
        return { ok: false, reason: 'not_your_level' };
      }
      return { ok: true, to: 'returned', level: 0 };
    }
    default:
      return { ok: true, to: base.to, level: base.to === 'in_review' ? story.reviewLevel : 0 };
  }
}

/** The steps this person may take now, in the order the desk shows them. */
export function availableSignoffMoves(story: Story, actor: Actor, chain: SignoffChain, now?: Date): Move[] {
  return (['submit', 'approve', 'publish', 'reschedule', 'return', 'withdraw', 'unschedule', 'unpublish', 'trash', 'restore'] as Move[]).filter(
    (m) => checkSignoffMove(m, story, actor, chain, now).ok,
  );
}

/** "Chờ duyệt — cấp 2/3: Thư ký tòa soạn" for the desk. */
export function levelLabel(chain: SignoffChain, reviewLevel: number): string {
  const level = effectiveLevel(chain, reviewLevel);
  const title = chain.levels[level - 1]?.title ?? '';
  return chain.levels.length > 1 ? `cấp ${level}/${chain.levels.length}: ${title}` : title;
}

/** What the person who took a step is told, in their words: "Đã trả bài cho Nguyễn Minh Anh.", "Đã duyệt cấp 1, …". */
export function moveMessage({
  move,
  before,
  after,
  chain,
  now,
  authorName,
}: {
  move: Move;
  before: { reviewLevel: number };
  after: { status: ArticleStatus; reviewLevel: number; publishedAt: Date | null };
  chain: SignoffChain;
  now: Date;
  authorName?: string;
}): string {
  const when = after.publishedAt ? formatScheduledAt(after.publishedAt, now) : '';
  switch (move) {
    case 'submit':
      return `Đã gửi duyệt, bài chờ ${chain.levels[0]?.title ?? 'duyệt'}.`;
    case 'withdraw':
      return 'Đã rút bài về bản nháp. Sửa xong, bấm “Gửi duyệt” để gửi lại từ cấp đầu.';
    case 'return':
      return authorName ? `Đã trả bài cho ${authorName}.` : 'Đã trả bài.';
    case 'approve': {
      const level = effectiveLevel(chain, before.reviewLevel);
      return after.status === 'in_review'
        ? `Đã duyệt cấp ${level}, bài chuyển lên cấp ${after.reviewLevel}: ${chain.levels[after.reviewLevel - 1]?.title ?? ''}.`
        : `Đã duyệt cấp ${level}, bài chờ xuất bản.`;
    }
    case 'publish':
      return after.publishedAt && after.publishedAt > now ? `Đã hẹn giờ xuất bản lúc ${when}.` : 'Đã xuất bản, bài đã lên trang báo.';
    case 'reschedule':
      return `Đã đổi giờ xuất bản sang ${when}.`;
    case 'unschedule':
      return 'Đã hủy hẹn giờ, bài trở lại chờ xuất bản.';
    case 'unpublish':
      return 'Đã gỡ bài khỏi trang báo.';
    case 'trash':
      return 'Đã chuyển bài vào thùng rác.';
    case 'restore':
      return 'Đã khôi phục bài thành bản nháp.';
  }
}
