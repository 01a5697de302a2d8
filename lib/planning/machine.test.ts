import { describe, expect, it } from 'vitest';
import type { ArticleStatus, Role, TopicDecision } from '@/db/schema';
import { availableTopicMoves, baseStatusOf, checkTopicMove, deadlineStateOf, type TopicForMove, type TopicMove, topicStatusOf } from './machine';

const now = new Date();
const HOUR = 3600_000;
const story = (status: ArticleStatus, publishedAt: Date | null = null) => ({ status, publishedAt });

describe('a topic follows its story', () => {
  const approved = (s: ReturnType<typeof story> | null, deadline: Date | null = null) => topicStatusOf({ decision: 'approved', deadline, story: s }, now);

  it('reads proposed and declined from the decision alone', () => {
    expect(topicStatusOf({ decision: 'proposed', deadline: null, story: null }, now)).toBe('proposed');
    expect(topicStatusOf({ decision: 'declined', deadline: new Date(now.getTime() - HOUR), story: null }, now)).toBe('declined');
  });

  it('is approved until a draft exists, and again when the draft is thrown away', () => {
    expect(approved(null)).toBe('approved');
    expect(approved(story('trashed'))).toBe('approved');
  });

  it('is being written while the story is a draft or was returned', () => {
    expect(approved(story('draft'))).toBe('writing');
    expect(approved(story('returned'))).toBe('writing');
  });

  it('is handed in while the story waits in review, is approved or scheduled for later', () => {
    expect(approved(story('in_review'))).toBe('submitted');
    expect(approved(story('approved'))).toBe('submitted');
    expect(approved(story('published', new Date(now.getTime() + HOUR)))).toBe('submitted');
  });

  it('is published once the story is live, and stays so if it is taken down later', () => {
    expect(approved(story('published', new Date(now.getTime() - HOUR)))).toBe('published');
    expect(approved(story('unpublished', new Date(now.getTime() - HOUR)))).toBe('published');
  });

  it('is overdue when the deadline passed before anything was handed in', () => {
    const past = new Date(now.getTime() - 1);
    expect(approved(null, past)).toBe('overdue');
    expect(approved(story('draft'), past)).toBe('overdue');
    expect(approved(story('returned'), now)).toBe('overdue');
    // Handed in, published: never late on the board (the weekly report counts lateness).
    expect(approved(story('in_review'), past)).toBe('submitted');
    expect(approved(story('published', past), past)).toBe('published');
    // A deadline still to come is not late.
    expect(approved(story('draft'), new Date(now.getTime() + 1))).toBe('writing');
  });

  it('keeps the base status free of the clock', () => {
    expect(baseStatusOf({ decision: 'approved', story: null }, now)).toBe('approved');
  });
});

describe('deadline notices', () => {
  const todayStart = new Date(now.getTime() - 10 * HOUR); // "today" began ten hours ago
  const facts = (deadline: Date | null, s: ReturnType<typeof story> | null = null, decision: TopicDecision = 'approved') => ({ decision, deadline, story: s });
  it('says today, tomorrow or overdue, by Vietnam days', () => {
    expect(deadlineStateOf(facts(new Date(now.getTime() + HOUR)), now, todayStart)).toBe('due_today');
    expect(deadlineStateOf(facts(new Date(todayStart.getTime() + 30 * HOUR)), now, todayStart)).toBe('due_tomorrow');
    expect(deadlineStateOf(facts(new Date(todayStart.getTime() + 50 * HOUR)), now, todayStart)).toBeNull();
    expect(deadlineStateOf(facts(new Date(now.getTime() - HOUR)), now, todayStart)).toBe('overdue');
  });
  it('says nothing once the story is handed in, or for a proposal or a declined topic', () => {
    const soon = new Date(now.getTime() + HOUR);
    expect(deadlineStateOf(facts(soon, story('in_review')), now, todayStart)).toBeNull();
    expect(deadlineStateOf(facts(soon, null, 'proposed'), now, todayStart)).toBeNull();
    expect(deadlineStateOf(facts(soon, null, 'declined'), now, todayStart)).toBeNull();
    expect(deadlineStateOf(facts(null), now, todayStart)).toBeNull();
  });
});

