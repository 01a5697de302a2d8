import { describe, expect, it } from 'vitest';
import { toExcelCsv } from '@/lib/csv';
import { type ReportTopic, tallyWeek, topicColumns } from './report';
import { weekOf } from './week';

const DAY = 24 * 3600_000;
// A week two weeks back, and instants inside it (relative to the clock: the test holds on any day).
const week = weekOf(new Date(Date.now() - 14 * DAY));
const at = (days: number, hours = 10) => new Date(week.start.getTime() + days * DAY + hours * 3600_000);
const now = new Date();

const topic = (over: Partial<ReportTopic>): ReportTopic => ({
  id: 1,
  sectionId: 100,
  proposerId: 1,
  assigneeIds: [1],
  proposedAt: at(0),
  approvedAt: null,
  deliveredAt: null,
  publishedAt: null,
  deadline: null,
  ...over,
});

describe('the weekly report counts', () => {
  it('a topic proposed, approved, delivered and published in the week in every column but late', () => {
    const t = topic({ approvedAt: at(0, 14), deadline: at(3, 17), deliveredAt: at(2), publishedAt: at(3) });
    expect([...topicColumns(t, week, now)].sort()).toEqual(['approved', 'delivered', 'proposed', 'published']);
  });

  it('Monday 00:00 in the week, Sunday 24:00 in the next (Vietnam time)', () => {
    expect(topicColumns(topic({ proposedAt: week.start }), week, now).has('proposed')).toBe(true);
    expect(topicColumns(topic({ proposedAt: new Date(week.start.getTime() - 1) }), week, now).has('proposed')).toBe(false);
    expect(topicColumns(topic({ proposedAt: new Date(week.end.getTime() - 1) }), week, now).has('proposed')).toBe(true);
    expect(topicColumns(topic({ proposedAt: week.end }), week, now).has('proposed')).toBe(false);
    // Vietnam's Monday begins at 17:00 UTC on Sunday.
    expect(week.start.getUTCHours()).toBe(17);
    expect(week.end.getTime() - week.start.getTime()).toBe(7 * DAY);
  });

  it('late: delivered after the deadline, or not delivered when the deadline has passed', () => {
    expect(topicColumns(topic({ deadline: at(2), deliveredAt: at(2, 11) }), week, now).has('late')).toBe(true);
    expect(topicColumns(topic({ deadline: at(2), deliveredAt: at(1) }), week, now).has('late')).toBe(false);
    expect(topicColumns(topic({ deadline: at(2) }), week, now).has('late')).toBe(true);
    // The deadline has not come yet (seen from inside the week): not late yet.
    expect(topicColumns(topic({ deadline: at(4) }), week, at(3)).has('late')).toBe(false);
    // Late in the week its deadline fell in, not in the week the story finally came.
    expect(topicColumns(topic({ deadline: new Date(week.start.getTime() - DAY), deliveredAt: at(1) }), week, now).has('late')).toBe(false);
  });

  it('published only once live by now', () => {
    // Scheduled for Wednesday: seen on Tuesday it is not published yet; seen afterwards it is.
    const t = topic({ publishedAt: at(2) });
    expect(topicColumns(t, week, at(1)).has('published')).toBe(false);
    expect(topicColumns(t, week, at(2)).has('published')).toBe(true);
  });

  it('per person: proposals for the proposer, the rest for each assignee; per section each topic once', () => {
    const tally = tallyWeek(
      [
        topic({ id: 1, proposerId: 1, assigneeIds: [2, 3], approvedAt: at(1), deliveredAt: at(2), publishedAt: at(2, 15), deadline: at(2, 12) }),
        topic({ id: 2, proposerId: 2, assigneeIds: [2], sectionId: 200, approvedAt: at(1), deadline: at(3) }),
        topic({ id: 3, proposerId: 3, assigneeIds: [], proposedAt: at(-3) }),
      ],
      week,
      now,
    );
    expect(tally.byPerson.get(1)).toEqual({ proposed: 1, approved: 0, delivered: 0, published: 0, late: 0 });
    expect(tally.byPerson.get(2)).toEqual({ proposed: 1, approved: 2, delivered: 1, published: 1, late: 1 });
    expect(tally.byPerson.get(3)).toEqual({ proposed: 0, approved: 1, delivered: 1, published: 1, late: 0 });
    expect(tally.bySection.get(100)).toEqual({ proposed: 1, approved: 1, delivered: 1, published: 1, late: 0 });
    expect(tally.bySection.get(200)).toEqual({ proposed: 1, approved: 1, delivered: 0, published: 0, late: 1 });
    expect(tally.total).toEqual({ proposed: 2, approved: 2, delivered: 1, published: 1, late: 1 });
  });
});

describe('the CSV for Excel', () => {
  it('starts with a UTF-8 BOM, splits on semicolons, ends lines with CRLF', () => {
    const csv = toExcelCsv([
      ['Phóng viên', 'Đề xuất'],
      ['Nguyễn Minh Anh', 3],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('Phóng viên;Đề xuất\r\nNguyễn Minh Anh;3\r\n');
  });
  it('quotes what needs it and keeps formulas as text', () => {
    expect(toExcelCsv([['a;b', 'say "hi"', '=HYPERLINK("x")']]).slice(1)).toBe('"a;b";"say ""hi""";"\'=HYPERLINK(""x"")"\r\n');
  });
});

describe('the planning week', () => {
  it('runs Monday to Sunday in Vietnam time', () => {
    const w = weekOf(now);
    expect(w.days.map((d) => d.label)).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']);
    expect(now >= w.start && now < w.end).toBe(true);
    expect(weekOf(new Date(w.end.getTime() - 1)).monday).toBe(w.monday);
    expect(weekOf(w.end).monday).toBe(w.next);
    expect(weekOf(new Date(w.start.getTime() - 1)).monday).toBe(w.previous);
  });
});
