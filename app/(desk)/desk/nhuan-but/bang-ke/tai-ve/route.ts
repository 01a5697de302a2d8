import { deskRoute } from '@/lib/routes';
import { pageMonth } from '@/lib/royalties/desk';
import { statementCsv } from '@/lib/royalties/export';
import { getStatement } from '@/lib/royalties/months';
import { statementParamsSchema } from '@/lib/royalties/schema';

/** The bảng kê as CSV for Excel (UTF-8 with BOM, `;`): the same lines the page shows this person. */
export const GET = deskRoute('royalty.read', statementParamsSchema, async ({ thang, nguoi, ctv }, { user }) => {
  const { month } = pageMonth(thang);
  const statement = await getStatement({ actor: user, month, userId: nguoi, contributorId: ctv });
  return new Response(statementCsv(statement), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="bang-ke-nhuan-but-${month}.csv"`,
      'cache-control': 'no-store',
    },
  });
});
