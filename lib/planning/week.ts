import { formatVietnamDate, startOfIsoDay, startOfVietnamDay, vietnamIsoDay } from '@/lib/dates';

const DAY = 24 * 3600_000;
const weekdayNames = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

export type PlanningWeek = {
  /** Monday, `yyyy-mm-dd`. */
  monday: string;
  start: Date;
  /** The next Monday 00:00 (exclusive). */
  end: Date;
  days: { iso: string; label: string; date: string }[];
  previous: string;
  next: string;
  /** `01/12/2026 – 07/12/2026`. */
  label: string;
};

/** The week (Monday to Sunday, Vietnam time) holding an instant. */
export function weekOf(date: Date): PlanningWeek {
  const dayStart = startOfVietnamDay(date);
  // Day of the week in Vietnam: shift to its wall clock, 0 = Monday.
  const weekday = (new Date(dayStart.getTime() + 7 * 3600_000).getUTCDay() + 6) % 7;
  const start = new Date(dayStart.getTime() - weekday * DAY);
  const days = Array.from({ length: 7 }, (_, i) => {
    const at = new Date(start.getTime() + i * DAY);
    return { iso: vietnamIsoDay(at), label: weekdayNames[i], date: formatVietnamDate(at).slice(0, 5) };
  });
  const end = new Date(start.getTime() + 7 * DAY);
  return {
    monday: days[0].iso,
    start,
    end,
    days,
    previous: vietnamIsoDay(new Date(start.getTime() - 7 * DAY)),
    next: vietnamIsoDay(end),
    label: `${formatVietnamDate(start)} – ${formatVietnamDate(new Date(end.getTime() - DAY))}`,
  };
}

/** The week of a `yyyy-mm-dd` day (any day of it). */
export function weekOfIsoDay(iso: string): PlanningWeek {
  return weekOf(startOfIsoDay(iso));
}
