/**
 * What public pages tell caches in front of the app (nginx, a CDN). Next answers an ISR page with
 * `s-maxage=<revalidate>, stale-while-revalidate=<a year>`: a front cache honouring that would keep a
 * taken-down story for minutes, or a year while the app is unreachable. Instead public pages say
 * "one second, shared caches only", and nginx's micro-cache (deploy/nginx.conf) does the work.
 * Next keeps a Cache-Control set by next.config.ts `headers()` (send-payload.js only fills it in when
 * absent). Not for the desk, sign-in, the API, media or Next's own static files, which keep theirs.
 */
export const PUBLIC_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, must-revalidate';

/** Paths this rule must never touch: per-user or with their own long lifetimes. */
// Feeds, sitemaps and robots.txt keep their own five minutes (lib/seo/http.ts MACHINE_CACHE_CONTROL).
export const PUBLIC_PAGE_SOURCE = '/((?!_next/|media/|api/|desk(?:/|$)|dang-nhap(?:/|$)|dat-mat-khau(?:/|$)|xem-truoc/|sitemaps/|(?:[^/]+/)?[^/]+\\.(?:xml|txt)$).*)';

export function publicCacheHeaderRules() {
  return [{ source: PUBLIC_PAGE_SOURCE, headers: [{ key: 'Cache-Control', value: PUBLIC_PAGE_CACHE_CONTROL }] }];
}
