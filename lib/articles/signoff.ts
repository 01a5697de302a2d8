import type { ArticleStatus, Role } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { checkMove, type Move, type MoveCheck } from './workflow';

/**
 * The newsroom's sign-off chain: the levels a story climbs after the reporter submits it, e.g.
 * Biên tập viên → Thư ký tòa soạn → Tổng biên tập. At each level, people act by their role (every
 * editor) and/or by name (the one editor who is the Thư ký tòa soạn). Acting at a level still needs
 * the review permission of the permission table, so only editors and admins can be named.
 * Pure: the DB-facing side lives in lib/articles/chain.ts.
 */
export type SignoffLevel = { title: string; roles: Role[]; userIds: number[] };
export type SignoffChain = { levels: SignoffLevel[] };

export const defaultChain: SignoffChain = {
  levels: [{ title: 'Biên tập viên', roles: ['editor', 'admin'], userIds: [] }],
};

export const MAX_LEVELS = 6;

type Actor = { id: number; role: Role };
type Story = { status: ArticleStatus; authorId: number; reviewLevel: number };

/** The level a story waits at, kept inside the chain even if an admin shortened it meanwhile. */
export function effectiveLevel(chain: SignoffChain, reviewLevel: number): number {
  return Math.min(Math.max(reviewLevel, 1), chain.levels.length);
}

/** Whether this person acts at level `level` (1-based). */
export function actsAtLevel(chain: SignoffChain, level: number, actor: Actor): boolean {
  const rule = chain.levels[level - 1];
  if (!rule || !can(actor.role, 'article.review')) return false;
  return rule.roles.includes(actor.role) || rule.userIds.includes(actor.id);
}

/** Every level this person acts at (1-based), for "waiting for my level". */
export function levelsOf(chain: SignoffChain, actor: Actor): number[] {
  return chain.levels.map((_, i) => i + 1).filter((l) => actsAtLevel(chain, l, actor));
}

export type SignoffCheck =
  | { ok: true; to: ArticleStatus; level: number }
  | { ok: false; reason: Exclude<MoveCheck, { ok: true }>['reason'] | 'not_your_level' };

/**
 * checkMove, plus the chain: approving at level n moves the story to level n+1 and approving the
 * last level makes it "approved"; returning (at any level, or once approved) and approving need
 * someone who acts at the story's level (an approved story: someone at the last level or a publisher).
 */
export function checkSignoffMove(move: Move, story: Story, actor: Actor, chain: SignoffChain): SignoffCheck {
  const base = checkMove(move, story, actor);
  if (!base.ok) return base;
  const last = chain.levels.length;
  switch (move) {
    case 'submit':
      return { ok: true, to: 'in_review', level: 1 };
    case 'approve': {
      const level = effectiveLevel(chain, story.reviewLevel);
      if (!actsAtLevel(chain, level, actor)) return { ok: false, reason: 'not_your_level' };
      return level < last ? { ok: true, to: 'in_review', level: level + 1 } : { ok: true, to: 'approved', level };
    }
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

export function availableSignoffMoves(story: Story, actor: Actor, chain: SignoffChain): Move[] {
  return (['submit', 'return', 'approve', 'publish', 'unpublish', 'trash', 'restore'] as Move[]).filter(
    (m) => checkSignoffMove(m, story, actor, chain).ok,
  );
}

/** "Chờ duyệt — cấp 2/3: Thư ký tòa soạn" for the desk. */
export function levelLabel(chain: SignoffChain, reviewLevel: number): string {
  const level = effectiveLevel(chain, reviewLevel);
  const title = chain.levels[level - 1]?.title ?? '';
  return chain.levels.length > 1 ? `cấp ${level}/${chain.levels.length}: ${title}` : title;
}
