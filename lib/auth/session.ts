import 'server-only';
import { decode, encode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { User } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { SESSION_MAX_AGE_S, sessionCookieName } from './options';
import { can, type Permission } from './permissions';
import { authSecret } from './secret';
import { userForSession } from './sessions';

/**
 * The signed-in user, re-read from the database on every call: a signed-out (revoked) session, a
 * deactivated account, a changed role or a reset password (all bump session_version) take effect on
 * the next request.
 */
export async function getCurrentUser(): Promise<User | null> {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  let token;
  try {
    token = await decode({ token: raw, secret: authSecret() });
  } catch {
    return null;
  }
  if (!token) return null;
  return userForSession(token);
}

/** For server actions and route handlers: refuses with a DomainError. */
export async function requireUser(permission: Permission): Promise<User> {
  const user = await getCurrentUser();
  if (!user) throw new DomainError('unauthenticated', 'Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.');
  if (!can(user.role, permission)) throw new DomainError('forbidden', 'Bạn không có quyền thực hiện thao tác này.');
  return user;
}

/** For desk pages: anonymous visitors go to sign-in, the wrong role sees a refusal page. */
export async function requireDeskUser(permission: Permission, from: string): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect(`/dang-nhap?next=${encodeURIComponent(from)}`);
  if (!can(user.role, permission)) redirect('/desk/khong-co-quyen');
  return user;
}

/**
 * After a person changes their own password (which signs out all their sessions), the session they
 * did it from gets a fresh cookie carrying the new session version, so only the others end.
 */
export async function renewSessionCookie(sessionVersion: number): Promise<void> {
  const jar = await cookies();
  const name = sessionCookieName();
  const raw = jar.get(name)?.value;
  if (!raw) return;
  const token = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  if (!token) return;
  const maxAge = SESSION_MAX_AGE_S;
  const value = await encode({ token: { ...token, sv: sessionVersion }, secret: authSecret(), maxAge });
  jar.set(name, value, { httpOnly: true, sameSite: 'lax', path: '/', secure: name.startsWith('__Secure-'), maxAge });
}
