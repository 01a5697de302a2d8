import { type NextRequest, NextResponse } from 'next/server';

/**
 * Optimistic only: a visitor without a session cookie is sent to sign-in before the desk renders.
 * Every desk page, action and route still checks the session and the permission table itself.
 */
export function proxy(req: NextRequest) {
  const hasSession = req.cookies.has('next-auth.session-token') || req.cookies.has('__Secure-next-auth.session-token');
  if (!hasSession) {
    const url = new URL('/dang-nhap', req.url);
    url.searchParams.set('next', req.nextUrl.pathname);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ['/desk', '/desk/:path*'] };
