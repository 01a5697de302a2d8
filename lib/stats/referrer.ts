/**
 * Where a reader came from, decided once when the read is counted, from the page's referrer and the
 * browser's user agent. Only the kind of source is kept (a counter per story per hour per source):
 * no address, no path, no cookie, nothing about the reader.
 */
export const viewSources = ['search', 'social', 'zalo', 'direct', 'internal', 'other'] as const;
export type ViewSource = (typeof viewSources)[number];

/** The newsroom's names for each source, in the order the desk shows them. */
export const viewSourceLabels: Record<ViewSource, string> = {
  search: 'Tìm kiếm',
  social: 'Mạng xã hội',
  zalo: 'Zalo',
  direct: 'Truy cập trực tiếp',
  internal: 'Trong báo',
  other: 'Trang khác',
};

/** Host names ending with one of these (the name itself or a subdomain of it). */
const zaloHosts = ['zalo.me', 'zaloapp.com', 'zalo.vn'];
const searchHosts = ['coccoc.com', 'bing.com', 'yahoo.com', 'duckduckgo.com', 'yandex.com', 'search.brave.com', 'baidu.com'];
const socialHosts = ['facebook.com', 'fb.me', 'fb.com', 'messenger.com', 'instagram.com', 'x.com', 'twitter.com', 't.co', 'tiktok.com', 'youtube.com', 'youtu.be', 'threads.net', 'linkedin.com', 'reddit.com'];

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'android-app:') return null;
    return parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}

const within = (host: string, domains: readonly string[]) => domains.some((d) => host === d || host.endsWith(`.${d}`));

/** Google in every country: google.com, google.com.vn, www.google.co.uk, news.google.com. */
const isGoogle = (host: string) => /(^|\.)google\.(com|co)(\.[a-z]{2})?$/.test(host) || /(^|\.)google\.[a-z]{2}$/.test(host);

/**
 * The source of one read. `referrer` is the page's `document.referrer` (empty when typed, bookmarked
 * or the other site sends none); `siteUrl` is our own address; `userAgent` lets Zalo's in-app browser
 * count as Zalo even when it sends no referrer. Pure: the same input gives the same answer.
 */
export function classifyReferrer(referrer: string | null | undefined, siteUrl: string, userAgent?: string | null): ViewSource {
  const ref = (referrer ?? '').trim();
  const host = ref ? hostOf(ref) : null;
  const own = hostOf(siteUrl);
  if (host && own && (host === own || host === `www.${own}` || own === `www.${host}`)) return 'internal';
  if ((host && within(host, zaloHosts)) || (userAgent && /\bZalo(App|Theme)?\b/i.test(userAgent))) return 'zalo';
  if (!ref) return 'direct';
  if (!host) return 'other';
  if (isGoogle(host) || within(host, searchHosts)) return 'search';
  if (within(host, socialHosts)) return 'social';
  if (ref.startsWith('android-app://com.google')) return 'search';
  return 'other';
}
