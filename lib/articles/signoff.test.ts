// fixed-date: the scheduled-story cases hand fixed instants to pure functions (labels, messages).
import { describe, expect, it } from 'vitest';
import type { ArticleStatus, Role } from '@/db/schema';
import { actsAtLevel, availableSignoffMoves, checkSignoffMove, defaultChain, levelsOf, moveMessage, type SignoffChain } from './signoff';
import type { Move } from './workflow';

const REPORTER = { id: 10, role: 'reporter' as Role };
const EDITOR = { id: 20, role: 'editor' as Role };
const SECRETARY = { id: 21, role: 'editor' as Role }; // an editor who holds the title Thư ký tòa soạn
const CHIEF = { id: 22, role: 'editor' as Role }; // the Tổng biên tập
const ADMIN = { id: 30, role: 'admin' as Role };
const MODERATOR = { id: 40, role: 'moderator' as Role };
const people = { REPORTER, EDITOR, SECRETARY, CHIEF, ADMIN, MODERATOR };

/** Biên tập viên (every editor) → Thư ký tòa soạn (named) → Tổng biên tập (named, and admins). */
const threeLevels: SignoffChain = {
  levels: [
    { title: 'Biên tập viên', roles: ['editor'], userIds: [] },
    { title: 'Thư ký tòa soạn', roles: [], userIds: [SECRETARY.id] },
    { title: 'Tổng biên tập', roles: ['admin'], userIds: [CHIEF.id] },
  ],
};

/** The specification, by hand: who acts at which level of the three-level chain. */
const actsAt: Record<keyof typeof people, number[]> = {
  REPORTER: [],
  EDITOR: [1],
  SECRETARY: [1, 2],
  CHIEF: [1, 3],
  ADMIN: [3],
  MODERATOR: [],
};

describe('who acts at which level', () => {
  it.each(Object.entries(actsAt))('%s acts at levels %j of the three-level chain', (who, levels) => {
    expect(levelsOf(threeLevels, people[who as keyof typeof people])).toEqual(levels);
  });

  it('never lets a reporter or a moderator act, even when an admin named them', () => {
    const chain: SignoffChain = { levels: [{ title: 'Lạ', roles: [], userIds: [REPORTER.id, MODERATOR.id] }] };
    expect(actsAtLevel(chain, 1, REPORTER)).toBe(false);
    expect(actsAtLevel(chain, 1, MODERATOR)).toBe(false);
  });

  it('lets editors and admins act at the default single level', () => {
    expect(levelsOf(defaultChain, EDITOR)).toEqual([1]);
    expect(levelsOf(defaultChain, ADMIN)).toEqual([1]);
    expect(levelsOf(defaultChain, REPORTER)).toEqual([]);
  });
});

const story = (status: ArticleStatus, reviewLevel = 0) => ({ status, authorId: REPORTER.id, reviewLevel });

describe('approve and return at every level × every person (three levels)', () => {
  const cells = Object.keys(people).flatMap((who) => [1, 2, 3].flatMap((level) => (['approve', 'return'] as Move[]).map((move) => [who, move, level] as const)));

  it.each(cells)('%s: %s at level %i', (who, move, level) => {
    const actor = people[who as keyof typeof people];
    const result = checkSignoffMove(move, story('in_review', level), actor, threeLevels);
    if (actor.role === 'reporter' || actor.role === 'moderator') {
      expect(result).toEqual({ ok: false, reason: 'forbidden' });
    } else if (!actsAt[who as keyof typeof people].includes(level)) {
      expect(result).toEqual({ ok: false, reason: 'not_your_level' });
    } else if (move === 'return') {
      expect(result).toEqual({ ok: true, to: 'returned', level: 0 });
    } else if (level < 3) {
      expect(result).toEqual({ ok: true, to: 'in_review', level: level + 1 });
    } else {
      expect(result).toEqual({ ok: true, to: 'approved', level: 3 });
    }
  });
});

