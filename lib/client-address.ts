import 'server-only';
import { env } from '@/lib/env';

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

/**
 * The address a request came from: the one function every rate limit, ban and hash uses.
 *
 * X-Forwarded-For is a list each hop appends to, so only its right end can be believed: the last
 * entry is the socket address (lib/peer-address.ts appends it on every request, because `next start`
 * keeps whatever the client sent), and each trusted proxy in front (TRUSTED_PROXIES) adds one more.
 * Everything further left was written by the client and is ignored.
 */
export function clientAddress(headers: HeaderBag, trustedProxies = env().TRUSTED_PROXIES): string {
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers['x-forwarded-for'];
  const hops = (Array.isArray(raw) ? raw.join(',') : (raw ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (!hops.length) return 'unknown';
  // A request that bypassed the proxies has fewer hops: the leftmost one is then the nearest we know.
  const hop = hops[Math.max(0, hops.length - 1 - trustedProxies)];
  return normaliseAddress(hop);
}

/** `::ffff:203.0.113.5` and `203.0.113.5` are one client. */
function normaliseAddress(address: string): string {
  const plain = address.replace(/^\[|\]$/g, '').toLowerCase();
  return plain.startsWith('::ffff:') && plain.includes('.') ? plain.slice(7) : plain;
}
