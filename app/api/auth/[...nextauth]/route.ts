import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { readBytes } from '@/lib/request-body';
import { routeError, routeMessages } from '@/lib/routes';

type Ctx = { params: Promise<{ nextauth: string[] }> };

/** A sign-in form is a few hundred bytes; next-auth itself would read any body whole. */
const AUTH_BODY_BYTES = 16 * 1024;

/**
 * The one route handler that does not go through lib/routes.ts: next-auth speaks its own protocol
 * (its CSRF token, its redirects, the JSON its client reads, form-encoded posts from its sign-in
 * page), which our error shape and origin rule would break. It gets the one guard it lacks: its
 * body is read here, at most 16 KB, before next-auth sees it.
 * Options are built per request: the secret may come from the data dir, never read at build time.
 */
async function handler(req: NextRequest, ctx: Ctx) {
  let bounded = req;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    const body = await readBytes(req, AUTH_BODY_BYTES);
    if (!body.ok) return routeError(413, routeMessages.tooLarge(AUTH_BODY_BYTES));
    bounded = new NextRequest(req.url, { method: req.method, headers: req.headers, body: body.value as BodyInit });
  }
  return NextAuth(bounded as never, { params: await ctx.params } as never, authOptions());
}

export { handler as GET, handler as POST };
