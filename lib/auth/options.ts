import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { cookies } from 'next/headers';
import { clientAddress } from '@/lib/client-address';
import { env } from '@/lib/env';
import { safeDestination } from './destination';
import { KNOWN_DEVICE_MAX_AGE_S, knownDeviceCookieName, knownDeviceFor, mintKnownDevice } from './known-device';
import { authSecret } from './secret';
import { revokeSession, startSession, userForSession } from './sessions';
import { checkCredentials } from './sign-in';

/** How long a desk session lasts without signing in again. */
export const SESSION_MAX_AGE_S = 12 * 3600;

export function sessionCookieName(): string {
  return env().SITE_URL.startsWith('https://') ? '__Secure-next-auth.session-token' : 'next-auth.session-token';
}

export function authOptions(): AuthOptions {
  process.env.NEXTAUTH_URL ??= env().SITE_URL;
  const secure = env().SITE_URL.startsWith('https://');
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
    useSecureCookies: secure,
    pages: { signIn: '/dang-nhap', error: '/dang-nhap' },
    // A revoked or outdated session is expected, not an error worth a stack trace in the log.
    logger: {
      error(code, metadata) {
        if (code !== 'JWT_SESSION_ERROR') console.error(`[next-auth] ${code}`, metadata);
      },
    },
    providers: [
      CredentialsProvider({
        name: 'Email',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Mật khẩu', type: 'password' } },
        async authorize(credentials, req) {
          const jar = await cookies();
          const deviceName = knownDeviceCookieName();
          const deviceCookie = jar.get(deviceName)?.value;
          const user = await checkCredentials(credentials, clientAddress(req.headers ?? {}), deviceCookie);
          // This browser is now known for this account (lib/auth/known-device.ts).
          if (!knownDeviceFor(deviceCookie, user.id)) {
            jar.set(deviceName, mintKnownDevice(user.id), { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: KNOWN_DEVICE_MAX_AGE_S });
          }
          const sid = await startSession(user.id, SESSION_MAX_AGE_S);
          return { id: String(user.id), name: user.name, email: user.email, role: user.role, sv: user.sessionVersion, sid };
        },
      }),
    ],
    callbacks: {
      /**
       * At sign-in the token gets the account, its session version and the server-side session id.
       * On every later read (/api/auth/session included) the session is checked in the database:
       * revoked, expired, deactivated or outdated, and the token is dropped (next-auth then clears
       * the cookie); otherwise name and role come fresh from the users table.
       */
      async jwt({ token, user }) {
        if (user) {
          const u = user as unknown as { id: string; role: string; sv: number; sid: string };
          return { ...token, uid: Number(u.id), role: u.role, sv: u.sv, sid: u.sid };
        }
        const current = await userForSession(token);
        if (!current) throw new Error('Phiên đăng nhập không còn hiệu lực.');
        return { ...token, name: current.name, email: current.email, role: current.role };
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.uid, role: token.role } };
      },
      async redirect({ url, baseUrl }) {
        return new URL(safeDestination(url.startsWith(baseUrl) ? url.slice(baseUrl.length) || '/' : url, baseUrl, '/desk'), baseUrl).toString();
      },
    },
    events: {
      async signOut({ token }) {
        await revokeSession(token?.sid);
      },
    },
  };
}
