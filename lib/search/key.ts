type Raw = Record<string, string | string[] | undefined>;

/** The parameters /tim-kiem reads (lib/search/query.ts); anything else (utm_…) does not split the cache. */
export const SEARCH_PARAMS = ['q', 'chuyen-muc', 'tu-ngay', 'den-ngay', 'trang'];
/** Longer searches are refused by the page anyway: they are answered without the cache. */
export const CACHEABLE_SEARCH_MAX = 600;

/**
 * A search's parameters as one path segment, so that each search has a cacheable address:
 * proxy.ts rewrites `/tim-kiem?q=…` to `/tim-kiem/ket-qua/<key>`.
 */
export function encodeSearchKey(params: URLSearchParams): string {
  const kept = [...params.entries()].filter(([k]) => SEARCH_PARAMS.includes(k)).sort(([a], [b]) => a.localeCompare(b));
  return Buffer.from(JSON.stringify(kept)).toString('base64url');
}

export function decodeSearchKey(key: string): Raw {
  try {
    const pairs = JSON.parse(Buffer.from(key, 'base64url').toString('utf8'));
    if (!Array.isArray(pairs)) return {};
    const raw: Raw = {};
    for (const pair of pairs) if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string' && !(pair[0] in raw)) raw[pair[0]] = pair[1];
    return raw;
  } catch {
    return {};
  }
}
