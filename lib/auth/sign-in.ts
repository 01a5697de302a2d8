import 'server-only';
import { z } from 'zod';
import type { User } from '@/db/schema';
import { consumeRateLimit, type Limit, minutesToWait, refundRateLimit, resetRateLimit } from '@/lib/rate-limit';
import { knownDeviceFor } from './known-device';
import { privateHash } from './secret';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import { findUserByEmail } from './users';

/**
 * Sign-in throttling after OWASP's advice: no account is ever locked. Attempts are counted
 * (atomically, before the password is checked) per account *and address* together, with a wait that
 * grows — a minute after 5, a quarter hour after 10, the rest of the day after 20 — and per address
 * across accounts. A browser that signed in to the account before (a signed cookie) is counted on its
 * own, so guessing from elsewhere never keeps the owner out. A success forgets that pair's failures.
 */
export const SIGN_IN_LIMITS = {
  pair: [
    { max: 5, windowMs: 60_000 },
    { max: 10, windowMs: 15 * 60_000 },
    { max: 20, windowMs: 24 * 3600_000 },
  ],
  address: { max: 30, windowMs: 15 * 60_000 },
  knownDevice: { max: 10, windowMs: 15 * 60_000 },
} satisfies Record<string, Limit | Limit[]>;

export const signInMessages = {
  invalid: 'Email hoặc mật khẩu không đúng.',
  limited: (waitMs: number) => `Bạn đã đăng nhập sai nhiều lần. Vui lòng thử lại sau ${minutesToWait(waitMs)}.`,
  malformed: 'Vui lòng nhập email hợp lệ và mật khẩu.',
} as const;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(256),
});

type Counter = { key: string; limit: Limit; forgetOnSuccess: 'reset' | 'refund' };

/** The key of an (account, address) pair's attempts: hashed, as emails and addresses are everywhere else. */
export const signInPairKey = (email: string, ip: string) => `signin:pair:${privateHash('email', email)}:${privateHash('ip', ip)}`;

function countersFor(email: string, ip: string, device: string | null): Counter[] {
  if (device) return [{ key: `signin:device:${device}`, limit: SIGN_IN_LIMITS.knownDevice, forgetOnSuccess: 'reset' }];
  return [
    ...SIGN_IN_LIMITS.pair.map((limit) => ({ key: signInPairKey(email, ip), limit, forgetOnSuccess: 'reset' as const })),
    { key: `signin:ip:${privateHash('ip', ip)}`, limit: SIGN_IN_LIMITS.address, forgetOnSuccess: 'refund' },
  ];
}

/**
 * Checks a sign-in attempt from `ip`, with the known-device cookie the browser sent (if any).
 * An unknown email takes the same path and the same time as a wrong password.
 */
export async function checkCredentials(input: unknown, ip: string, deviceCookie?: string): Promise<User> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new Error(signInMessages.malformed);
  const { email, password } = parsed.data;
  const user = await findUserByEmail(email);
  const counters = countersFor(email, ip, knownDeviceFor(deviceCookie, user?.id));
  const results = await Promise.all(counters.map((c) => consumeRateLimit(c.key, c.limit)));
  const refused = results.filter((r) => !r.ok);
  if (refused.length) throw new Error(signInMessages.limited(Math.max(...refused.map((r) => r.retryAfterMs))));
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !ok || !user.active) throw new Error(signInMessages.invalid);
  await Promise.all(counters.map((c) => (c.forgetOnSuccess === 'reset' ? resetRateLimit(c.key, c.limit) : refundRateLimit(c.key, c.limit))));
  return user;
}
