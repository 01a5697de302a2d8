import { BarChart } from '@/components/desk/stats-chart';
import { StatsHeader, StatsTableView } from '@/components/desk/stats-parts';
import { loadStatsTables } from '@/lib/stats/tables';
import { openStatsPage, type StatsPageProps } from '../load';

/** Thống kê, nguồn đọc: search, social networks, Zalo, direct, our own pages — per source and per day. */
export default async function StatsSourcesPage({ searchParams }: StatsPageProps) {
  const page = await openStatsPage('/desk/thong-ke/nguon', searchParams);
  const [sources, perDay] = await loadStatsTables(['theo-nguon', 'nguon-theo-ngay'], page.reads);
  return (
    <div>
      <StatsHeader page={page} />
      <BarChart
        title="Bạn đọc đến từ đâu"
        desc="Lượt đọc theo nguồn, nhận biết từ trang dẫn đến (referrer); không lưu gì về từng bạn đọc."
        bars={sources.chart ?? []}
        unit="lượt đọc"
        labelHead="Nguồn"
      />
      <StatsTableView table={sources} query={page.query} />
      <StatsTableView table={perDay} query={page.query} />
    </div>
  );
}
