import { type NextRequest, NextResponse } from 'next/server';
import { CACHEABLE_SEARCH_MAX, encodeSearchKey } from '@/lib/search/key';
import { PUBLIC_PAGE_CACHE_CONTROL } from '@/lib/cache/cache-control';
import { isArticleGone } from '@/lib/cache/gone';
import { isStrictPage, newNonce, strictCsp } from '@/lib/security-headers';

const ARTICLE = /^\/[a-z0-9-]+\/(?:[a-z0-9-]*-)?(\d{1,9})$/;

/**
 * Four jobs, all cheap:
 * - the desk and sign-in pages get a per-request nonce CSP (the other security headers, and the
 *   reader's static CSP, come from next.config.ts);
 * - the desk: a visitor without a session cookie is sent to sign-in first (optimistic only: every
 *   desk page, action and route checks the session and the permission table itself);
 * - a search is rewritten to a path of its own, so that it can be cached like any page;
 * - a story the newsroom took down answers 410 Gone with the Vietnamese notice, before the cached
 *   page is looked at. A page cannot answer 410 itself (Next has notFound, forbidden and
 *   unauthorized only), so documents pay for this check; router requests (RSC) do not (`config`).
 */
export async function proxy(req: NextRequest) {
  if (!isStrictPage(req.nextUrl.pathname)) return route(req, () => NextResponse.next());
  // The desk and sign-in render per request anyway: a fresh nonce, which Next reads from the
  // request's CSP header and puts on its own scripts (lib/security-headers.ts).
  const csp = strictCsp({ nonce: newNonce(), https: (process.env.SITE_URL ?? '').startsWith('https://'), dev: process.env.NODE_ENV !== 'production' });
  const headers = new Headers(req.headers);
  headers.set('content-security-policy', csp);
  const res = await route(req, () => NextResponse.next({ request: { headers } }));
  res.headers.set('content-security-policy', csp);
  return res;
}

/** `next` lets the request through (with the nonce for strict pages). */
async function route(req: NextRequest, next: () => NextResponse): Promise<NextResponse> {
  const { pathname } = req.nextUrl;
  if (isStrictPage(pathname) && !pathname.startsWith('/desk')) return next();
  if (pathname === '/desk' || pathname.startsWith('/desk/')) {
    const hasSession = req.cookies.has('next-auth.session-token') || req.cookies.has('__Secure-next-auth.session-token');
    if (hasSession) return next();
    const url = new URL('/dang-nhap', req.url);
    url.searchParams.set('next', pathname);
    return NextResponse.redirect(url);
  }
  if (pathname === '/tim-kiem') {
    // Every search gets an address of its own, so that repeated searches come from the page cache.
    if (!req.nextUrl.searchParams.size || req.nextUrl.search.length > CACHEABLE_SEARCH_MAX) return NextResponse.next();
    return NextResponse.rewrite(new URL(`/tim-kiem/ket-qua/${encodeSearchKey(req.nextUrl.searchParams)}`, req.url));
  }
  const match = ARTICLE.exec(pathname);
  if (match && (await isArticleGone(Number(match[1])))) {
    // A rewrite cannot carry its own status, so fetch the notice page and answer it as 410. The
    // answer is the same for every reader, so a front cache may keep it for its one second: one that
    // must not store it would keep serving the story it still holds (nginx with use_stale updating).
    const notice = await fetch(new URL('/bai-da-go', req.nextUrl.origin));
    return new NextResponse(await notice.text(), {
      status: 410,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': PUBLIC_PAGE_CACHE_CONTROL },
    });
  }
  return next();
}

export const config = {
  matcher: [
    '/desk',
    '/desk/:path*',
    '/dang-nhap',
    '/dat-mat-khau/:path*',
    '/tim-kiem',
    // The articles, for the 410: documents only. A router request (RSC: a click, a prefetch) is
    // answered from the page cache; a takedown expired that page, which now renders the notice.
    { source: '/((?!_next/|media/|api/|xem-truoc/|chu-de/|tac-gia/|tim-kiem|dang-nhap|dat-mat-khau/|trang-chu/).+/.+)', missing: [{ type: 'header', key: 'rsc' }] },
  ],
};
