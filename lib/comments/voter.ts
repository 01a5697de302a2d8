import 'server-only';
import crypto from 'node:crypto';
import { cookies } from 'next/headers';

const COOKIE = 'ts_ban_doc';

/** An anonymous id for this browser (one like and one report per comment per browser). */
export async function browserId(): Promise<string> {
  const jar = await cookies();
  const existing = jar.get(COOKIE)?.value;
  if (existing && /^[A-Za-z0-9_-]{16,64}$/.test(existing)) return existing;
  const fresh = crypto.randomBytes(16).toString('base64url');
  jar.set(COOKIE, fresh, { httpOnly: true, sameSite: 'lax', maxAge: 365 * 24 * 3600, path: '/' });
  return fresh;
}
