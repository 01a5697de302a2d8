import { describe, expect, it } from 'vitest';
import { weekListRepeatsDay } from './most-read';

const list = (...ids: number[]) => ids.map((id) => ({ id }));

describe('the week’s most read beside the day’s', () => {
  it('is a repeat when it holds no story the 24-hour list lacks, in whatever order', () => {
    expect(weekListRepeatsDay(list(1, 2, 3), list(1, 2, 3))).toBe(true);
    expect(weekListRepeatsDay(list(1, 2, 3), list(3, 1, 2))).toBe(true);
    expect(weekListRepeatsDay(list(1, 2, 3), list(2))).toBe(true);
    expect(weekListRepeatsDay(list(), list())).toBe(true);
  });

  it('is worth showing as soon as one story differs', () => {
    expect(weekListRepeatsDay(list(1, 2, 3), list(1, 2, 4))).toBe(false);
    expect(weekListRepeatsDay(list(), list(7))).toBe(false);
  });
});
