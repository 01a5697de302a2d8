import 'server-only';
import { and, asc, eq, gte, inArray, lt, min, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, auditLog, sections, topicAssignees, topics, users } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { now as clockNow } from '@/lib/clock';
import { DomainError } from '@/lib/errors';
import { type ReportCounts, type ReportTopic, reportColumnLabels, reportColumns, tallyWeek } from './report';
import { toExcelCsv } from '@/lib/csv';
import type { Actor } from './topics';
import { weekOfIsoDay } from './week';

export type WeeklyReport = {
  week: ReturnType<typeof weekOfIsoDay>;
  /** Everyone's rows (thư ký, editors, admins) or only the reporter's own. */
  scope: 'all' | 'own';
  people: { id: number; name: string; counts: ReportCounts }[];
  sections: { id: number; name: string; counts: ReportCounts }[];
  total: ReportCounts;
};

const zero = (): ReportCounts => ({ proposed: 0, approved: 0, delivered: 0, published: 0, late: 0 });

/**
 * The week's report per reporter and per section (lib/planning/report.ts says what each column
 * counts). Editors and admins see every row; a reporter sees their own row and nothing else.
 */
export async function weeklyPlanningReport({ actor, monday, now = clockNow() }: { actor: Actor; monday: string; now?: Date }): Promise<WeeklyReport> {
  if (!can(actor.role, 'topic.propose')) throw new DomainError('forbidden', 'Bạn không có quyền xem báo cáo đề tài.');
  const all = can(actor.role, 'topic.report');
  const week = weekOfIsoDay(monday);
  const db = await getDb();
  // Every topic that may count this week: anything that happened to it or its story since Monday.
  const rows = await db
    .select({
      id: topics.id,
      sectionId: topics.sectionId,
      proposerId: topics.proposerId,
      createdAt: topics.createdAt,
      decision: topics.decision,
      decidedAt: topics.decidedAt,
      deadline: topics.deadline,
      articleId: topics.articleId,
      storyStatus: articles.status,
      publishedAt: articles.publishedAt,
    })
    .from(topics)
    .leftJoin(articles, eq(articles.id, topics.articleId))
    .where(
      and(
        lt(topics.createdAt, week.end),
        or(gte(topics.createdAt, week.start), gte(topics.decidedAt, week.start), gte(topics.deadline, week.start), gte(articles.updatedAt, week.start)),
      ),
    );
  const ids = rows.map((r) => r.id);
  const storyIds = rows.flatMap((r) => (r.articleId ? [String(r.articleId)] : []));
  const [assignees, submits] = await Promise.all([
    ids.length ? db.select().from(topicAssignees).where(inArray(topicAssignees.topicId, ids)) : [],
    storyIds.length
      ? db
          .select({ subjectId: auditLog.subjectId, at: min(auditLog.at) })
          .from(auditLog)
          .where(and(eq(auditLog.subjectType, 'article'), eq(auditLog.action, 'article.submit'), inArray(auditLog.subjectId, storyIds)))
          .groupBy(auditLog.subjectId)
      : [],
  ]);
  const firstSubmit = new Map(submits.map((s) => [Number(s.subjectId), s.at]));
  const facts: ReportTopic[] = rows.map((r) => {
    const live = r.storyStatus && r.storyStatus !== 'trashed' ? r : null;
    const published = live && (live.storyStatus === 'published' || live.storyStatus === 'unpublished') ? live.publishedAt : null;
    return {
      id: r.id,
      sectionId: r.sectionId,
      proposerId: r.proposerId,
      assigneeIds: assignees.filter((a) => a.topicId === r.id).map((a) => a.userId),
      proposedAt: r.createdAt,
      approvedAt: r.decision === 'approved' ? r.decidedAt : null,
      // A story published without a recorded submission (imported) was handed in when it went out.
      deliveredAt: live ? (firstSubmit.get(r.articleId!) ?? published ?? null) : null,
      publishedAt: published,
      deadline: r.decision === 'approved' ? r.deadline : null,
    };
  });
  const tally = tallyWeek(facts, week, now);
  const personIds = all ? [...tally.byPerson.keys()] : [actor.id];
  const [people, sectionRows] = await Promise.all([
    personIds.length ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, personIds)).orderBy(asc(users.name)) : [],
    all ? db.select({ id: sections.id, name: sections.name }).from(sections).orderBy(asc(sections.position), asc(sections.name)) : [],
  ]);
  return {
    week,
    scope: all ? 'all' : 'own',
    people: people.map((p) => ({ id: p.id, name: p.name, counts: tally.byPerson.get(p.id) ?? zero() })),
    sections: sectionRows.filter((s) => tally.bySection.has(s.id)).map((s) => ({ id: s.id, name: s.name, counts: tally.bySection.get(s.id)! })),
    total: all ? tally.total : (tally.byPerson.get(actor.id) ?? zero()),
  };
}

/** The report as a CSV for Excel (see toExcelCsv for the separator and the BOM). */
export function weeklyReportCsv(report: WeeklyReport): string {
  const head = reportColumns.map((c) => reportColumnLabels[c]);
  const line = (name: string, counts: ReportCounts) => [name, ...reportColumns.map((c) => counts[c])];
  const rows: (string | number)[][] = [[`Báo cáo đề tài tuần ${report.week.label}`], [], ['Phóng viên', ...head], ...report.people.map((p) => line(p.name, p.counts))];
  if (report.scope === 'all') {
    rows.push([], ['Chuyên mục', ...head], ...report.sections.map((s) => line(s.name, s.counts)), line('Cả tòa soạn', report.total));
  }
  return toExcelCsv(rows);
}
