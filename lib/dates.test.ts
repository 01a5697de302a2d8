// fixed-date: instants handed to pure formatters and parsers.
import { describe, expect, it } from 'vitest';
import {
  displayDay,
  formatMastheadDate,
  formatPublishedAt,
  formatScheduledAt,
  formatVietnamDate,
  formatVietnamDateTime,
  maskDateInput,
  monthGrid,
  parseVietnamDateTime,
  parseVietnamDay,
  startOfVietnamDay,
  toIsoDay,
} from './dates';

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

describe('the date-time field', () => {
  it('shows a moment as dd/mm/yyyy HH:mm in Vietnam, 24-hour', () => {
    expect(formatVietnamDateTime(new Date('2026-11-29T01:00:00Z'))).toBe('29/11/2026 08:00');
    expect(formatVietnamDateTime(new Date('2026-11-29T13:45:00Z'))).toBe('29/11/2026 20:45');
    expect(formatVietnamDate(new Date('2026-12-31T17:30:00Z'))).toBe('01/01/2027');
  });

  it('reads what is typed back as the same moment', () => {
    expect(parseVietnamDateTime('29/11/2026 08:00')).toEqual(new Date('2026-11-29T01:00:00Z'));
    expect(parseVietnamDateTime(' 1/2/2027 20:05 ')).toEqual(new Date('2027-02-01T13:05:00Z'));
    expect(parseVietnamDateTime('29/11/2026 8h30')).toEqual(new Date('2026-11-29T01:30:00Z'));
    const at = new Date('2026-07-04T23:59:00Z');
    expect(parseVietnamDateTime(formatVietnamDateTime(at))).toEqual(at);
  });

  it('refuses what is not a real moment, and 12-hour or ISO forms', () => {
    for (const bad of ['29/11/2026', '31/11/2026 08:00', '29/11/2026 24:00', '29/11/2026 08:60', '2026-11-29T08:00', '29/11/2026 8:00 PM', '']) {
      expect(parseVietnamDateTime(bad), bad).toBeNull();
    }
  });

  it('puts the separators in as digits are typed', () => {
    expect(maskDateInput('29112026', false)).toBe('29/11/2026');
    expect(maskDateInput('2911', false)).toBe('29/11');
    expect(maskDateInput('291120260800', true)).toBe('29/11/2026 08:00');
    expect(maskDateInput('29/11/2026 08:00', true)).toBe('29/11/2026 08:00');
    expect(maskDateInput('1/2/2027 8:05', true)).toBe('01/02/2027 08:05');
    expect(maskDateInput('29/11/2026 08:00', false)).toBe('29/11/2026');
    expect(maskDateInput('ab29x', false)).toBe('29');
    // A 12-hour mark is kept, so the field can refuse it rather than read 9 PM as 09:00.
    expect(maskDateInput('29/11/2026 9:05 PM', true)).toBe('29/11/2026 09:05 PM');
    expect(parseVietnamDateTime(maskDateInput('29/11/2026 9:05 PM', true))).toBeNull();
  });
});

describe('filter days in the address bar', () => {
  it('keeps yyyy-mm-dd, typed as dd/mm/yyyy or already so', () => {
    expect(toIsoDay('29/11/2026')).toBe('2026-11-29');
    expect(toIsoDay('1/2/2027')).toBe('2027-02-01');
    expect(toIsoDay('2026-11-29')).toBe('2026-11-29');
    expect(toIsoDay('2026-02-30')).toBeNull();
    expect(toIsoDay('11/29/2026')).toBeNull();
  });

  it('shows the kept day as dd/mm/yyyy, and what it cannot read as typed', () => {
    expect(displayDay('2026-11-29')).toBe('29/11/2026');
    expect(displayDay('29/11/2026')).toBe('29/11/2026');
    expect(displayDay('hôm qua')).toBe('hôm qua');
    expect(displayDay(undefined)).toBe('');
  });
});

describe('formatScheduledAt', () => {
  const now = new Date('2026-11-28T10:00:00Z');
  it('is HH:mm dd/mm in Vietnam, with the year only when it is another year', () => {
    expect(formatScheduledAt(new Date('2026-11-29T01:00:00Z'), now)).toBe('08:00 29/11');
    expect(formatScheduledAt(new Date('2027-01-02T14:30:00Z'), now)).toBe('21:30 02/01/2027');
  });
});

describe('monthGrid', () => {
  it('lays a month out in weeks from Monday', () => {
    // November 2026 starts on a Sunday: six blanks, then the 1st.
    const weeks = monthGrid(2026, 11);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, 1]);
    expect(weeks.at(-1)).toEqual([30, null, null, null, null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(30);
    expect(monthGrid(2028, 2).flat().filter(Boolean)).toHaveLength(29);
  });
});
