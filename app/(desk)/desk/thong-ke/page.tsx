import Link from 'next/link';
import { BarChart, ColumnChart } from '@/components/desk/stats-chart';
import { StatsHeader, StatsTableView } from '@/components/desk/stats-parts';
import { getReaderOverview } from '@/lib/stats/views';
import { loadStatsTables } from '@/lib/stats/tables';
import { viewSourceLabels } from '@/lib/stats/referrer';
import { openStatsPage, type StatsPageProps } from './load';

const nf = new Intl.NumberFormat('vi-VN');
const dm = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;

/** Thống kê, tổng quan: reads per day, where readers came from, the most read stories. */
export default async function StatsOverviewPage({ searchParams }: StatsPageProps) {
  const page = await openStatsPage('/desk/thong-ke', searchParams);
  const [overview, [stories]] = await Promise.all([getReaderOverview(page.reads), loadStatsTables(['bai-viet'], page.reads)]);
  const top = overview.perSource.reduce((a, b) => (b.views > a.views ? b : a), overview.perSource[0]);
  const top10 = { ...stories, title: 'Mười bài đọc nhiều nhất', rows: stories.rows.slice(0, 10) };
  return (
    <div>
      <StatsHeader page={page} />
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3">
        <div className="rounded border border-line bg-white p-3">
          <dt className="text-sm text-muted">Lượt đọc</dt>
          <dd className="text-2xl font-bold tabular-nums" data-testid="total-views">
            {nf.format(overview.total)}
          </dd>
        </div>
        <div className="rounded border border-line bg-white p-3">
          <dt className="text-sm text-muted">Bài được đọc</dt>
          <dd className="text-2xl font-bold tabular-nums">{nf.format(overview.storiesRead)}</dd>
        </div>
        <div className="col-span-2 rounded border border-line bg-white p-3 sm:col-span-1">
          <dt className="text-sm text-muted">Nguồn nhiều nhất</dt>
          <dd className="text-2xl font-bold">{overview.total ? `${viewSourceLabels[top.source]} (${Math.round(top.share * 100)} %)` : '—'}</dd>
        </div>
      </dl>
      <ColumnChart
        title="Lượt đọc theo ngày"
        desc={`Lượt đọc mỗi ngày từ ${dm(page.range.from)} đến ${dm(page.range.to)}, tổng ${nf.format(overview.total)}.`}
        bars={overview.perDay.map((d) => ({ label: dm(d.day), value: d.views }))}
        unit="lượt đọc"
      />
      <BarChart
        title="Bạn đọc đến từ đâu"
        desc="Lượt đọc theo nguồn: tìm kiếm, mạng xã hội, Zalo, truy cập trực tiếp, trong báo, trang khác."
        bars={overview.perSource.map((s) => ({ label: viewSourceLabels[s.source], value: s.views }))}
        unit="lượt đọc"
        labelHead="Nguồn"
      />
      <StatsTableView table={top10} query={page.query} />
      <p className="mt-2 text-sm">
        <Link href={`/desk/thong-ke/bai-viet?${page.query}`} className="underline">
          Xem 100 bài đọc nhiều nhất
        </Link>
      </p>
    </div>
  );
}
