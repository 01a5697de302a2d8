import { BarChart } from '@/components/desk/stats-chart';
import { StatsHeader, StatsTableView } from '@/components/desk/stats-parts';
import { loadStatsTables } from '@/lib/stats/tables';
import { openStatsPage, type StatsPageProps } from '../load';

/** Thống kê, người viết: reads per person on the credit line (not the account that typed the story). */
export default async function StatsPeoplePage({ searchParams }: StatsPageProps) {
  const page = await openStatsPage('/desk/thong-ke/nguoi-viet', searchParams);
  const [people] = await loadStatsTables(['nguoi-viet'], page.reads);
  return (
    <div>
      <StatsHeader page={page} />
      {people.chart?.length ? (
        <BarChart
          title="Mười lăm người đứng tên được đọc nhiều nhất"
          desc="Tổng lượt đọc các bài có tên người đó trên dòng tác giả; bài hai người đứng tên được tính đủ cho mỗi người."
          bars={people.chart.slice(0, 15)}
          unit="lượt đọc"
          labelHead="Người đứng tên"
        />
      ) : null}
      <StatsTableView table={people} query={page.query} />
    </div>
  );
}
