import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { passwordTokens, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { consumeRateLimit, refundRateLimit } from '@/lib/rate-limit';
import { hashPassword } from './passwords';
import { passwordProblems } from './password-rules';

/** How long a link to set a password stays usable. */
export const PASSWORD_LINK_TTL_MS = 72 * 3600_000;
/** Wrong or stale links one IP may try before the page refuses for a while. */
export const PASSWORD_LINK_LIMIT = { max: 10, windowMs: 15 * 60_000 };

export const passwordLinkMessages = {
  invalid: 'Liên kết đặt mật khẩu không hợp lệ, đã được dùng hoặc đã hết hạn. Vui lòng xin quản trị viên một liên kết mới.',
  limited: 'Bạn đã thử quá nhiều liên kết không hợp lệ. Vui lòng thử lại sau 15 phút.',
} as const;

export type PasswordLinkPurpose = 'invite' | 'reset';

/** The path a person opens; the raw token never reaches the database. */
export function passwordLinkPath(token: string): string {
  return `/dat-mat-khau/${token}`;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Only what a token looks like (64 hex digits) is worth a database query. */
function wellFormed(token: string): boolean {
  return /^[0-9a-f]{64}$/.test(token);
}

/**
 * Makes a fresh one-time link for a user inside the caller's transaction, voiding the user's
 * earlier unused links (only the newest link works). Returns the raw token, shown once.
 */
export async function issuePasswordToken(
  tx: Tx,
  { userId, purpose, createdBy, now = new Date() }: { userId: number; purpose: PasswordLinkPurpose; createdBy: number; now?: Date },
): Promise<string> {
  const token = randomBytes(32).toString('hex');
  await tx.delete(passwordTokens).where(and(eq(passwordTokens.userId, userId), isNull(passwordTokens.usedAt)));
  await tx.insert(passwordTokens).values({
    userId,
    tokenHash: hashToken(token),
    purpose,
    expiresAt: new Date(now.getTime() + PASSWORD_LINK_TTL_MS),
    createdBy,
  });
  return token;
}

/**
 * Every try takes one attempt up front, in one atomic step (parallel guesses cannot slip past the
 * limit); a link that turns out to be good gives it back, so only wrong links count.
 */
async function takeAttempt(ip: string) {
  if (!(await consumeRateLimit(`password-link:ip:${ip}`, PASSWORD_LINK_LIMIT)).ok) throw new DomainError('rate_limited', passwordLinkMessages.limited);
}

async function giveAttemptBack(ip: string) {
  await refundRateLimit(`password-link:ip:${ip}`, PASSWORD_LINK_LIMIT);
}

/**
 * The person behind a link, if the link is still good. A wrong, used or expired link counts against
 * the visitor's IP, so that links cannot be guessed by trying.
 */
export async function findPasswordLink({ token, ip, now = new Date() }: { token: string; ip: string; now?: Date }) {
  await takeAttempt(ip);
  if (wellFormed(token)) {
    const db = await getDb();
    const [row] = await db
      .select({ purpose: passwordTokens.purpose, expiresAt: passwordTokens.expiresAt, name: users.name, email: users.email })
      .from(passwordTokens)
      .innerJoin(users, eq(users.id, passwordTokens.userId))
      .where(and(eq(passwordTokens.tokenHash, hashToken(token)), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, now), eq(users.active, true)));
    if (row) {
      await giveAttemptBack(ip);
      return row;
    }
  }
  return null;
}

/**
 * The person sets their password through the link. The link is spent in the same statement that
 * finds it (two tabs cannot both use it), every older session is signed out, and the act is audited.
 */
export async function setPasswordFromLink({ token, password, ip, now = new Date() }: { token: string; password: string; ip: string; now?: Date }) {
  await takeAttempt(ip);
  const db = await getDb();
  let linkWasGood = false;
  const result = wellFormed(token)
    ? await db.transaction(async (tx) => {
        const [link] = await tx
          .update(passwordTokens)
          .set({ usedAt: now })
          .where(and(eq(passwordTokens.tokenHash, hashToken(token)), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, now)))
          .returning();
        if (!link) return null;
        const [user] = await tx.select().from(users).where(eq(users.id, link.userId)).for('update');
        if (!user?.active) return null;
        linkWasGood = true;
        const problems = passwordProblems(password, user.email);
        // Refusing the password must leave the link usable for the next try: undo by throwing.
        if (problems.length) throw new DomainError('invalid_input', problems.join(' '));
        await tx
          .update(users)
          .set({ passwordHash: await hashPassword(password), sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
          .where(eq(users.id, user.id));
        await recordAudit(tx, { actorId: user.id, action: 'user.password_set', subjectType: 'user', subjectId: user.id, after: { via: link.purpose } });
        return { id: user.id, email: user.email };
      }).finally(async () => {
        if (linkWasGood) await giveAttemptBack(ip);
      })
    : null;
  if (!result) throw new DomainError('not_found', passwordLinkMessages.invalid);
  return result;
}
