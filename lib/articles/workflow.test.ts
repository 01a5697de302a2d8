// fixed-date: the scheduled-story cases hand fixed instants to pure functions (labels, messages).
import { describe, expect, it } from 'vitest';
import type { ArticleStatus, Role } from '@/db/schema';
import { availableMoves, canEditArticle, checkMove, isScheduled, type Move, moves, statusLabelOf } from './workflow';

const statuses: ArticleStatus[] = ['draft', 'in_review', 'returned', 'approved', 'published', 'unpublished', 'trashed'];

/**
 * The specification: from which statuses each move is legal, and where it leads, for a story that
 * is not scheduled (a published story counts as live; scheduled stories are specified below).
 */
const legalFrom: Record<Move, ArticleStatus[]> = {
  submit: ['draft', 'returned'],
  withdraw: ['in_review'],
  reschedule: [],
  unschedule: [],
  return: ['in_review', 'approved'],
  approve: ['in_review'],
  publish: ['approved', 'unpublished'],
  unpublish: ['published'],
  trash: ['draft', 'in_review', 'returned', 'approved', 'published', 'unpublished'],
  restore: ['trashed'],
};

const leadsTo: Record<Move, ArticleStatus> = {
  submit: 'in_review',
  withdraw: 'draft',
  reschedule: 'published',
  unschedule: 'approved',
  return: 'returned',
  approve: 'approved',
  publish: 'published',
  unpublish: 'unpublished',
  trash: 'trashed',
  restore: 'draft',
};

const allMoves = Object.keys(legalFrom) as Move[];

const REPORTER = { id: 10, role: 'reporter' as Role };
const OTHER_REPORTER_ID = 11;
const EDITOR = { id: 20, role: 'editor' as Role };
const ADMIN = { id: 30, role: 'admin' as Role };
const MODERATOR = { id: 40, role: 'moderator' as Role };

const every = allMoves.flatMap((move) => statuses.map((status) => [move, status] as const));
/** Moves anyone with the permission may take on someone else's story (withdrawing is the writer's own). */
const onOthers = every.filter(([move]) => move !== 'withdraw');

describe('the moves table', () => {
  it('defines exactly the moves the specification lists', () => {
    expect(Object.keys(moves).sort()).toEqual([...allMoves].sort());
  });
});

describe('checkMove for an editor (on someone else’s story)', () => {
  it.each(onOthers)('%s from %s follows the state machine', (move, status) => {
    const result = checkMove(move, { status, authorId: REPORTER.id }, EDITOR);
    if (legalFrom[move].includes(status)) expect(result).toEqual({ ok: true, to: leadsTo[move] });
    else expect(result).toEqual({ ok: false, reason: 'illegal' });
  });

  it('publishes only from approved or unpublished', () => {
    const ok = statuses.filter((s) => checkMove('publish', { status: s, authorId: 1 }, EDITOR).ok);
    expect(ok).toEqual(['approved', 'unpublished']);
  });

  it('may not publish a draft straight away', () => {
    expect(checkMove('publish', { status: 'draft', authorId: EDITOR.id }, EDITOR)).toEqual({
      ok: false,
      reason: 'illegal',
    });
  });
});

describe('checkMove for an admin', () => {
  it.each(onOthers)('%s from %s follows the same state machine as an editor', (move, status) => {
    const result = checkMove(move, { status, authorId: REPORTER.id }, ADMIN);
    expect(result.ok).toBe(legalFrom[move].includes(status));
  });
});

