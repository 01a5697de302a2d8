import { describe, expect, it } from 'vitest';
import type { Role } from '@/db/schema';
import { can, deskHome, type Permission, permissionTable, roles } from './permissions';

/**
 * The specification, written out by hand: one row per permission, one column per role.
 * It is deliberately not derived from permissionTable, so a change to the table must be
 * mirrored here on purpose.
 */
const Y = true;
const N = false;
const expected: Record<string, Record<Role, boolean>> = {
  //                    admin      editor      reporter      moderator      accountant
  'desk.enter': { admin: Y, editor: Y, reporter: Y, moderator: Y, accountant: Y },
  'article.create': { admin: Y, editor: Y, reporter: Y, moderator: N, accountant: N },
  'article.editOwn': { admin: Y, editor: Y, reporter: Y, moderator: N, accountant: N },
  'article.submit': { admin: Y, editor: Y, reporter: Y, moderator: N, accountant: N },
  'article.editAny': { admin: Y, editor: Y, reporter: N, moderator: N, accountant: N },
  'article.review': { admin: Y, editor: Y, reporter: N, moderator: N, accountant: N },
  'article.publish': { admin: Y, editor: Y, reporter: N, moderator: N, accountant: N },
  'article.unpublish': { admin: Y, editor: Y, reporter: N, moderator: N, accountant: N },
  'article.trash': { admin: Y, editor: Y, reporter: N, moderator: N, accountant: N },
  'media.upload': { admin: Y, editor: Y, reporter: Y, moderator: N, accountant: N },
  'media.manage': { admin: Y, editor: Y, reporter: N, moderator: N, accountant: N },
  'comment.moderate': { admin: Y, editor: N, reporter: N, moderator: Y, accountant: N },
  'user.manage': { admin: Y, editor: N, reporter: N, moderator: N, accountant: N },
  'section.manage': { admin: Y, editor: N, reporter: N, moderator: N, accountant: N },
  'tag.manage': { admin: Y, editor: Y, reporter: N, moderator: N, accountant: N },
  'settings.manage': { admin: Y, editor: N, reporter: N, moderator: N, accountant: N },
  'audit.read': { admin: Y, editor: N, reporter: N, moderator: N, accountant: N },
  'workflow.manage': { admin: Y, editor: N, reporter: N, moderator: N, accountant: N },
  'article.correct': { admin: Y, editor: Y, reporter: N, moderator: N, accountant: N },
  'topic.propose': { admin: Y, editor: Y, reporter: Y, moderator: N, accountant: N },
  'topic.plan': { admin: Y, editor: Y, reporter: N, moderator: N, accountant: N },
  'topic.report': { admin: Y, editor: Y, reporter: N, moderator: N, accountant: N },
  'topic.managePlanners': { admin: Y, editor: N, reporter: N, moderator: N, accountant: N },
  'royalty.read': { admin: Y, editor: Y, reporter: Y, moderator: N, accountant: Y },
  'royalty.readAll': { admin: Y, editor: N, reporter: N, moderator: N, accountant: Y },
  'royalty.set': { admin: Y, editor: Y, reporter: N, moderator: N, accountant: N },
  'royalty.lock': { admin: Y, editor: Y, reporter: N, moderator: N, accountant: N },
  'royalty.manage': { admin: Y, editor: N, reporter: N, moderator: N, accountant: N },
  'stats.read': { admin: Y, editor: Y, reporter: Y, moderator: N, accountant: N },
  'stats.readAll': { admin: Y, editor: Y, reporter: N, moderator: N, accountant: N },
};

const allRoles: Role[] = ['admin', 'editor', 'reporter', 'moderator', 'accountant'];

describe('the permission matrix', () => {
  it('specifies exactly the permissions the table defines, no more and no fewer', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(permissionTable).sort());
  });

  it('covers every role the app knows', () => {
    expect([...roles].sort()).toEqual([...allRoles].sort());
  });

  const cells = Object.entries(expected).flatMap(([permission, row]) =>
    allRoles.map((role) => [role, permission, row[role]] as const),
  );

  it.each(cells)('%s → %s is %s', (role, permission, allowed) => {
    expect(can(role, permission as Permission)).toBe(allowed);
  });

  it('gives the admin every permission', () => {
    for (const permission of Object.keys(permissionTable) as Permission[]) {
      expect(can('admin', permission)).toBe(true);
    }
  });

  it('keeps a moderator away from articles and administration', () => {
    const allowed = (Object.keys(permissionTable) as Permission[]).filter((p) => can('moderator', p));
    expect(allowed.sort()).toEqual(['comment.moderate', 'desk.enter']);
  });

  it('does not let a reporter publish, review or moderate', () => {
    expect(can('reporter', 'article.publish')).toBe(false);
    expect(can('reporter', 'article.review')).toBe(false);
    expect(can('reporter', 'comment.moderate')).toBe(false);
  });

  it('lets a reporter upload photos but not manage everyone else\'s', () => {
    expect(can('reporter', 'media.upload')).toBe(true);
    expect(can('reporter', 'media.manage')).toBe(false);
  });

  it('refuses a role it does not know', () => {
    expect(can('intern' as Role, 'desk.enter')).toBe(false);
  });
});

describe('deskHome', () => {
  it('sends an editor to the review queue', () => {
    expect(deskHome('editor')).toBe('/desk/duyet-bai');
  });

  it('sends a moderator to the comment queue', () => {
    expect(deskHome('moderator')).toBe('/desk/binh-luan');
  });

  it('sends an admin to the desk overview', () => {
    expect(deskHome('admin')).toBe('/desk');
  });

  it('sends a reporter to their articles', () => {
    expect(deskHome('reporter')).toBe('/desk/bai-viet');
  });

  it('sends an accountant to the month’s nhuận bút, a page the role may open', () => {
    expect(deskHome('accountant')).toBe('/desk/nhuan-but');
    expect(can('accountant', 'royalty.read')).toBe(true);
  });

  it('gives every role a home inside the desk', () => {
    for (const role of allRoles) expect(deskHome(role)).toMatch(/^\/desk(\/|$)/);
  });
});
