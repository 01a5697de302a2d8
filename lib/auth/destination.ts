import 'server-only';

/**
 * Where to send someone after signing in: `next` only when it is a path on our own site, else their
 * desk home. Parsed the way a browser parses it (tabs and newlines dropped, `\` read as `/`), so
 * `/%09/evil.example`, `/\evil.example` or `//evil.example` cannot leave the site, and nothing can
 * make this throw.
 */
export function safeDestination(next: unknown, origin: string, fallback: string): string {
  const raw = Array.isArray(next) ? next[0] : next;
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.length > 2000) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return fallback;
  }
  // Control characters (a browser drops tab/newline), backslashes (read as `/`) and a second
  // leading slash (protocol-relative) have no place in one of our paths, decoded or not.
  if (/[\u0000-\u001f\u007f\\]/.test(decoded) || /^\/[/\\]/.test(decoded.replace(/[\t\n\r]/g, ''))) return fallback;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return fallback;
  }
  const ours = new URL(origin);
  if (url.origin !== ours.origin) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
