import { describe, expect, it } from 'vitest';
import { formatVnd } from '@/lib/money';
import { parseCreditContributors } from '@/lib/articles/credits';
import {
  baseSalaryOn, coefficientTenths, defaultAddOns, defaultBaseSalaries, defaultGenres, editorFee, evenShares,
  nextMonth, noAddOns, splitByShares, storyAmount, unitValue,
} from './rules';

const genre = (code: string) => defaultGenres.find((g) => g.code === code)!;

describe('nhuận bút arithmetic (Nghị định 18/2014/NĐ-CP)', () => {
  it('one unit is 10 % of lương cơ sở, whole đồng', () => {
    expect(unitValue(2_340_000, 10)).toBe(234_000);
    expect(unitValue(2_340_005, 10)).toBe(234_001); // 234.000,5 rounds half up
    expect(unitValue(1_800_000, 10)).toBe(180_000);
  });

  it('a genre caps its coefficient: tin up to 10, phóng sự up to 30, one decimal', () => {
    expect(coefficientTenths(genre('tin'), 10)).toBe(100);
    expect(() => coefficientTenths(genre('tin'), 10.5)).toThrow(/từ 1 đến 10/);
    expect(coefficientTenths(genre('phong-su'), 30)).toBe(300);
    expect(() => coefficientTenths(genre('phong-su'), 31)).toThrow(RangeError);
    expect(coefficientTenths(genre('tin'), 7.5)).toBe(75);
    expect(() => coefficientTenths(genre('tin'), 7.55)).toThrow(/một chữ số/);
    expect(() => coefficientTenths(genre('anh'), 0.5)).toThrow(RangeError);
  });

  it('hệ số × unit, with a translation share and extra percents', () => {
    const unit = 234_000;
    expect(storyAmount({ tenths: 80, unit, addOns: noAddOns, rates: defaultAddOns })).toBe(1_872_000);
    expect(storyAmount({ tenths: 75, unit, addOns: noAddOns, rates: defaultAddOns })).toBe(1_755_000);
    expect(storyAmount({ tenths: 80, unit, addOns: { ...noAddOns, translation: true }, rates: defaultAddOns })).toBe(936_000);
    expect(storyAmount({ tenths: 100, unit, addOns: { ...noAddOns, minorityLanguage: true, hardConditions: true }, rates: defaultAddOns })).toBe(3_276_000);
    // 3,3 × 123.457 × 1,2 = 488.889,72 → 488.890
    expect(storyAmount({ tenths: 33, unit: 123_457, addOns: { ...noAddOns, hardConditions: true }, rates: defaultAddOns })).toBe(488_890);
    // exactly half a đồng rounds up: 0,5 × 3 = 1,5 → 2
    expect(storyAmount({ tenths: 5, unit: 3, addOns: noAddOns, rates: defaultAddOns })).toBe(2);
  });

  it('shares split the amount to the đồng and always add up', () => {
    expect(splitByShares(1_000_001, [50, 50])).toEqual([500_001, 500_000]);
    expect(splitByShares(100, [34, 33, 33])).toEqual([34, 33, 33]);
    expect(splitByShares(10, [34, 33, 33])).toEqual([4, 3, 3]);
    expect(splitByShares(-1_000_001, [50, 50])).toEqual([-500_001, -500_000]);
    for (const amount of [1, 7, 999_999, 1_234_567]) expect(splitByShares(amount, [33, 33, 34]).reduce((a, b) => a + b)).toBe(amount);
    expect(() => splitByShares(100, [60, 30])).toThrow(/100%/);
    expect(evenShares(3)).toEqual([34, 33, 33]);
    expect(evenShares(1)).toEqual([100]);
  });

  it('editors’ thù lao is a percent of the story, whole đồng', () => {
    expect(editorFee(1_755_000, 5)).toBe(87_750);
    expect(editorFee(1_000_001, 5)).toBe(50_000);
    expect(editorFee(1_000_010, 5)).toBe(50_001);
  });

  it('lương cơ sở applies from its date; earlier days keep the old value', () => {
    const values = [...defaultBaseSalaries, { from: '2026-07-01', amount: 2_600_000 }, { from: '2023-07-01', amount: 1_800_000 }];
    expect(baseSalaryOn(values, '2024-06-30')?.amount).toBe(1_800_000);
    expect(baseSalaryOn(values, '2024-07-01')?.amount).toBe(2_340_000);
    expect(baseSalaryOn(values, '2026-06-30')?.amount).toBe(2_340_000);
    expect(baseSalaryOn(values, '2026-07-01')?.amount).toBe(2_600_000);
    expect(baseSalaryOn(defaultBaseSalaries, '2020-01-01')).toBeNull();
  });

  it('months roll over the year', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(nextMonth('2026-09')).toBe('2026-10');
  });

  it('VND the Vietnamese way', () => {
    expect(formatVnd(1_234_567)).toBe('1.234.567 đ');
    expect(formatVnd(0)).toBe('0 đ');
    expect(formatVnd(-87_750)).toBe('-87.750 đ');
    expect(formatVnd(999)).toBe('999 đ');
  });
});

describe('contributors from the credit line', () => {
  it('Tin, ảnh: A → A for both', () => {
    expect(parseCreditContributors('Tin, ảnh: Minh Anh')).toEqual([{ name: 'Minh Anh', slug: 'minh-anh', parts: ['tin', 'ảnh'] }]);
  });
  it('Bài: A; Ảnh: B → two lines', () => {
    expect(parseCreditContributors('Bài: Lê Hà; Ảnh: Tuấn Kiệt').map((c) => [c.name, c.parts])).toEqual([['Lê Hà', ['bài']], ['Tuấn Kiệt', ['ảnh']]]);
    expect(parseCreditContributors('Bài: Lê Hà - Ảnh: Tuấn Kiệt').map((c) => c.name)).toEqual(['Lê Hà', 'Tuấn Kiệt']);
  });
  it('two writers, and one person in two parts', () => {
    expect(parseCreditContributors('Bài: An và Bình').map((c) => c.name)).toEqual(['An', 'Bình']);
    expect(parseCreditContributors('Bài: An; Ảnh: An, Bình').map((c) => [c.name, c.parts])).toEqual([['An', ['bài', 'ảnh']], ['Bình', ['ảnh']]]);
    expect(parseCreditContributors('')).toEqual([]);
  });
});
