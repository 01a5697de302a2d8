import { z } from 'zod';
import { dayParam } from '@/lib/day-param';
import { startOfIsoDay, vietnamIsoDay, vietnamMonthRange } from '@/lib/dates';
import '@/lib/zod-vi';

/** A range of Vietnam calendar days, both ends included, as `yyyy-mm-dd`. */
export type DayRange = { from: string; to: string };

export const MAX_RANGE_DAYS = 366;

export const rangePresets = { '7': '7 ngày', '30': '30 ngày', thang: 'Tháng này' } as const;
export type RangePreset = keyof typeof rangePresets;

export function addDays(iso: string, days: number): string {
  return vietnamIsoDay(new Date(startOfIsoDay(iso).getTime() + days * 86_400_000));
}

/** Every day of the range, oldest first. */
export function daysOf(range: DayRange): string[] {
  const days: string[] = [];
  for (let d = range.from; d <= range.to && days.length <= MAX_RANGE_DAYS; d = addDays(d, 1)) days.push(d);
  return days;
}

/** The instants the range starts and ends (the start of the day after its last). */
export function instantsOf(range: DayRange): { start: Date; end: Date } {
  return { start: startOfIsoDay(range.from), end: startOfIsoDay(addDays(range.to, 1)) };
}

/** The range a preset names, as of `now`: the last 7 or 30 days up to today, or this month so far. */
export function presetRange(preset: RangePreset, now: Date): DayRange {
  const today = vietnamIsoDay(now);
  if (preset === 'thang') return { from: vietnamIsoDay(vietnamMonthRange(today.slice(0, 7)).start), to: today };
  return { from: addDays(today, -(Number(preset) - 1)), to: today };
}

/** The address bar of a statistics page: `tu`/`den` typed as dd/mm/yyyy, or a preset `khoang`. */
export const statsParamsSchema = z.object({
  tu: dayParam.optional(),
  den: dayParam.optional(),
  khoang: z.enum(['7', '30', 'thang']).optional(),
  nguoi: z.coerce.number().int().positive().max(2_147_483_647).optional(),
});
export type StatsParams = z.output<typeof statsParamsSchema>;

/**
 * The range a page shows: the typed days when both are there (in either order, at most a year),
 * else the preset, else the last 7 days.
 */
export function rangeFromParams(params: StatsParams, now: Date): { range: DayRange; preset: RangePreset | null } {
  if (params.tu && params.den) {
    const [first, to] = params.tu <= params.den ? [params.tu, params.den] : [params.den, params.tu];
    const from = first < addDays(to, -(MAX_RANGE_DAYS - 1)) ? addDays(to, -(MAX_RANGE_DAYS - 1)) : first;
    return { range: { from, to }, preset: null };
  }
  const preset = params.khoang ?? '7';
  return { range: presetRange(preset, now), preset };
}
