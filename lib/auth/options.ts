import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { clientAddress } from '@/lib/client-address';
import { env } from '@/lib/env';
import { isLimited, recordEvent } from '@/lib/rate-limit';
import { authSecret } from './secret';
import { findUserByEmail } from './users';
import { verifyAgainstDummy, verifyPassword } from './passwords';

/** How long a desk session lasts without signing in again. */
export const SESSION_MAX_AGE_S = 12 * 3600;

export const SIGN_IN_LIMIT = { max: 5, windowMs: 15 * 60_000 };
export const signInMessages = {
  invalid: 'Email hoặc mật khẩu không đúng.',
  limited: 'Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
  malformed: 'Vui lòng nhập email hợp lệ và mật khẩu.',
} as const;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(256),
});

export function sessionCookieName(): string {
  return env().SITE_URL.startsWith('https://') ? '__Secure-next-auth.session-token' : 'next-auth.session-token';
}

/**
 * Checks a sign-in attempt. Failures are counted per account and per IP in the database; past the
 * limit even the right password is refused until the window passes.
 */
export async function checkCredentials(input: unknown, ip: string) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new Error(signInMessages.malformed);
  const { email, password } = parsed.data;
  const buckets = [`signin:email:${email}`, `signin:ip:${ip}`];
  if (await isLimited(buckets, SIGN_IN_LIMIT)) throw new Error(signInMessages.limited);
  const user = await findUserByEmail(email);
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !ok || !user.active) {
    await recordEvent(buckets);
    throw new Error(signInMessages.invalid);
  }
  return user;
}

export function authOptions(): AuthOptions {
  process.env.NEXTAUTH_URL ??= env().SITE_URL;
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
    useSecureCookies: env().SITE_URL.startsWith('https://'),
    pages: { signIn: '/dang-nhap', error: '/dang-nhap' },
    providers: [
      CredentialsProvider({
        name: 'Email',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Mật khẩu', type: 'password' } },
        async authorize(credentials, req) {
          const user = await checkCredentials(credentials, clientAddress(req.headers ?? {}));
          return { id: String(user.id), name: user.name, email: user.email, role: user.role, sv: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const u = user as unknown as { id: string; role: string; sv: number };
          token.uid = Number(u.id);
          token.role = u.role;
          token.sv = u.sv;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.uid, role: token.role } };
      },
    },
  };
}
