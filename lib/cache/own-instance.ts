import 'server-only';
import crypto from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';
import type { PagesTouched } from './change-events';

/** Proves a cache-expiry call comes from this deployment's own timer. */
export function internalToken(): string {
  return crypto.createHmac('sha256', authSecret()).update('reader-cache-expiry').digest('base64url');
}

export function isInternalToken(value: string | null): boolean {
  if (!value) return false;
  const expected = Buffer.from(internalToken());
  const given = Buffer.from(value);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}


/**
 * Expiring cached pages needs a request context, so timers ask this instance's own route
 * (/api/bo-nho-dem/het-han) to expire what an event touched (lib/cache/change-events.ts).
 */
export async function askOwnInstanceToExpire(touched: PagesTouched): Promise<void> {
  const port = process.env.PORT ?? '3000';
  const res = await fetch(`http://127.0.0.1:${port}/api/bo-nho-dem/het-han`, {
    method: 'POST',
    headers: { 'x-toasoan-token': internalToken(), 'content-type': 'application/json' },
    body: JSON.stringify(touched),
  });
  // Refused is not done: the caller logs it, and the ticker tries the same stories again next tick.
  if (!res.ok) throw new Error(`Máy chủ không làm mới được trang (HTTP ${res.status}).`);
}
