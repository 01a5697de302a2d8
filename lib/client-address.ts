import 'server-only';

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

/**
 * The address a request came from: the one function every rate limit, ban and hash uses.
 * (Issue 9: reads the first X-Forwarded-For value today; to be made proxy-aware with TRUSTED_PROXIES.)
 */
export function clientAddress(headers: HeaderBag): string {
  const get = (name: string) => {
    const v = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  return get('x-forwarded-for')?.split(',')[0]?.trim() || get('x-real-ip') || 'unknown';
}
