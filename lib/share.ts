/** Plain share links: no third-party script is loaded on our pages. */
export function shareLinks(url: string, title: string) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    zalo: `https://zalo.me/share?url=${u}&title=${t}`,
    x: `https://x.com/intent/post?url=${u}&text=${t}`,
  };
}
