import { deskRoute } from '@/lib/routes';
import { pageMonth } from '@/lib/royalties/desk';
import { statementXlsx } from '@/lib/royalties/export';
import { getStatement } from '@/lib/royalties/months';
import { statementParamsSchema } from '@/lib/royalties/schema';

/** The bảng kê as an Excel workbook: amounts are numbers in the VND format. */
export const GET = deskRoute('royalty.read', statementParamsSchema, async ({ thang, nguoi, ctv }, { user }) => {
  const { month } = pageMonth(thang);
  const statement = await getStatement({ actor: user, month, userId: nguoi, contributorId: ctv });
  return new Response(new Uint8Array(await statementXlsx(statement)), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="bang-ke-nhuan-but-${month}.xlsx"`,
      'cache-control': 'no-store',
    },
  });
});
