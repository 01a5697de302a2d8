import { describe, expect, it } from 'vitest';
import { defaultPlanners, isPlannerBy } from './planners';

describe('who acts as thư ký tòa soạn', () => {
  const editor = { id: 5, role: 'editor' as const };
  const named = { id: 6, role: 'editor' as const };
  const admin = { id: 1, role: 'admin' as const };
  const reporter = { id: 9, role: 'reporter' as const };
  const moderator = { id: 7, role: 'moderator' as const };

  it('by default every editor and admin', () => {
    expect([editor, named, admin, reporter, moderator].map((p) => isPlannerBy(defaultPlanners, p))).toEqual([true, true, true, false, false]);
  });

  it('named people only (an editor holding the title), plus a role if ticked', () => {
    const rule = { roles: ['admin' as const], userIds: [named.id] };
    expect([editor, named, admin].map((p) => isPlannerBy(rule, p))).toEqual([false, true, true]);
    expect(isPlannerBy({ roles: [], userIds: [named.id] }, admin)).toBe(false);
  });

  it('never someone the permission table keeps out, even when named', () => {
    expect(isPlannerBy({ roles: [], userIds: [reporter.id, moderator.id] }, reporter)).toBe(false);
    expect(isPlannerBy({ roles: [], userIds: [reporter.id, moderator.id] }, moderator)).toBe(false);
  });
});
