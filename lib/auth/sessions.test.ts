import { eq } from 'drizzle-orm';
import type { JWT } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { createUser } from '@/test/fixtures';
import { withTestDatabase } from '@/test/database';
import { authOptions, SESSION_MAX_AGE_S } from './options';
import { startSession, userForSession } from './sessions';

withTestDatabase();

/** What next-auth does: at sign-in `authorize` gives the user, later reads pass only the token. */
async function signIn(user: { id: number; name: string; email: string; role: string; sessionVersion: number }): Promise<JWT> {
  const sid = await startSession(user.id, SESSION_MAX_AGE_S);
  const signedIn = { id: String(user.id), name: user.name, email: user.email, role: user.role, sv: user.sessionVersion, sid };
  return authOptions().callbacks!.jwt!({ token: { name: user.name, email: user.email }, user: signedIn, account: null } as never);
}
const readSession = (token: JWT) => authOptions().callbacks!.jwt!({ token } as never);
const signOut = (token: JWT) => authOptions().events!.signOut!({ token, session: null as never });

describe('desk sessions', () => {
  it('ends the session that signed out, on the server: its copied cookie no longer counts', async () => {
    const user = await createUser({ role: 'editor' });
    const token = await signIn(user);
    expect(await readSession(token)).toMatchObject({ uid: user.id, role: 'editor' });
    await signOut(token);
    await expect(readSession(token)).rejects.toThrow();
    expect(await userForSession(token)).toBeNull();
  });

  it('keeps the person signed in on their other devices', async () => {
    const user = await createUser({ role: 'reporter' });
    const laptop = await signIn(user);
    const phone = await signIn(user);
    await signOut(laptop);
    expect((await userForSession(phone))?.id).toBe(user.id);
    expect(await readSession(phone)).toMatchObject({ uid: user.id });
  });

  it('reports the role from the database, not the one the cookie was made with', async () => {
    const user = await createUser({ role: 'admin' });
    const token = await signIn(user);
    const db = await getDb();
    await db.update(users).set({ role: 'reporter' }).where(eq(users.id, user.id));
    expect(await readSession(token)).toMatchObject({ role: 'reporter' });
    const session = await authOptions().callbacks!.session!({ session: { expires: '' }, token: await readSession(token) } as never);
    expect(session).toMatchObject({ user: { id: user.id, role: 'reporter' } });
  });

  it('ends every session of a deactivated account or one whose password was reset', async () => {
    const user = await createUser({ role: 'moderator' });
    const token = await signIn(user);
    const db = await getDb();
    await db.update(users).set({ sessionVersion: user.sessionVersion + 1 }).where(eq(users.id, user.id));
    await expect(readSession(token)).rejects.toThrow();
    const fresh = await signIn({ ...user, sessionVersion: user.sessionVersion + 1 });
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    await expect(readSession(fresh)).rejects.toThrow();
  });

  it('refuses a token without a server-side session (made before sessions were kept, or forged)', async () => {
    const user = await createUser({ role: 'editor' });
    await expect(readSession({ uid: user.id, role: 'admin', sv: user.sessionVersion } as JWT)).rejects.toThrow();
    await expect(readSession({ uid: user.id, role: 'admin', sv: user.sessionVersion, sid: 'khong-co' } as JWT)).rejects.toThrow();
  });
});
