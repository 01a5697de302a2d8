import 'server-only';
import ExcelJS from 'exceljs';
import { toExcelCsv } from '@/lib/csv';
import { formatVietnamDate } from '@/lib/dates';
import type { getStatement } from './months';
import { formatCoefficient, formatMonth } from './rules';

type Statement = Awaited<ReturnType<typeof getStatement>>;

export const partLabels = { author: 'Nhuận bút', editor: 'Thù lao biên tập' } as const;

/** One row per line: who, which story, what for, hệ số, share, amount (whole đồng). */
function statementRows(statement: Statement): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const p of statement.people)
    for (const l of p.lines)
      rows.push([
        p.payee,
        l.title,
        l.publishedAt ? formatVietnamDate(l.publishedAt) : '',
        l.kind === 'adjustment' ? `${partLabels[l.part]} (điều chỉnh tháng ${formatMonth(l.adjustsMonth ?? '')})` : partLabels[l.part],
        formatCoefficient(l.coefficientTenths),
        l.sharePercent,
        l.amount,
      ]);
  return rows;
}

const head = ['Người nhận', 'Tác phẩm', 'Ngày đăng', 'Khoản', 'Hệ số', 'Tỷ lệ (%)', 'Số tiền (đ)'];

/** The bảng kê as a CSV for Excel: amounts as plain whole numbers so Excel sums them. */
export function statementCsv(statement: Statement): string {
  return toExcelCsv([[`Bảng kê nhuận bút tháng ${formatMonth(statement.month)}`], head, ...statementRows(statement), ['Tổng cộng', '', '', '', '', '', statement.total]]);
}

/** The bảng kê as an Excel workbook: numbers stay numbers, money in the VND format. */
export async function statementXlsx(statement: Statement): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(`Nhuận bút ${formatMonth(statement.month).replace('/', '-')}`);
  sheet.addRow([`Bảng kê nhuận bút tháng ${formatMonth(statement.month)}`]).font = { bold: true, size: 13 };
  sheet.addRow(head).font = { bold: true };
  for (const r of statementRows(statement)) sheet.addRow(r.map((v, i) => (i === 4 ? Number(String(v).replace(',', '.')) : v)));
  const total = sheet.addRow(['Tổng cộng', '', '', '', '', '', statement.total]);
  total.font = { bold: true };
  sheet.getColumn(7).numFmt = '#,##0 "đ"';
  sheet.getColumn(5).numFmt = '0.0';
  [24, 48, 12, 30, 8, 10, 16].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  return Buffer.from(await book.xlsx.writeBuffer());
}
