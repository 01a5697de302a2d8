import Link from 'next/link';
import '../../print-a4.css';
import { PrintButton } from '@/components/planning/print-button';
import { requireDeskUser } from '@/lib/auth/session';
import { now as clockNow } from '@/lib/clock';
import { formatPublishedAt, formatVietnamDate } from '@/lib/dates';
import { refusedOnDesk } from '@/lib/desk-pages';
import { formatVnd } from '@/lib/money';
import { pageMonth } from '@/lib/royalties/desk';
import { partLabels } from '@/lib/royalties/export';
import { getStatement } from '@/lib/royalties/months';
import { formatCoefficient, formatMonth } from '@/lib/royalties/rules';
import { statementParamsSchema } from '@/lib/royalties/schema';

const th = 'border border-neutral-400 px-1.5 py-1 text-left sm:px-2';
const td = 'border border-neutral-300 px-1.5 py-1 sm:px-2';

/** The bảng kê nhuận bút of a month: one person's, or the whole newsroom's with every story; printable on A4. */
export default async function StatementPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireDeskUser('royalty.read', '/desk/nhuan-but/bang-ke');
  const raw = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === 'string' && v ? v : undefined);
  const parsed = statementParamsSchema.safeParse({ thang: one(raw.thang), nguoi: one(raw.nguoi), ctv: one(raw.ctv) });
  const params = parsed.success ? parsed.data : {};
  const { month } = pageMonth(params.thang);
  const statement = await getStatement({ actor: user, month, userId: params.nguoi, contributorId: params.ctv }).catch(refusedOnDesk);
  const query = new URLSearchParams({ thang: month, ...(params.nguoi ? { nguoi: String(params.nguoi) } : {}), ...(params.ctv ? { ctv: String(params.ctv) } : {}) });
  return (
    <div className="report-a4">
      <p className="text-sm print:hidden">
        <Link href={`/desk/nhuan-but?thang=${month}`} className="underline">
          Nhuận bút tháng {formatMonth(month)}
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold">Bảng kê nhuận bút tháng {formatMonth(month)}</h1>
      <p className="mt-1 text-sm text-muted">
        {statement.status === 'locked' ? 'Đã khóa sổ.' : 'Chưa khóa sổ: số liệu còn thay đổi.'} Lập lúc {formatPublishedAt(clockNow())}.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2 print:hidden">
        <a href={`/desk/nhuan-but/bang-ke/tai-ve?${query}`} className="rounded border border-neutral-500 bg-white px-3 py-1.5 text-sm font-semibold" download>
          Tải CSV
        </a>
        <a href={`/desk/nhuan-but/bang-ke/excel?${query}`} className="rounded border border-neutral-500 bg-white px-3 py-1.5 text-sm font-semibold" download>
          Tải Excel
        </a>
        <PrintButton label="In bảng kê" />
      </div>
      {statement.people.length ? (
        statement.people.map((p) => (
          <section key={`${p.userId ?? ''}-${p.contributorId ?? ''}`} className="mt-6 break-inside-avoid" aria-label={p.payee} data-payee={p.payee}>
            <h2 className="flex flex-wrap items-baseline justify-between gap-2 font-semibold">
              <span>
                {statement.everyone ? (
                  <Link href={`/desk/nhuan-but/bang-ke?thang=${month}&${p.userId ? `nguoi=${p.userId}` : `ctv=${p.contributorId}`}`} className="underline-offset-2 hover:underline">
                    {p.payee}
                  </Link>
                ) : (
                  p.payee
                )}
                {p.contributorId ? <span className="ml-1 text-xs font-normal text-muted">(cộng tác viên)</span> : null}
              </span>
              <span className="tabular-nums" data-testid="payee-total">
                {formatVnd(p.total)}
              </span>
            </h2>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full min-w-[34rem] border-collapse bg-white text-xs sm:text-sm">
                <thead className="bg-neutral-100">
                  <tr>
                    <th scope="col" className={th}>Tác phẩm</th>
                    <th scope="col" className={th}>Ngày đăng</th>
                    <th scope="col" className={th}>Khoản</th>
                    <th scope="col" className={`${th} text-right`}>Hệ số</th>
                    <th scope="col" className={`${th} text-right`}>Tỷ lệ</th>
                    <th scope="col" className={`${th} text-right`}>Số tiền</th>
                  </tr>
                </thead>
                <tbody>
                  {p.lines.map((l, i) => (
                    <tr key={i}>
                      <td className={td}>{l.title}</td>
                      <td className={td}>{l.publishedAt ? formatVietnamDate(l.publishedAt) : ''}</td>
                      <td className={td}>
                        {partLabels[l.part]}
                        {l.kind === 'adjustment' ? ` · điều chỉnh tháng ${formatMonth(l.adjustsMonth ?? '')}` : ''}
                      </td>
                      <td className={`${td} text-right tabular-nums`}>{formatCoefficient(l.coefficientTenths)}</td>
                      <td className={`${td} text-right tabular-nums`}>{l.sharePercent}%</td>
                      <td className={`${td} text-right tabular-nums`}>{formatVnd(l.amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))
      ) : (
        <p className="mt-6 text-sm text-muted">Không có khoản nhuận bút nào trong tháng.</p>
      )}
      <p className="mt-6 text-right font-bold">
        Tổng cộng: <span data-testid="statement-total">{formatVnd(statement.total)}</span>
      </p>
    </div>
  );
}
