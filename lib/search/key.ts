type Raw = Record<string, string | string[] | undefined>;

/**
 * A search's parameters as one path segment, so that each search has a cacheable address:
 * proxy.ts rewrites `/tim-kiem?q=…` to `/tim-kiem/ket-qua/<key>`.
 */
export function encodeSearchKey(params: URLSearchParams): string {
  const kept = [...params.entries()].filter(([k]) => ['q', 'chuyen-muc', 'tu', 'den', 'trang'].includes(k)).sort(([a], [b]) => a.localeCompare(b));
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