describe('checkMove for a reporter', () => {
  it.each(statuses)('submitting their own story from %s is allowed only from draft or returned', (status) => {
    const result = checkMove('submit', { status, authorId: REPORTER.id }, REPORTER);
    if (status === 'draft' || status === 'returned') expect(result).toEqual({ ok: true, to: 'in_review' });
    else expect(result).toEqual({ ok: false, reason: 'illegal' });
  });

  it.each(['draft', 'returned'] as const)('may not submit someone else’s %s story', (status) => {
    expect(checkMove('submit', { status, authorId: OTHER_REPORTER_ID }, REPORTER)).toEqual({
      ok: false,
      reason: 'not_owner',
    });
  });

  it.each(statuses)('withdraws their own story only while it is in review (from %s)', (status) => {
    const result = checkMove('withdraw', { status, authorId: REPORTER.id }, REPORTER);
    if (status === 'in_review') expect(result).toEqual({ ok: true, to: 'draft' });
    else expect(result).toEqual({ ok: false, reason: 'illegal' });
  });

  it('may not withdraw someone else’s story, and neither may an editor', () => {
    expect(checkMove('withdraw', { status: 'in_review', authorId: OTHER_REPORTER_ID }, REPORTER)).toEqual({ ok: false, reason: 'not_author' });
    expect(checkMove('withdraw', { status: 'in_review', authorId: REPORTER.id }, EDITOR)).toEqual({ ok: false, reason: 'not_author' });
    expect(checkMove('withdraw', { status: 'in_review', authorId: EDITOR.id }, EDITOR)).toEqual({ ok: true, to: 'draft' });
  });

  const editorOnly: Move[] = ['approve', 'publish', 'reschedule', 'unschedule', 'return', 'unpublish', 'trash', 'restore'];
  const forbiddenCases = editorOnly.flatMap((move) =>
    statuses.flatMap((status) => [
      [move, status, 'own'] as const,
      [move, status, 'someone else’s'] as const,
    ]),
  );

  it.each(forbiddenCases)('is forbidden to %s from %s on %s story', (move, status, whose) => {
    const authorId = whose === 'own' ? REPORTER.id : OTHER_REPORTER_ID;
    expect(checkMove(move, { status, authorId }, REPORTER)).toEqual({ ok: false, reason: 'forbidden' });
  });
});

