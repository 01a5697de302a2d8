import { z } from 'zod';
import { dayParam } from '@/lib/day-param';
import { startOfIsoDay, vietnamIsoDay, vietnamMonthRange } from '@/lib/dates';
import { idParam } from '@/lib/ids';
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

/**
 * The address bar of a statistics page: `tu`/`den` typed as dd/mm/yyyy, or a preset `khoang`; and
 * `nguoi`, the one writer an editor narrows the figures to (the picker's empty choice, the whole
 * newsroom, leaves it out).
 */
export const statsParamsSchema = z.object({
  tu: dayParam.optional(),
  den: dayParam.optional(),
  khoang: z.enum(['7', '30', 'thang']).optional(),
  // The page names a bad writer itself (statsParamNotice), so the id needs no message of its own.
  nguoi: z.preprocess((v) => (v === '' ? undefined : v), idParam.optional()),
});
export type StatsParams = z.output<typeof statsParamsSchema>;

/** What in the address bar could not be read: the days, or the person. */
export type StatsParamProblem = 'range' | 'person';

/**
 * A page's address bar, read field by field: a mistyped day does not lose the person picked, nor a
 * bad person the range; what was dropped is named so the page can say so.
 */
export function parseStatsParams(raw: Record<string, string>): { params: StatsParams; problems: StatsParamProblem[] } {
  const parsed = statsParamsSchema.safeParse(raw);
  if (parsed.success) return { params: parsed.data, problems: [] };
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const again = statsParamsSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([key]) => !bad.has(key))));
  const problems: StatsParamProblem[] = [];
  if (bad.has('tu') || bad.has('den') || bad.has('khoang')) problems.push('range');
  if (bad.has('nguoi')) problems.push('person');
  return { params: again.success ? again.data : {}, problems };
}

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

const shownInstead: Record<RangePreset, string> = { '7': '7 ngày gần nhất', '30': '30 ngày gần nhất', thang: 'tháng này' };

/**
 * What a statistics page says when it dropped part of its address: which part, and what it shows
 * instead (the range it fell back to; the whole newsroom, or the reader's own stories).
 */
export function statsParamNotice(problems: readonly StatsParamProblem[], { preset, own }: { preset: RangePreset | null; own: boolean }): string | null {
  const parts: string[] = [];
  if (problems.includes('range')) parts.push(`Ngày trên địa chỉ không hợp lệ, trang đang hiện ${shownInstead[preset ?? '7']}.`);
  if (problems.includes('person')) parts.push(`Không tìm thấy người viết trên địa chỉ, trang đang hiện số liệu ${own ? 'các bài của bạn' : 'cả tòa soạn'}.`);
  return parts.length ? parts.join(' ') : null;
}