describe('who may do what with a topic', () => {
  const REPORTER = { id: 10, role: 'reporter' as Role, isPlanner: false };
  const OTHER_REPORTER = { id: 11, role: 'reporter' as Role, isPlanner: false };
  const THU_KY = { id: 20, role: 'editor' as Role, isPlanner: true };
  const EDITOR = { id: 21, role: 'editor' as Role, isPlanner: false };
  const MODERATOR = { id: 30, role: 'moderator' as Role, isPlanner: true };
  const topic = (decision: TopicDecision, s: ReturnType<typeof story> | null = null, assigneeIds = [10]): TopicForMove => ({
    decision,
    deadline: null,
    story: s,
    proposerId: 10,
    assigneeIds,
  });

  /** The specification, move by base status: where each move is legal for someone allowed to make it. */
  const legal: Record<TopicMove, string[]> = {
    approve: ['proposed'],
    decline: ['proposed', 'approved'],
    assign: ['proposed', 'approved', 'writing'],
    write: ['approved'],
  };
  const cases: [string, TopicForMove][] = [
    ['proposed', topic('proposed', null, [])],
    ['approved', topic('approved')],
    ['writing', topic('approved', story('draft'))],
    ['submitted', topic('approved', story('in_review'))],
    ['published', topic('approved', story('published', new Date(now.getTime() - HOUR)))],
    ['declined', topic('declined')],
  ];

  for (const move of Object.keys(legal) as TopicMove[]) {
    for (const [status, t] of cases) {
      const actor = move === 'write' ? REPORTER : THU_KY;
      it(`${move} from ${status}: ${legal[move].includes(status) ? 'allowed' : 'refused as illegal'}`, () => {
        const check = checkTopicMove(move, t, actor, now);
        expect(check).toEqual(legal[move].includes(status) ? { ok: true } : { ok: false, reason: 'illegal' });
      });
    }
  }

  it('lets only the thư ký approve, decline or assign — not a reporter, not an editor without the title', () => {
    for (const move of ['approve', 'decline', 'assign'] as const) {
      expect(checkTopicMove(move, topic('proposed'), REPORTER, now)).toEqual({ ok: false, reason: 'forbidden' });
      expect(checkTopicMove(move, topic('proposed'), EDITOR, now)).toEqual({ ok: false, reason: 'not_planner' });
      // The permission table comes first: a moderator named by mistake still cannot plan.
      expect(checkTopicMove(move, topic('proposed'), MODERATOR, now)).toEqual({ ok: false, reason: 'forbidden' });
    }
  });

  it('lets only an assignee write the story, and the late topic too', () => {
    expect(checkTopicMove('write', topic('approved'), OTHER_REPORTER, now)).toEqual({ ok: false, reason: 'not_assignee' });
    expect(checkTopicMove('write', topic('approved'), THU_KY, now)).toEqual({ ok: false, reason: 'not_assignee' });
    const late = { ...topic('approved'), deadline: new Date(now.getTime() - HOUR) };
    expect(topicStatusOf(late, now)).toBe('overdue');
    expect(checkTopicMove('write', late, REPORTER, now)).toEqual({ ok: true });
  });

  it('offers each person the moves they may make', () => {
    expect(availableTopicMoves(topic('proposed'), THU_KY, now)).toEqual(['approve', 'decline', 'assign']);
    expect(availableTopicMoves(topic('approved'), REPORTER, now)).toEqual(['write']);
    expect(availableTopicMoves(topic('approved', story('draft')), REPORTER, now)).toEqual([]);
    expect(availableTopicMoves(topic('proposed'), REPORTER, now)).toEqual([]);
  });
});
