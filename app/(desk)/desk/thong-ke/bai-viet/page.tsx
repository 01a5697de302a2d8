import { StatsHeader, StatsTableView } from '@/components/desk/stats-parts';
import { loadStatsTables } from '@/lib/stats/tables';
import { openStatsPage, type StatsPageProps } from '../load';

/** Thống kê, bài viết: the most read stories of the range. */
export default async function StatsStoriesPage({ searchParams }: StatsPageProps) {
  const page = await openStatsPage('/desk/thong-ke/bai-viet', searchParams);
  const [stories] = await loadStatsTables(['bai-viet'], page.reads);
  return (
    <div>
      <StatsHeader page={page} />
      <StatsTableView table={stories} query={page.query} />
    </div>
  );
}
