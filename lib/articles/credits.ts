import { normaliseLine, slugify } from '@/lib/text';

export type CreditContributor = { name: string; slug: string; parts: string[] };

/**
 * Who did what, from the credit line: `Tin, ảnh: A` → A for both parts; `Bài: A - Ảnh: B` or
 * `Bài: A; Ảnh: B` → A for the text and B for the photos; `Bài: An và Bình` → both for the text.
 * The same person named in two parts stays one contributor with both parts (nhuận bút pays them).
 */
export function parseCreditContributors(credit: string): CreditContributor[] {
  const line = normaliseLine(credit);
  if (!line) return [];
  // A new part starts at " - Ảnh:" or "; Ảnh:": a dash or a semicolon before the next role's label.
  const segments = line.split(/\s*;\s*(?=[^:;]{1,30}:)|\s+[-–—]\s+(?=[^:]{1,30}:)/);
  const out: CreditContributor[] = [];
  for (const segment of segments) {
    const colon = segment.lastIndexOf(':');
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

/** The people in a newsroom credit line, once each, in the order named (author pages, structured data). */
export function parseCreditNames(credit: string): { name: string; slug: string }[] {
  return parseCreditContributors(credit).map(({ name, slug }) => ({ name, slug }));
}

/** "Tin, ảnh: Minh Anh" → preset "Tin, ảnh:" and names "Minh Anh", for the editor's two boxes. */
export function splitCredit(credit: string, presets: readonly string[]): { preset: string; names: string } {
  const line = normaliseLine(credit);
  const preset = presets.find((p) => line.startsWith(p));
  return preset ? { preset, names: line.slice(preset.length).trim() } : { preset: '', names: line };
}

export function joinCredit(preset: string, names: string): string {
  const who = normaliseLine(names);
  return who ? normaliseLine(`${preset} ${who}`) : '';
}
