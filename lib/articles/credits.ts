import { normaliseLine, slugify } from '@/lib/text';

/**
 * The people in a newsroom credit line: "Tin, ảnh: Minh Anh" → [Minh Anh];
 * "Bài: Lê Hà - Ảnh: Tuấn Kiệt" or "Bài: Lê Hà; Ảnh: Tuấn Kiệt" → [Lê Hà, Tuấn Kiệt];
 * "Bài: An và Bình" → [An, Bình].
 */
export function parseCreditNames(credit: string): { name: string; slug: string }[] {
  const line = normaliseLine(credit);
  if (!line) return [];
  // A new part starts at " - Ảnh:" or "; Ảnh:": a dash or a semicolon before the next role's label.
  const segments = line.split(/\s*;\s*(?=[^:;]{1,30}:)|\s+[-–—]\s+(?=[^:]{1,30}:)/);
  const names: { name: string; slug: string }[] = [];
  for (const segment of segments) {
    const colon = segment.lastIndexOf(':');
    const people = colon >= 0 ? segment.slice(colon + 1) : segment;
    for (const raw of people.split(/,|;|\s+và\s+|\s+&\s+/)) {
      const name = raw.trim().replace(/[.]+$/, '');
      const slug = slugify(name);
      if (name && slug && !names.some((n) => n.slug === slug)) names.push({ name, slug });
    }
  }
  return names;
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
