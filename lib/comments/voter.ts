import 'server-only';
import crypto from 'node:crypto';

export const BROWSER_COOKIE = 'ts_ban_doc';
const ONE_YEAR_S = 365 * 24 * 3600;

/**
 * An anonymous id for this browser, so that a like, a report and a read count once per browser.
 * Read from the request's own cookie header (the public route door hands it to the handler); null
 * when the browser has none yet or sent something that is not one of ours.
 */
export function readBrowserId(cookieHeader: string | null): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== BROWSER_COOKIE) continue;
    return validBrowserId(rest.join('='));
  }
  return null;
}

/** One of our ids, or null for anything else a browser sends. */
export function validBrowserId(value: string | undefined): string | null {
  return value && /^[A-Za-z0-9_-]{16,64}$/.test(value) ? value : null;
}

export function newBrowserId(): string {
  return crypto.randomBytes(16).toString('base64url');
}

/** The Set-Cookie value that gives a browser its id: first-party, not readable by scripts. */
export function browserIdCookie(id: string): string {
  return `${BROWSER_COOKIE}=${id}; Path=/; Max-Age=${ONE_YEAR_S}; HttpOnly; SameSite=Lax`;
}

/** The same cookie, for a server action's cookie jar (a comment posted before any like or read gave one). */
export const browserIdOptions = { path: '/', maxAge: ONE_YEAR_S, httpOnly: true, sameSite: 'lax' } as const;
