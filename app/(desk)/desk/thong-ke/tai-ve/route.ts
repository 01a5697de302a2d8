import { z } from 'zod';
import { now as clockNow } from '@/lib/clock';
import { toExcelCsv } from '@/lib/csv';
import { deskRoute } from '@/lib/routes';
import { rangeFromParams, statsParamsSchema } from '@/lib/stats/range';
import { loadStatsTables, statsTableKeys, tableRows } from '@/lib/stats/tables';

/** Any statistics table as a CSV file for Excel (UTF-8 with BOM, `;`): the same rows the page shows this person. */
export const GET = deskRoute('stats.read', statsParamsSchema.extend({ bang: z.enum(statsTableKeys) }), async ({ bang, ...params }, { user }) => {
  const { range } = rangeFromParams(params, clockNow());
  const [table] = await loadStatsTables([bang], { actor: user, range, authorId: params.nguoi });
  return new Response(toExcelCsv(tableRows(table)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="thong-ke-${bang}-${range.from}-${range.to}.csv"`,
      'cache-control': 'no-store',
    },
  });
});
