import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { authSecret } from './secret';

/**
 * A browser that once signed in to an account gets a signed cookie naming that account. Its
 * sign-ins are throttled on their own (lib/auth/sign-in.ts), so that someone guessing the password
 * from elsewhere cannot keep the owner out. The cookie grants nothing by itself: the password is
 * still checked.
 */
export const KNOWN_DEVICE_MAX_AGE_S = 365 * 24 * 3600;

export function knownDeviceCookieName(): string {
  return env().SITE_URL.startsWith('https://') ? '__Secure-toasoan.device' : 'toasoan.device';
}

function sign(userId: number, nonce: string): string {
  return createHmac('sha256', authSecret()).update(`known-device:${userId}:${nonce}`).digest('base64url');
}

export function mintKnownDevice(userId: number): string {
  const nonce = randomBytes(16).toString('base64url');
  return `${userId}.${nonce}.${sign(userId, nonce)}`;
}

/** The device's id when the cookie is genuine and was made for this account; otherwise null. */
export function knownDeviceFor(cookie: string | undefined, userId: number | undefined): string | null {
  if (!cookie || userId === undefined) return null;
  const [uid, nonce, mac] = cookie.split('.');
  if (!uid || !nonce || !mac || Number(uid) !== userId) return null;
  const expected = Buffer.from(sign(userId, nonce));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? nonce : null;
}
