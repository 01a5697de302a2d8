import { normaliseLine, slugify } from '@/lib/text';

export type CreditContributor = { name: string; slug: string; parts: string[] };

/**
 * Who is paid for what, from the credit line: `Tin, ảnh: A` → A for both; `Bài: A; Ảnh: B` (or
 * `Bài: A - Ảnh: B`) → A for the text and B for the photos, one line each. The same person named
 * in two parts stays one contributor with both parts.
 */
export function parseCreditContributors(credit: string): CreditContributor[] {
  const line = normaliseLine(credit);
  if (!line) return [];
  const segments = line.split(/\s*;\s*(?=[^:;]{1,30}:)|\s+[-–—]\s+(?=[^:]{1,30}:)/);
  const out: CreditContributor[] = [];
  for (const segment of segments) {
    const colon = segment.indexOf(':');
    const label = colon >= 0 ? segment.slice(0, colon) : '';
    const people = colon >= 0 ? segment.slice(colon + 1) : segment;
    const parts = label
      .split(/,|\s+và\s+/)
      .map((p) => p.trim().toLocaleLowerCase('vi'))
      .filter(Boolean);
    for (const raw of people.split(/,|;|\s+và\s+|\s+&\s+/)) {
      const name = raw.trim().replace(/[.]+$/, '');
      const slug = slugify(name);
      if (!name || !slug) continue;
      const known = out.find((c) => c.slug === slug);
      if (known) known.parts.push(...parts.filter((p) => !known.parts.includes(p)));
      else out.push({ name, slug, parts: parts.length ? parts : ['bài'] });
    }
  }
  return out;
}
