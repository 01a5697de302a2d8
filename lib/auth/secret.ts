import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

let cached: string | undefined;

/**
 * AUTH_SECRET signs sessions. Without one (the embedded demo), a random secret is made once and kept
 * in the data dir so that sessions survive a restart. Several instances must share AUTH_SECRET.
 */
export function authSecret(): string {
  if (cached) return cached;
  const fromEnv = env().AUTH_SECRET;
  if (fromEnv) return (cached = fromEnv);
  const file = path.join(env().dataDir, 'auth-secret');
  try {
    cached = fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fresh = crypto.randomBytes(32).toString('base64url');
    try {
      fs.writeFileSync(file, fresh, { flag: 'wx', mode: 0o600 });
      cached = fresh;
    } catch {
      cached = fs.readFileSync(file, 'utf8').trim();
    }
  }
  return cached;
}

/** Salted hash for IPs, emails and browser ids we must compare but never store in clear. */
export function privateHash(kind: 'ip' | 'email' | 'browser', value: string): string {
  return crypto.createHmac('sha256', authSecret()).update(`${kind}:${value}`).digest('base64url').slice(0, 32);
}