describe('checkMove for a moderator', () => {
  it.each(every)('is forbidden to %s from %s, even on their own story', (move, status) => {
    expect(checkMove(move, { status, authorId: MODERATOR.id }, MODERATOR)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
  });
});

describe('canEditArticle', () => {
  it.each(['draft', 'returned'] as const)('lets a reporter edit their own %s story', (status) => {
    expect(canEditArticle({ status, authorId: REPORTER.id }, REPORTER)).toBe(true);
  });

  it.each(['in_review', 'approved', 'published', 'unpublished', 'trashed'] as const)(
    'does not let a reporter edit their own %s story',
    (status) => {
      expect(canEditArticle({ status, authorId: REPORTER.id }, REPORTER)).toBe(false);
    },
  );

  it.each(statuses)('does not let a reporter edit someone else’s %s story', (status) => {
    expect(canEditArticle({ status, authorId: OTHER_REPORTER_ID }, REPORTER)).toBe(false);
  });

  it.each(statuses.filter((s) => s !== 'trashed'))('lets an editor and an admin edit any %s story', (status) => {
    expect(canEditArticle({ status, authorId: REPORTER.id }, EDITOR)).toBe(true);
    expect(canEditArticle({ status, authorId: REPORTER.id }, ADMIN)).toBe(true);
  });

  it('lets nobody edit a trashed story, not even its author or an admin', () => {
    const trashed = { status: 'trashed' as const, authorId: REPORTER.id };
    expect(canEditArticle(trashed, REPORTER)).toBe(false);
    expect(canEditArticle(trashed, EDITOR)).toBe(false);
    expect(canEditArticle(trashed, ADMIN)).toBe(false);
    expect(canEditArticle({ status: 'trashed', authorId: EDITOR.id }, EDITOR)).toBe(false);
  });

  it.each(statuses)('never lets a moderator edit a %s story, even their own', (status) => {
    expect(canEditArticle({ status, authorId: MODERATOR.id }, MODERATOR)).toBe(false);
  });
});

describe('availableMoves', () => {
  it('offers a reporter only "submit" on their own draft', () => {
    expect(availableMoves({ status: 'draft', authorId: REPORTER.id }, REPORTER)).toEqual(['submit']);
  });

  it('offers a reporter only "submit" on their own returned story', () => {
    expect(availableMoves({ status: 'returned', authorId: REPORTER.id }, REPORTER)).toEqual(['submit']);
  });

  it('offers a reporter only "withdraw" on their own story in review', () => {
    expect(availableMoves({ status: 'in_review', authorId: REPORTER.id }, REPORTER)).toEqual(['withdraw']);
  });

  it('offers a reporter nothing on someone else’s draft', () => {
    expect(availableMoves({ status: 'draft', authorId: OTHER_REPORTER_ID }, REPORTER)).toEqual([]);
  });

  it.each(statuses)('never offers a reporter "publish" on a %s story', (status) => {
    expect(availableMoves({ status, authorId: REPORTER.id }, REPORTER)).not.toContain('publish');
    expect(availableMoves({ status, authorId: OTHER_REPORTER_ID }, REPORTER)).not.toContain('publish');
  });

  it.each(statuses)('offers a moderator nothing on a %s story', (status) => {
    expect(availableMoves({ status, authorId: MODERATOR.id }, MODERATOR)).toEqual([]);
  });

  it.each(statuses)('offers an editor on someone else’s %s story exactly the legal moves', (status) => {
    const legal = allMoves.filter((m) => m !== 'withdraw' && legalFrom[m].includes(status));
    expect([...availableMoves({ status, authorId: REPORTER.id }, EDITOR)].sort()).toEqual(legal.sort());
  });

  it('offers an editor return, approve and trash on a story in review', () => {
    expect(availableMoves({ status: 'in_review', authorId: REPORTER.id }, EDITOR)).toEqual([
      'return',
      'approve',
      'trash',
    ]);
  });
});

describe('a scheduled story', () => {
  const now = new Date('2026-11-28T10:00:00Z');
  const scheduled = { status: 'published' as const, authorId: REPORTER.id, publishedAt: new Date('2026-11-29T01:00:00Z') };
  const live = { ...scheduled, publishedAt: new Date('2026-11-28T09:00:00Z') };

  it('is published for a time still to come', () => {
    expect(isScheduled(scheduled, now)).toBe(true);
    expect(isScheduled(live, now)).toBe(false);
    expect(isScheduled({ ...scheduled, status: 'approved' }, now)).toBe(false);
    expect(isScheduled({ ...scheduled, publishedAt: now }, now)).toBe(false);
  });

  it('is labelled with its time in Vietnam, not as published', () => {
    expect(statusLabelOf(scheduled, now)).toBe('Hẹn giờ 08:00 29/11');
    expect(statusLabelOf(live, now)).toBe('Đã xuất bản');
    expect(statusLabelOf({ status: 'approved', publishedAt: null }, now)).toBe('Đã duyệt');
  });

  it('can be rescheduled, have its schedule cancelled, or be trashed, but not taken down', () => {
    expect(availableMoves(scheduled, EDITOR, now)).toEqual(['reschedule', 'unschedule', 'trash']);
    expect(checkMove('unschedule', scheduled, EDITOR, now)).toEqual({ ok: true, to: 'approved' });
    expect(checkMove('unpublish', scheduled, EDITOR, now)).toEqual({ ok: false, reason: 'illegal' });
  });

  it('once live, is taken down, never rescheduled', () => {
    expect(availableMoves(live, EDITOR, now)).toEqual(['unpublish', 'trash']);
    expect(checkMove('reschedule', live, EDITOR, now)).toEqual({ ok: false, reason: 'illegal' });
  });

  it('is rescheduled or cancelled only by a publisher', () => {
    expect(checkMove('reschedule', scheduled, REPORTER, now)).toEqual({ ok: false, reason: 'forbidden' });
    expect(checkMove('unschedule', scheduled, REPORTER, now)).toEqual({ ok: false, reason: 'forbidden' });
    expect(availableMoves(scheduled, REPORTER, now)).toEqual([]);
  });
});
