/**
 * A CSV for Excel as Vietnamese offices have it: UTF-8 with a BOM (without it Excel reads the
 * diacritics as Windows-1258/1252 garbage) and `;` between fields, because Windows' Vietnamese
 * regional settings use the comma as the decimal mark and therefore `;` as the list separator —
 * the character Excel splits a double-clicked .csv on. Fields are quoted when they need it; a
 * field that starts like a formula is prefixed with `'` so Excel shows it as text.
 */
export function toExcelCsv(rows: (string | number)[][]): string {
  const cell = (v: string | number) => {
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}
