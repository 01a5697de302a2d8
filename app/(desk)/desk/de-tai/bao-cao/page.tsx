import Link from 'next/link';
import '../../print-a4.css';
import { PrintButton } from '@/components/planning/print-button';
import { DateTimeField } from '@/components/ui/date-time-field';
import { requireDeskUser } from '@/lib/auth/session';
import { now as clockNow } from '@/lib/clock';
import { displayDay, formatPublishedAt } from '@/lib/dates';
import { type ReportCounts, reportColumnLabels, reportColumns } from '@/lib/planning/report';
import { boardParamsSchema } from '@/lib/planning/schema';
import { firstValues } from '@/lib/search-params';
import { weekOf, weekOfIsoDay } from '@/lib/planning/week';
import { weeklyPlanningReport } from '@/lib/planning/weekly-report';

const th = 'border border-neutral-400 px-1.5 py-1 text-left sm:px-2';
const td = 'border border-neutral-300 px-1.5 py-1 text-right tabular-nums sm:px-2';

function Table({ title, head, rows, total, testId }: { title: string; head: string; rows: { id: number; name: string; counts: ReportCounts }[]; total?: ReportCounts; testId: string }) {
  return (
    <section className="mt-6 break-inside-avoid" aria-label={title}>
      <h2 className="font-semibold">{title}</h2>
      {rows.length ? (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-xs sm:text-sm" data-testid={testId}>
            <thead className="bg-neutral-100">
              <tr>
                <th scope="col" className={th}>
                  {head}
                </th>
                {reportColumns.map((c) => (
                  <th key={c} scope="col" className={`${th} text-right`}>
                    {reportColumnLabels[c]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-row={r.name}>
                  <th scope="row" className={`${th} font-normal`}>
                    {r.name}
                  </th>
                  {reportColumns.map((c) => (
                    <td key={c} className={`${td} ${c === 'late' && r.counts.late ? 'font-bold text-danger' : ''}`} data-col={c}>
                      {r.counts[c]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            {total ? (
              <tfoot>
                <tr className="font-semibold">
                  <th scope="row" className={th}>
                    Cả tòa soạn
                  </th>
                  {reportColumns.map((c) => (
                    <td key={c} className={td} data-col={c}>
                      {total[c]}
                    </td>
                  ))}
                </tr>
              </tfoot>
            ) : null}
          </table>
        </div>
      ) : (
        <p className="mt-2 text-sm text-muted">Không có số liệu trong tuần.</p>
      )}
    </section>
  );
}

/** The weekly planning report (báo cáo tuần), printable on A4 and exportable for Excel. */
export default async function WeeklyReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireDeskUser('topic.propose', '/desk/de-tai/bao-cao');
  const params = boardParamsSchema.parse(firstValues(await searchParams));
  const now = clockNow();
  const monday = (params.tuan ? weekOfIsoDay(params.tuan) : weekOf(now)).monday;
  const report = await weeklyPlanningReport({ actor: user, monday, now });
  const { week } = report;
  return (
    <div className="report-a4">
      <p className="text-sm print:hidden">
        <Link href={`/desk/de-tai?tuan=${week.monday}`} className="underline">
          Kế hoạch đề tài
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold">Báo cáo đề tài tuần {week.label}</h1>
      <p className="mt-1 text-sm text-muted">
        Thứ Hai đến Chủ nhật, giờ Việt Nam. Lập lúc {formatPublishedAt(now)}.
        {report.scope === 'own' ? ' Bạn xem số liệu của chính mình.' : ''}
      </p>
      <div className="mt-3 flex flex-wrap items-end gap-3 print:hidden">
        <Link href={`/desk/de-tai/bao-cao?tuan=${week.previous}`} className="rounded border border-neutral-400 bg-white px-3 py-1.5 text-sm">
          ‹ Tuần trước
        </Link>
        <Link href={`/desk/de-tai/bao-cao?tuan=${week.next}`} className="rounded border border-neutral-400 bg-white px-3 py-1.5 text-sm">
          Tuần sau ›
        </Link>
        <form method="get" className="flex items-end gap-2">
          <div>
            <label htmlFor="bc-tuan" className="block text-sm font-semibold">
              Tuần có ngày
            </label>
            <DateTimeField id="bc-tuan" name="tuan" defaultValue={displayDay(week.monday)} />
          </div>
          <button type="submit" className="rounded border border-neutral-500 bg-white px-3 py-1.5 text-sm font-semibold">
            Xem
          </button>
        </form>
        <a href={`/desk/de-tai/bao-cao/tai-ve?tuan=${week.monday}`} className="rounded border border-neutral-500 bg-white px-3 py-1.5 text-sm font-semibold" download>
          Tải CSV (Excel)
        </a>
        <PrintButton />
      </div>
      <Table title="Theo phóng viên" head="Phóng viên" rows={report.people} testId="report-people" />
      {report.scope === 'all' ? <Table title="Theo chuyên mục" head="Chuyên mục" rows={report.sections} total={report.total} testId="report-sections" /> : null}
      <section className="mt-6 text-xs text-muted">
        <h2 className="font-semibold">Cách đếm</h2>
        <ul className="mt-1 list-disc pl-5">
          <li>Đề xuất: đề tài được đề xuất trong tuần, tính cho người đề xuất.</li>
          <li>Được duyệt: đề tài được thư ký duyệt hoặc giao trong tuần; đã nộp: bài được gửi duyệt lần đầu trong tuần; đã đăng: bài lên trang trong tuần.</li>
          <li>Trễ hạn: hạn nộp rơi vào tuần mà bài nộp sau hạn, hoặc đến nay chưa nộp. Bốn cột này tính cho từng phóng viên được giao.</li>
          <li>Dòng “Cả tòa soạn” đếm mỗi đề tài một lần, kể cả đề tài giao cho hai người.</li>
        </ul>
      </section>
    </div>
  );
}
