/**
 * Splits a comment's text into plain text and web links, so the page can render links as <a> with
 * rel="nofollow ugc noopener" and everything else as text: no HTML from readers ever reaches the page.
 */
export type Segment = { text: string; href?: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'“”]+/giu;

export function linkifySegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0];
    // Trailing punctuation belongs to the sentence, not the link.
    const trail = /[.,;:!?)\]]+$/u.exec(url)?.[0] ?? '';
    url = url.slice(0, url.length - trail.length);
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start) });
    let href: string | undefined;
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') href = parsed.href;
    } catch {
      href = undefined;
    }
    segments.push(href ? { text: url, href } : { text: url });
    last = start + url.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
