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
