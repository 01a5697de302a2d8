/**
 * "Đọc nhiều trong tuần" under "Đọc nhiều 24 giờ" is worth its room only when it shows a story the
 * 24-hour list does not: on a quiet week both hold the same few stories, and the second list is
 * only a repeat pushing the page down.
 */
export function weekListRepeatsDay(day: readonly { id: number }[], week: readonly { id: number }[]): boolean {
  const inDay = new Set(day.map((a) => a.id));
  return week.every((a) => inDay.has(a.id));
}
