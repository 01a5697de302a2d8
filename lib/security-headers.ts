/**
 * The security headers of every response, in one place: next.config.ts sends the static ones,
 * proxy.ts the desk's per-request CSP. Plain TypeScript (no server-only): next.config imports it.
 *
 * Why two CSPs. Reader pages are rendered once and served from the page cache; a nonce must change
 * on every response, so a nonce CSP would make every reader page render per request (Next's CSP
 * guide: "you must use dynamic rendering to add nonces"). And the App Router writes its RSC payload
 * as inline scripts (`self.__next_f.push(…)`) that differ per page and per render, so hashes cannot
 * list them in a header fixed at build. Reader pages therefore get a static CSP with 'unsafe-inline'
 * for scripts; everything else is locked to our origin, no plugins, no <base>, no foreign forms, and
 * story bodies are rendered from an allow-list that emits no script at all.
 * The desk and the sign-in pages render per request anyway (force-dynamic): they get a fresh nonce
 * with 'strict-dynamic', so an injected inline script does not run where a session is worth most.
 */

/** Addresses that render per request and hold a session or a password: nonce CSP, never framed. */
export function isStrictPage(pathname: string): boolean {
  return /^\/(?:desk|dang-nhap|dat-mat-khau)(?:\/|$)/.test(pathname);
}

/**
 * Never in a frame: the strict pages, and the staff preview (which keeps the reader CSP, whose
 * frame-ancestors 'self' already keeps other sites out; X-Frame-Options covers older browsers).
 */
const NEVER_FRAMED = '/:first(desk|dang-nhap|dat-mat-khau|xem-truoc)/:rest*';
const NEVER_FRAMED_ROOT = '/:first(desk|dang-nhap|dat-mat-khau|xem-truoc)';

/** React in development evaluates code for its debugging overlays; production never needs eval. */
const evalIn = (dev: boolean) => (dev ? " 'unsafe-eval'" : '');

/** Directives every CSP of ours shares. Styles keep 'unsafe-inline': React style props and the editor set style attributes. */
function commonDirectives(https: boolean): string[] {
  return [
    "default-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
}

/** The static CSP of reader pages, feeds, /media and the API. */
export function staticCsp({ https, dev }: { https: boolean; dev: boolean }): string {
  return [...commonDirectives(https), `script-src 'self' 'unsafe-inline'${evalIn(dev)}`, "frame-ancestors 'self'"].join('; ');
}

/** The per-request CSP of the desk and sign-in pages. */
export function strictCsp({ nonce, https, dev }: { nonce: string; https: boolean; dev: boolean }): string {
  return [...commonDirectives(https), `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${evalIn(dev)}`, "frame-ancestors 'none'"].join('; ');
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()';

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

/**
 * For next.config.ts headers(): read when the app is built (Next writes these rules into its
 * routes manifest), so SITE_URL must be set at build time for HSTS and upgrade-insecure-requests.
 */
export function staticHeaderRules({ siteUrl, dev }: { siteUrl: string; dev: boolean }): HeaderRule[] {
  const https = siteUrl.startsWith('https://');
  const everywhere = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    // Browsers ignore HSTS over plain http; sending it only for an https site keeps localhost usable.
    ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
  const noFrame = [{ key: 'X-Frame-Options', value: 'DENY' }];
  return [
    { source: '/:path*', headers: everywhere },
    // Everything but the strict pages: those get their nonce CSP from proxy.ts (two CSPs would both apply).
    { source: '/((?!(?:desk|dang-nhap|dat-mat-khau)(?:/|$)).*)', headers: [{ key: 'Content-Security-Policy', value: staticCsp({ https, dev }) }] },
    { source: NEVER_FRAMED_ROOT, headers: noFrame },
    { source: NEVER_FRAMED, headers: noFrame },
  ];
}
