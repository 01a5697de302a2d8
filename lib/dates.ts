const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The newspaper's timestamp: `31/01/2023 - 17:05`, always in Vietnam's time zone. */
export function formatPublishedAt(date: Date): string {
  const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} - ${p.hour}:${p.minute}`;
}

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** A time of day to the second, `17:05:09` in Vietnam's time zone: when the editor last saved. */
export function formatClockTime(date: Date): string {
  return clock.format(date);
}

const weekday = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, weekday: 'long' });

/** The masthead's date: `Thứ Bảy, 28/11/2026`. */
export function formatMastheadDate(date: Date): string {
  const day = weekday.format(date);
  return `${day.charAt(0).toUpperCase()}${day.slice(1)}, ${formatPublishedAt(date).slice(0, 10)}`;
}

/**
 * A day typed as `dd/mm/yyyy` (Vietnam's way), read in Vietnam's time zone: the instant it starts
 * and the instant the next day starts. Null for anything that is not a real date.
 */
export function parseVietnamDay(text: string): { start: Date; end: Date } | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Vietnam keeps UTC+7 all year (no daylight saving), so midnight there is 17:00 UTC the day before.
  const start = new Date(Date.UTC(year, month - 1, day, -7));
  const check = new Date(start.getTime() + 7 * 3600_000);
  if (year < 1970 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { start, end: new Date(start.getTime() + 24 * 3600_000) };
}

/** The instant Vietnam's calendar day holding `date` starts (00:00 in Asia/Ho_Chi_Minh, UTC+7 all year). */
export function startOfVietnamDay(date: Date): Date {
  const shifted = new Date(date.getTime() + 7 * 3600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate(), -7));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Vietnam's wall clock for an instant (UTC+7 all year, no daylight saving). */
function vietnamParts(date: Date) {
  const s = new Date(date.getTime() + 7 * 3600_000);
  return { year: s.getUTCFullYear(), month: s.getUTCMonth() + 1, day: s.getUTCDate(), hour: s.getUTCHours(), minute: s.getUTCMinutes() };
}

/** A day as people type it on the desk and in the search: `29/11/2026`, in Vietnam's time zone. */
export function formatVietnamDate(date: Date): string {
  const p = vietnamParts(date);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** A time as the date-time field shows it: `29/11/2026 08:00` (24-hour, Vietnam time). */
export function formatVietnamDateTime(date: Date): string {
  const p = vietnamParts(date);
  return `${formatVietnamDate(date)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** A scheduled story's state on the desk: `08:00 29/11`, with the year when it is not this year's. */
export function formatScheduledAt(date: Date, now: Date): string {
  const p = vietnamParts(date);
  const year = p.year === vietnamParts(now).year ? '' : `/${p.year}`;
  return `${pad(p.hour)}:${pad(p.minute)} ${pad(p.day)}/${pad(p.month)}${year}`;
}

/**
 * A date and time typed as `dd/mm/yyyy HH:mm` (24-hour; `8:05` and `8h05` are read too), in
 * Vietnam's time zone. Null for anything that is not a real moment.
 */
export function parseVietnamDateTime(text: string): Date | null {
  const m = /^\s*(\d{1,2}\/\d{1,2}\/\d{4})\s+(\d{1,2})\s*[:hg]\s*(\d{2})\s*$/i.exec(text);
  if (!m) return null;
  const day = parseVietnamDay(m[1]);
  const [hour, minute] = [Number(m[2]), Number(m[3])];
  if (!day || hour > 23 || minute > 59) return null;
  return new Date(day.start.getTime() + (hour * 60 + minute) * 60_000);
}

/**
 * A day for a filter in the address bar, as `yyyy-mm-dd`: typed as `dd/mm/yyyy`, or already
 * `yyyy-mm-dd` (older links). Null when it is not a real day.
 */
export function toIsoDay(text: string): string | null {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text);
  const day = parseVietnamDay(iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : text);
  if (!day) return null;
  const p = vietnamParts(day.start);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** What a day field shows for a value kept as `yyyy-mm-dd` (or typed as `dd/mm/yyyy`): `dd/mm/yyyy`. */
export function displayDay(value: string | undefined): string {
  if (!value) return '';
  const iso = toIsoDay(value);
  if (!iso) return value;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The field's mask: keeps the digits typed and puts the separators where they belong, so
 * `29112026` becomes `29/11/2026` and `291120260800` becomes `29/11/2026 08:00`. A separator the
 * person typed early (`1/`) pads the part with a zero (`01/`).
 */
export function maskDateInput(raw: string, withTime: boolean): string {
  const sizes = withTime ? [2, 2, 4, 2, 2] : [2, 2, 4];
  const parts: string[] = [];
  let current = '';
  let read = 0;
  for (const ch of raw) {
    if (parts.length >= sizes.length) break;
    read += ch.length;
    if (/\d/.test(ch)) {
      current += ch;
      if (current.length === sizes[parts.length]) {
        parts.push(current);
        current = '';
      }
    } else if (/[/.\-:h ]/i.test(ch) && current && parts.length !== 2) {
      // Day, month and hour may be cut short by a separator; the year needs its four digits.
      parts.push(current.padStart(2, '0'));
      current = '';
    }
  }
  const all = current ? [...parts, current] : parts;
  const separators = ['', '/', '/', ' ', ':'];
  const masked = all.map((p, i) => `${separators[i]}${p}`).join('');
  // "9:05 PM" must not pass quietly as 09:05: a 12-hour mark stays, so the field refuses it.
  const rest = raw.slice(read).replace(/[^a-z.]/gi, '');
  return withTime && parts.length === sizes.length && rest ? `${masked} ${rest}` : masked;
}

/** The days of a month as a calendar shows them, weeks from Monday; null pads the first and last week. */
export function monthGrid(year: number, month: number): (number | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay(); // 0 = Sunday
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (number | null)[] = [...Array((first + 6) % 7).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** Today's day, month and year in Vietnam (for the calendar's first month). */
export function vietnamToday(now: Date): { year: number; month: number; day: number } {
  const p = vietnamParts(now);
  return { year: p.year, month: p.month, day: p.day };
}

/** The Vietnam calendar day holding an instant, as `yyyy-mm-dd`. */
export function vietnamIsoDay(date: Date): string {
  const p = vietnamParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The instant a `yyyy-mm-dd` Vietnam day starts (UTC+7 all year). */
export function startOfIsoDay(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, -7));
}

/** A Vietnam calendar month `yyyy-mm`: the instant it starts and the instant the next one starts. */
export function vietnamMonthRange(month: string): { start: Date; end: Date } {
  const [year, m] = month.split('-').map(Number);
  return { start: new Date(Date.UTC(year, m - 1, 1, -7)), end: new Date(Date.UTC(year, m, 1, -7)) };
}
