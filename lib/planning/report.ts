/**
 * The weekly planning report's arithmetic (báo cáo tuần), pure so it is tested alone.
 *
 * Per topic, for the week [start, end):
 * - đề xuất (proposed): the topic was proposed in the week — counted for the proposer;
 * - được duyệt (approved): the thư ký approved or assigned it in the week;
 * - đã nộp (delivered): its story was first sent for review in the week;
 * - đã đăng (published): its story went live in the week (and is live by `now`);
 * - trễ hạn (late): its deadline fell in the week and the story came in after it, or has not come
 *   in and the deadline has passed by `now`.
 * The last four count for each reporter the topic is assigned to. A section counts each topic once,
 * so the section totals are the newsroom's totals (a topic shared by two reporters is one topic).
 */
export type ReportTopic = {
  id: number;
  sectionId: number;
  proposerId: number;
  assigneeIds: number[];
  proposedAt: Date;
  approvedAt: Date | null;
  deliveredAt: Date | null;
  publishedAt: Date | null;
  deadline: Date | null;
};

export const reportColumns = ['proposed', 'approved', 'delivered', 'published', 'late'] as const;
export type ReportColumn = (typeof reportColumns)[number];
export type ReportCounts = Record<ReportColumn, number>;

export const reportColumnLabels: Record<ReportColumn, string> = {
  proposed: 'Đề xuất',
  approved: 'Được duyệt',
  delivered: 'Đã nộp',
  published: 'Đã đăng',
  late: 'Trễ hạn',
};

export type WeekTally = {
  byPerson: Map<number, ReportCounts>;
  bySection: Map<number, ReportCounts>;
  total: ReportCounts;
};

const zero = (): ReportCounts => ({ proposed: 0, approved: 0, delivered: 0, published: 0, late: 0 });

/** Which columns a topic counts in for the week. */
export function topicColumns(t: ReportTopic, week: { start: Date; end: Date }, now: Date): Set<ReportColumn> {
  const inWeek = (d: Date | null) => !!d && d >= week.start && d < week.end;
  const cols = new Set<ReportColumn>();
  if (inWeek(t.proposedAt)) cols.add('proposed');
  if (inWeek(t.approvedAt)) cols.add('approved');
  if (inWeek(t.deliveredAt)) cols.add('delivered');
  if (t.publishedAt && t.publishedAt <= now && inWeek(t.publishedAt)) cols.add('published');
  if (t.deadline && inWeek(t.deadline)) {
    const lateDelivery = t.deliveredAt ? t.deliveredAt > t.deadline : t.deadline <= now;
    if (lateDelivery) cols.add('late');
  }
  return cols;
}

export function tallyWeek(topics: ReportTopic[], week: { start: Date; end: Date }, now: Date): WeekTally {
  const byPerson = new Map<number, ReportCounts>();
  const bySection = new Map<number, ReportCounts>();
  const total = zero();
  const bump = (map: Map<number, ReportCounts>, key: number, col: ReportColumn) => {
    const row = map.get(key) ?? zero();
    row[col] += 1;
    map.set(key, row);
  };
  for (const t of topics) {
    const cols = topicColumns(t, week, now);
    for (const col of cols) {
      total[col] += 1;
      bump(bySection, t.sectionId, col);
      if (col === 'proposed') bump(byPerson, t.proposerId, col);
      else for (const id of new Set(t.assigneeIds)) bump(byPerson, id, col);
    }
  }
  return { byPerson, bySection, total };
}

