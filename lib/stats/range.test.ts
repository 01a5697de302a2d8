// fixed-date: the address bar is read against a `now` handed to pure functions, not against the clock.
import { describe, expect, it } from 'vitest';
import { parseStatsParams, rangeFromParams, statsParamNotice } from './range';

describe('the statistics address bar', () => {
  const now = new Date('2026-03-10T05:00:00Z');

  it('reads the writer picked, and the picker\'s empty choice as the whole newsroom', () => {
    expect(parseStatsParams({ khoang: '30', nguoi: '12' })).toEqual({ params: { khoang: '30', nguoi: 12 }, problems: [] });
    expect(parseStatsParams({ khoang: '30', nguoi: '' })).toEqual({ params: { khoang: '30' }, problems: [] });
  });

  it('drops only what it cannot read and names it: a bad person keeps the range, a bad day keeps the person', () => {
    const badPerson = parseStatsParams({ tu: '01/03/2026', den: '05/03/2026', nguoi: 'ai-do' });
    expect(badPerson).toEqual({ params: { tu: '2026-03-01', den: '2026-03-05' }, problems: ['person'] });
    expect(rangeFromParams(badPerson.params, now).range).toEqual({ from: '2026-03-01', to: '2026-03-05' });

    const badDay = parseStatsParams({ tu: '31/02/2026', den: '05/03/2026', nguoi: '7' });
    expect(badDay.problems).toEqual(['range']);
    expect(badDay.params.nguoi).toBe(7);
    expect(rangeFromParams(badDay.params, now)).toEqual({ range: { from: '2026-03-04', to: '2026-03-10' }, preset: '7' });

    expect(parseStatsParams({ nguoi: '-3', khoang: 'nam' }).problems).toEqual(['range', 'person']);
  });

  it('says what it dropped and what the page shows instead', () => {
    expect(statsParamNotice([], { preset: '7', own: false })).toBeNull();
    expect(statsParamNotice(['range'], { preset: '30', own: false })).toBe('Ngày trên địa chỉ không hợp lệ, trang đang hiện 30 ngày gần nhất.');
    expect(statsParamNotice(['person'], { preset: '7', own: false })).toBe('Không tìm thấy người viết trên địa chỉ, trang đang hiện số liệu cả tòa soạn.');
    expect(statsParamNotice(['range', 'person'], { preset: null, own: true })).toBe(
      'Ngày trên địa chỉ không hợp lệ, trang đang hiện 7 ngày gần nhất. Không tìm thấy người viết trên địa chỉ, trang đang hiện số liệu các bài của bạn.',
    );
  });
});
