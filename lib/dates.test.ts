// fixed-date: instants handed to pure formatters and parsers.
import { describe, expect, it } from 'vitest';
import { formatMastheadDate, formatPublishedAt, parseVietnamDay, startOfVietnamDay } from './dates';

describe('formatPublishedAt', () => {
  it('shows the time in Vietnam (UTC+7) as dd/mm/yyyy - HH:mm', () => {
    expect(formatPublishedAt(new Date('2023-01-31T10:05:00Z'))).toBe('31/01/2023 - 17:05');
  });

  it('moves to the next day, month and year when UTC+7 crosses midnight', () => {
    expect(formatPublishedAt(new Date('2023-12-31T17:30:00Z'))).toBe('01/01/2024 - 00:30');
  });

  it('writes midnight as 00, never 24', () => {
    expect(formatPublishedAt(new Date('2023-06-14T17:00:00Z'))).toBe('15/06/2023 - 00:00');
  });

  it('pads single-digit days, months, hours and minutes with a zero', () => {
    expect(formatPublishedAt(new Date('2024-03-04T01:02:00Z'))).toBe('04/03/2024 - 08:02');
  });

  it('does not depend on the time zone the date was written in', () => {
    const a = formatPublishedAt(new Date('2023-01-31T17:05:00+07:00'));
    const b = formatPublishedAt(new Date('2023-01-31T05:05:00-05:00'));
    expect(a).toBe('31/01/2023 - 17:05');
    expect(b).toBe('31/01/2023 - 17:05');
  });

  it('ignores seconds rather than rounding them up', () => {
    expect(formatPublishedAt(new Date('2023-01-31T10:05:59Z'))).toBe('31/01/2023 - 17:05');
  });
});

describe('formatMastheadDate', () => {
  const weekdayThenDate = /^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ [Nn]hật), (\d{2}\/\d{2}\/\d{4})$/u;

  it('starts with a capitalised Vietnamese weekday and ends with the dd/mm/yyyy date', () => {
    const out = formatMastheadDate(new Date('2023-01-31T10:05:00Z'));
    expect(out).toMatch(weekdayThenDate);
    expect(out).toBe('Thứ Ba, 31/01/2023'); // 31 January 2023 was a Tuesday
  });

  it('uses Vietnam’s date and weekday, not UTC’s, just after local midnight', () => {
    // 17:30 UTC on Sunday 31 Dec 2023 is 00:30 on Monday 1 Jan 2024 in Vietnam.
    const out = formatMastheadDate(new Date('2023-12-31T17:30:00Z'));
    expect(out).toMatch(weekdayThenDate);
    expect(out).toBe('Thứ Hai, 01/01/2024');
  });

  it('names Sunday "Chủ nhật" with a capital C', () => {
    // 1 Jan 2023, noon in Vietnam, was a Sunday.
    const out = formatMastheadDate(new Date('2023-01-01T05:00:00Z'));
    expect(out).toMatch(/^Chủ [Nn]hật, 01\/01\/2023$/u);
  });

  it('gives each of the seven days of a week a distinct, capitalised name', () => {
    const names = new Set<string>();
    for (let day = 1; day <= 7; day++) {
      const out = formatMastheadDate(new Date(Date.UTC(2023, 0, day, 5)));
      const match = weekdayThenDate.exec(out);
      expect(match, out).not.toBeNull();
      expect(match![3]).toBe(`0${day}/01/2023`);
      names.add(match![1]);
    }
    expect(names.size).toBe(7);
  });

  it('produces NFC text', () => {
    const out = formatMastheadDate(new Date('2023-01-06T05:00:00Z'));
    expect(out.normalize('NFC')).toBe(out);
  });
});

describe('parseVietnamDay', () => {
  it('reads dd/mm/yyyy as a day in Vietnam', () => {
    expect(parseVietnamDay('01/02/2023')).toEqual({ start: new Date('2023-01-31T17:00:00Z'), end: new Date('2023-02-01T17:00:00Z') });
    expect(parseVietnamDay(' 1/2/2023 ')?.start).toEqual(new Date('2023-01-31T17:00:00Z'));
  });

  it('refuses what is not a real date', () => {
    for (const bad of ['31/02/2023', '00/01/2023', '2023-01-31', '1/13/2023', '', 'hôm qua']) expect(parseVietnamDay(bad)).toBeNull();
  });
});

describe('startOfVietnamDay', () => {
  it('is midnight in Vietnam, also when UTC is still on the day before', () => {
    expect(startOfVietnamDay(new Date('2023-01-31T16:59:59Z'))).toEqual(new Date('2023-01-30T17:00:00Z'));
    expect(startOfVietnamDay(new Date('2023-01-31T17:00:00Z'))).toEqual(new Date('2023-01-31T17:00:00Z'));
    expect(startOfVietnamDay(new Date('2023-02-01T05:00:00Z'))).toEqual(new Date('2023-01-31T17:00:00Z'));
  });
});
