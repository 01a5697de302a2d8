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

const weekday = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, weekday: 'long' });

/** The masthead's date: `Thứ Bảy, 28/11/2026`. */
export function formatMastheadDate(date: Date): string {
  const day = weekday.format(date);
  return `${day.charAt(0).toUpperCase()}${day.slice(1)}, ${formatPublishedAt(date).slice(0, 10)}`;
}
