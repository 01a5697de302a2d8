import { z } from 'zod';
import { now as clockNow } from '@/lib/clock';
import { dayParam } from '@/lib/day-param';
import { deskRoute } from '@/lib/routes';
import { weekOf, weekOfIsoDay } from '@/lib/planning/week';
import { weeklyPlanningReport, weeklyReportCsv } from '@/lib/planning/weekly-report';

/** The weekly report as a CSV file for Excel (UTF-8 with BOM, `;`); the same rows the page shows this person. */
export const GET = deskRoute('topic.propose', z.object({ tuan: dayParam.optional() }), async ({ tuan }, { user }) => {
  const now = clockNow();
  const monday = (tuan ? weekOfIsoDay(tuan) : weekOf(now)).monday;
  const report = await weeklyPlanningReport({ actor: user, monday, now });
  return new Response(weeklyReportCsv(report), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="bao-cao-de-tai-${monday}.csv"`,
      'cache-control': 'no-store',
    },
  });
});
