import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { authSessions, type User, users } from '@/db/schema';

/**
 * Desk sessions on the server. The cookie (a JWT) carries the session's id; a session counts only
 * while its row is there, unrevoked and unexpired, and the account is active with the session
 * version the cookie was made with. Signing out revokes the one row, so a copied cookie stops
 * working at once while the person's other devices stay signed in.
 */
export async function startSession(userId: number, maxAgeS: number): Promise<string> {
  const db = await getDb();
  const id = randomBytes(24).toString('base64url');
  const now = new Date();
  await db.insert(authSessions).values({ id, userId, expiresAt: new Date(now.getTime() + maxAgeS * 1000) });
  // Expired rows are worthless: sweep this person's now and then, never on a hot path.
  await db.delete(authSessions).where(and(eq(authSessions.userId, userId), lt(authSessions.expiresAt, new Date(now.getTime() - 24 * 3600_000))));
  return id;
}

export async function revokeSession(sessionId: unknown): Promise<void> {
  if (typeof sessionId !== 'string' || !sessionId) return;
  const db = await getDb();
  await db.update(authSessions).set({ revokedAt: new Date() }).where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt)));
}

/** The user behind a session token's claims, read from the database; null once it no longer counts. */
export async function userForSession(claims: Record<string, unknown>): Promise<User | null> {
  if (typeof claims.uid !== 'number' || typeof claims.sid !== 'string') return null;
  const db = await getDb();
  const [row] = await db
    .select({ user: users })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(and(eq(authSessions.id, claims.sid), eq(authSessions.userId, claims.uid), isNull(authSessions.revokedAt), gt(authSessions.expiresAt, new Date())))
    .limit(1);
  const user = row?.user;
  if (!user || !user.active || user.sessionVersion !== claims.sv) return null;
  return user;
}