describe('the rest of the state machine under a chain', () => {
  it('submitting puts the story at the first level', () => {
    expect(checkSignoffMove('submit', story('draft'), REPORTER, threeLevels)).toEqual({ ok: true, to: 'in_review', level: 1 });
    expect(checkSignoffMove('submit', story('returned'), REPORTER, threeLevels)).toEqual({ ok: true, to: 'in_review', level: 1 });
  });

  it('keeps every refusal of the plain state machine', () => {
    expect(checkSignoffMove('publish', story('in_review', 3), ADMIN, threeLevels)).toEqual({ ok: false, reason: 'illegal' });
    expect(checkSignoffMove('approve', story('draft'), CHIEF, threeLevels)).toEqual({ ok: false, reason: 'illegal' });
    expect(checkSignoffMove('submit', { status: 'draft', authorId: 99, reviewLevel: 0 }, REPORTER, threeLevels)).toEqual({ ok: false, reason: 'not_owner' });
    expect(checkSignoffMove('publish', story('approved', 3), REPORTER, threeLevels)).toEqual({ ok: false, reason: 'forbidden' });
  });

  it('lets a publisher publish an approved story whatever its level', () => {
    expect(checkSignoffMove('publish', story('approved', 3), EDITOR, threeLevels)).toEqual({ ok: true, to: 'published', level: 0 });
  });

  it('lets the last level or a publisher return an approved story', () => {
    expect(checkSignoffMove('return', story('approved', 3), CHIEF, threeLevels).ok).toBe(true);
    expect(checkSignoffMove('return', story('approved', 3), EDITOR, threeLevels).ok).toBe(true);
  });

  it('keeps a story waiting at a level the admin has since removed at the last level left', () => {
    const shorter: SignoffChain = { levels: threeLevels.levels.slice(0, 2) };
    expect(checkSignoffMove('approve', story('in_review', 3), SECRETARY, shorter)).toEqual({ ok: true, to: 'approved', level: 2 });
    expect(checkSignoffMove('approve', story('in_review', 3), EDITOR, shorter)).toEqual({ ok: false, reason: 'not_your_level' });
  });

  it('treats a story in review from before the chain existed (level 0) as waiting at the first level', () => {
    expect(checkSignoffMove('approve', story('in_review', 0), EDITOR, defaultChain)).toEqual({ ok: true, to: 'approved', level: 1 });
  });

  it('offers each person only the moves of their level', () => {
    expect(availableSignoffMoves(story('in_review', 2), EDITOR, threeLevels)).toEqual(['trash']);
    expect(availableSignoffMoves(story('in_review', 2), SECRETARY, threeLevels)).toEqual(['approve', 'return', 'trash']);
    // The writer may only take the story back.
    expect(availableSignoffMoves(story('in_review', 2), REPORTER, threeLevels)).toEqual(['withdraw']);
  });
});

describe('taking a story back (Rút bài)', () => {
  it('sends it back to a draft whatever level it reached: it climbs from the first level again', () => {
    for (const level of [1, 2, 3]) expect(checkSignoffMove('withdraw', story('in_review', level), REPORTER, threeLevels)).toEqual({ ok: true, to: 'draft', level: 0 });
    expect(checkSignoffMove('submit', story('draft', 0), REPORTER, threeLevels)).toEqual({ ok: true, to: 'in_review', level: 1 });
  });

  it('is the writer’s own act, never a reviewer’s', () => {
    expect(checkSignoffMove('withdraw', story('in_review', 1), EDITOR, threeLevels)).toEqual({ ok: false, reason: 'not_author' });
  });
});

describe('a different person at each level', () => {
  const strict: SignoffChain = { ...threeLevels, distinctApprovers: true };
  // The Thư ký tòa soạn also acts at level 1 (every editor): may she sign off both?
  it('refuses someone who approved an earlier level of this round, when the chain says so', () => {
    const atTwo = { ...story('in_review', 2), approvedBy: [SECRETARY.id] };
    expect(checkSignoffMove('approve', atTwo, SECRETARY, strict)).toEqual({ ok: false, reason: 'same_person' });
    expect(checkSignoffMove('approve', atTwo, SECRETARY, threeLevels)).toEqual({ ok: true, to: 'in_review', level: 3 });
    expect(availableSignoffMoves(atTwo, SECRETARY, strict)).toEqual(['return', 'trash']);
  });

  it('lets a new person approve, and the same person again in a new round', () => {
    expect(checkSignoffMove('approve', { ...story('in_review', 2), approvedBy: [EDITOR.id] }, SECRETARY, strict).ok).toBe(true);
    expect(checkSignoffMove('approve', { ...story('in_review', 2), approvedBy: [] }, SECRETARY, strict).ok).toBe(true);
  });
});

describe('moveMessage', () => {
  const now = new Date('2026-11-28T10:00:00Z');
  const after = (status: ArticleStatus, reviewLevel: number, publishedAt: Date | null = null) => ({ status, reviewLevel, publishedAt });
  it('says what happened in the person’s words', () => {
    expect(moveMessage({ move: 'return', before: { reviewLevel: 1 }, after: after('returned', 0), chain: threeLevels, now, authorName: 'Nguyễn Minh Anh' })).toBe('Đã trả bài cho Nguyễn Minh Anh.');
    expect(moveMessage({ move: 'approve', before: { reviewLevel: 1 }, after: after('in_review', 2), chain: threeLevels, now })).toBe('Đã duyệt cấp 1, bài chuyển lên cấp 2: Thư ký tòa soạn.');
    expect(moveMessage({ move: 'approve', before: { reviewLevel: 1 }, after: after('approved', 1), chain: defaultChain, now })).toBe('Đã duyệt cấp 1, bài chờ xuất bản.');
    expect(moveMessage({ move: 'publish', before: { reviewLevel: 1 }, after: after('published', 0, new Date('2026-11-29T01:00:00Z')), chain: defaultChain, now })).toBe('Đã hẹn giờ xuất bản lúc 08:00 29/11.');
    expect(moveMessage({ move: 'publish', before: { reviewLevel: 1 }, after: after('published', 0, now), chain: defaultChain, now })).toBe('Đã xuất bản, bài đã lên trang báo.');
    expect(moveMessage({ move: 'reschedule', before: { reviewLevel: 0 }, after: after('published', 0, new Date('2026-11-29T03:30:00Z')), chain: defaultChain, now })).toBe('Đã đổi giờ xuất bản sang 10:30 29/11.');
  });
});
