/** Every piece of text is stored in Unicode NFC so that "hoà" typed on any keyboard is one string. */
export function normaliseText(value: string): string {
  return value.normalize('NFC');
}

/** Collapses runs of spaces and trims: for single-line fields (names, titles). */
export function normaliseLine(value: string): string {
  return normaliseText(value).replace(/\s+/g, ' ').trim();
}

/** "Đường về Đắk Lắk" → "duong-ve-dak-lak": diacritics stripped, đ→d, ASCII only. */
export function slugify(value: string, maxLength = 80): string {
  const slug = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/g, '');
}
