import { and, eq, notInArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { withTestDatabase } from '@/test/database';
import { createUser } from '@/test/fixtures';
import { changeUserAccess } from './admin';

const { getDb } = withTestDatabase();

// Its own file: on PGlite this database holds no admin but the two made here. On a shared
// PostgreSQL database other files' admins may exist, and then both changes must go through.
describe('the last admin', () => {
  it('cannot be demoted or locked, even by two admins demoting each other at the same moment', async () => {
    const [a, b] = await Promise.all([createUser({ role: 'admin' }), createUser({ role: 'admin' })]);
    const db = await getDb();
    const others = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.active, true), notInArray(users.id, [a.id, b.id])));

    const results = await Promise.allSettled([
      changeUserAccess({ actor: a, userId: b.id, change: { role: 'editor' } }),
      changeUserAccess({ actor: b, userId: a.id, change: { active: false } }),
    ]);
    const refused = results.filter((r) => r.status === 'rejected');
    const left = await db.select().from(users).where(and(eq(users.role, 'admin'), eq(users.active, true)));
    expect(left.length).toBeGreaterThanOrEqual(1);
    if (others.length === 0) {
      expect(refused).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason.message).toBe('Tòa soạn phải còn ít nhất một quản trị viên đang hoạt động.');
      // The one left is alone: demoting them is refused outright.
      const [last] = left;
      const third = await createUser({ role: 'editor' });
      await expect(changeUserAccess({ actor: { id: third.id, role: 'admin' }, userId: last.id, change: { role: 'reporter' } })).rejects.toMatchObject({
        code: 'invalid_input',
      });
    } else {
      expect(refused).toHaveLength(0);
    }
  });
});
