import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A test that schedules a story for "2026-11-29 08:00" passes until that morning, then fails for
 * everyone (it happened). Tests take their times from the clock (`now()`, dates relative to it) or
 * from the injectable clock. A fixed date is allowed only where it is data for a pure function
 * (formatting, parsing, an explicit `now:`), and then the file or the line says so with a
 * `fixed-date:` comment giving the reason. Years before 2020 are free: they were past before this
 * project began and can never turn from future into past. The rule reads the source only, so it
 * does not depend on today's date either.
 */
const root = path.resolve(import.meta.dirname, '..');
const FIRST_NEAR_YEAR = 2020;

const datePatterns = [
  /new Date\(\s*['"`](\d{4})-\d\d/g, // new Date('2026-11-29T08:00:00+07:00')
  /Date\.(?:parse|UTC)\(\s*['"`]?(\d{4})/g, // Date.UTC(2026, 10, 29) / Date.parse('2026-…')
  /new Date\(\s*(\d{4})\s*,/g, // new Date(2026, 10, 29)
  /['"`](\d{4})-\d\d-\d\d[T ]\d\d:\d\d/g, // '2026-11-29T08:00' or '2026-11-29 08:00' anywhere
];

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', '.next', 'data', '.git'].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...testFiles(full));
    else if (/\.(test|spec)\.tsx?$/.test(entry.name) || (full.includes(`${path.sep}e2e${path.sep}`) && /\.(ts|mjs)$/.test(entry.name))) out.push(full);
  }
  return out;
}

/** Every near, hard-coded date in a source text that no `fixed-date:` comment explains. */
export function unexplainedFixedDates(source: string): { line: number; text: string }[] {
  if (/^\s*(\/\/|\/\*|\*).*fixed-date:/m.test(source.split('\n').slice(0, 15).join('\n'))) return [];
  const lines = source.split('\n');
  const found: { line: number; text: string }[] = [];
  lines.forEach((text, i) => {
    const explained = /fixed-date:/.test(text) || /fixed-date:/.test(lines[i - 1] ?? '');
    if (explained) return;
    const near = datePatterns.some((pattern) => [...text.matchAll(pattern)].some((m) => Number(m[1]) >= FIRST_NEAR_YEAR));
    if (near) found.push({ line: i + 1, text: text.trim() });
  });
  return found;
}

describe('tests do not depend on the calendar', () => {
  it('finds the dated schedule that once turned the suite red, and accepts the relative one', () => {
    expect(unexplainedFixedDates("const tomorrow8 = new Date('2026-11-29T08:00:00+07:00');")).toHaveLength(1);
    expect(unexplainedFixedDates('const t = new Date(Date.UTC(2027, 0, 1));')).toHaveLength(1);
    expect(unexplainedFixedDates('const t = new Date(2031, 5, 1);')).toHaveLength(1);
    expect(unexplainedFixedDates("await page.fill('#gio', '2026-12-02 08:00');")).toHaveLength(1);
    expect(unexplainedFixedDates('const tomorrow8 = new Date(startOfVietnamDay(now()).getTime() + 32 * 3600_000);')).toEqual([]);
    expect(unexplainedFixedDates("const old = new Date('2019-05-01T00:00:00Z');")).toEqual([]);
    expect(unexplainedFixedDates("// fixed-date: a formatter's input\nconst d = new Date('2026-11-28T01:25:00Z');")).toEqual([]);
    expect(unexplainedFixedDates("/* fixed-date: pure formatting */\nconst d = new Date('2026-11-28T01:25:00Z');")).toEqual([]);
  });

  it('no test or e2e spec holds a near, hard-coded date without saying why', () => {
    const offenders = testFiles(root)
      .filter((file) => file !== path.join(root, 'test', 'no-fixed-dates.test.ts'))
      .flatMap((file) => unexplainedFixedDates(fs.readFileSync(file, 'utf8')).map((d) => `${path.relative(root, file)}:${d.line}  ${d.text}`));
    expect(offenders, 'use now()/dates relative to it, the injectable clock, or a `fixed-date:` comment for pure data').toEqual([]);
  });
});
