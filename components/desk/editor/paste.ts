/**
 * Pasted HTML from Word, Google Docs and web pages carries styles, comments, Office XML and
 * wrappers. The editor's schema keeps only what it knows (paragraphs, headings, lists, quotes,
 * bold, italic, links); this strips what would otherwise leak through as text or as wrong marks.
 */
export function cleanPastedHtml(html: string): string {
  return (
    html
      // Word's conditional comments and ordinary comments, <style>, <script>, <meta>, <xml> islands.
      .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(style|script|xml|template|title|head)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<(meta|link)\b[^>]*>/gi, '')
      // Office namespaced tags (<o:p>, <w:sdt>…): keep their text, drop the tag.
      .replace(/<\/?[a-z]+:[a-z]+\b[^>]*>/gi, '')
      // Google Docs wraps everything in <b style="font-weight:normal" id="docs-internal-guid-…">.
      .replace(/<b\b[^>]*id="docs-internal-guid[^"]*"[^>]*>([\s\S]*)<\/b>/i, '$1')
      // The story's own title is the only h1: a pasted h1 becomes a subheading, h4–h6 a small one.
      .replace(/<(\/?)h1\b/gi, '<$1h2')
      .replace(/<(\/?)h[4-6]\b/gi, '<$1h3')
      // Images are added from the photo library, with alt text and credit, never pasted in.
      .replace(/<img\b[^>]*>/gi, '')
  );
}
