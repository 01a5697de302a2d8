import { BarChart } from '@/components/desk/stats-chart';
import { StatsHeader, StatsTableView } from '@/components/desk/stats-parts';
import { loadStatsTables, type StatsTableKey, tableVisibleTo } from '@/lib/stats/tables';
import { openStatsPage, type StatsPageProps } from '../load';

/** Thống kê, tòa soạn: output, time at each level of the sign-off chain, returns, comment moderation. */
export default async function StatsNewsroomPage({ searchParams }: StatsPageProps) {
  const page = await openStatsPage('/desk/thong-ke/toa-soan', searchParams);
  const keys = (['thoi-gian-duyet', 'san-luong-phong-vien', 'san-luong-chuyen-muc', 'tra-bai', 'kiem-duyet'] as StatsTableKey[]).filter((k) => tableVisibleTo(k, page.user, page.authorId));
  const tables = await loadStatsTables(keys, page.reads);
  const times = tables.find((t) => t.key === 'thoi-gian-duyet')?.chart ?? [];
  return (
    <div>
      <StatsHeader page={page} />
      <p className="mt-3 text-sm text-muted">
        Tính trên các bài lên trang trong khoảng đã chọn. Thời gian ở mỗi cấp: từ khi bài đến cấp đó (được gửi, hoặc được cấp dưới duyệt) đến khi được duyệt ở cấp đó.
      </p>
      {times.length ? (
        <BarChart
          title="Thời gian duyệt, trung vị (giờ)"
          desc="Một nửa số bài được duyệt ở mỗi bước trong vòng số giờ này."
          bars={times}
          unit="giờ"
          labelHead="Bước"
        />
      ) : null}
      {tables.map((t) => (
        <StatsTableView key={t.key} table={t} query={page.query} />
      ))}
    </div>
  );
}
