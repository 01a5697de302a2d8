import Link from 'next/link';
import { requireDeskUser } from '@/lib/auth/session';
import { getModerationMetrics } from '@/lib/comments/comments';

function duration(seconds: number | null) {
  if (seconds === null) return 'chưa có dữ liệu';
  if (seconds < 60) return `${Math.round(seconds)} giây`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} phút`;
  return `${(seconds / 3600).toFixed(1).replace('.', ',')} giờ`;
}

export default async function ModerationMetrics() {
  const user = await requireDeskUser('comment.moderate', '/desk/binh-luan/thong-ke');
  const m = await getModerationMetrics({ actor: user, days: 7 });
  const max = Math.max(1, ...m.queue.map((q) => q.pending));
  const w = 480;
  const h = 120;
  const points = m.queue.map((q, i) => `${(i / Math.max(1, m.queue.length - 1)) * w},${h - (q.pending / max) * h}`).join(' ');
  return (
    <>
      <p className="text-sm">
        <Link href="/desk/binh-luan" className="underline">
          Kiểm duyệt bình luận
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold">Thống kê kiểm duyệt (7 ngày)</h1>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2">
        <div className="rounded border border-line bg-white p-4">
          <dt className="text-sm text-muted">Thời gian duyệt trung vị</dt>
          <dd className="text-2xl font-bold" data-testid="median-time">
            {duration(m.medianSeconds)}
          </dd>
        </div>
        <div className="rounded border border-line bg-white p-4">
          <dt className="text-sm text-muted">Thao tác theo người kiểm duyệt</dt>
          <dd>
            <ul className="mt-1 text-sm">
              {m.perModerator.length === 0 ? <li>Chưa có thao tác.</li> : null}
              {m.perModerator.map((p) => (
                <li key={p.name}>
                  {p.name}: <strong>{p.acts}</strong>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <section aria-labelledby="hang-doi" className="mt-6 rounded border border-line bg-white p-4">
        <h2 id="hang-doi" className="font-semibold">
          Số bình luận chờ duyệt theo giờ (48 giờ qua)
        </h2>
        <svg viewBox={`0 0 ${w} ${h}`} className="mt-3 h-32 w-full" role="img" aria-label={`Nhiều nhất ${max} bình luận chờ duyệt; hiện tại ${m.queue.at(-1)?.pending ?? 0}`}>
          <polyline points={points} fill="none" stroke="#9f1d20" strokeWidth="2" />
        </svg>
      </section>
    </>
  );
}
