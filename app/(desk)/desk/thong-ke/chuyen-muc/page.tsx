import { BarChart } from '@/components/desk/stats-chart';
import { StatsHeader, StatsTableView } from '@/components/desk/stats-parts';
import { loadStatsTables } from '@/lib/stats/tables';
import { openStatsPage, type StatsPageProps } from '../load';

/** Thống kê, chuyên mục: reads per section. */
export default async function StatsSectionsPage({ searchParams }: StatsPageProps) {
  const page = await openStatsPage('/desk/thong-ke/chuyen-muc', searchParams);
  const [sections] = await loadStatsTables(['chuyen-muc'], page.reads);
  return (
    <div>
      <StatsHeader page={page} />
      {sections.chart?.length ? (
        <BarChart
          title="Lượt đọc theo chuyên mục"
          desc="Tổng lượt đọc các bài của mỗi chuyên mục trong khoảng đã chọn, nhiều nhất trước."
          bars={sections.chart}
          unit="lượt đọc"
          labelHead="Chuyên mục"
        />
      ) : null}
      <StatsTableView table={sections} query={page.query} />
    </div>
  );
}
