import Link from 'next/link';
import { TopicCard } from '@/components/planning/topic-card';
import { DateTimeField } from '@/components/ui/date-time-field';
import { listSections } from '@/lib/articles/public';
import { can } from '@/lib/auth/permissions';
import { requireDeskUser } from '@/lib/auth/session';
import { now as clockNow } from '@/lib/clock';
import { displayDay, vietnamIsoDay } from '@/lib/dates';
import { topicStatuses, topicStatusLabels, topicStatusParams } from '@/lib/planning/machine';
import { boardParamsSchema } from '@/lib/planning/schema';
import { firstValues } from '@/lib/search-params';
import { listPlanningBoard, listTopicWriters, type TopicCard as Card } from '@/lib/planning/topics';
import { weekOf, weekOfIsoDay } from '@/lib/planning/week';

const field = 'mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1';

/** The planning board (kế hoạch đề tài): a week by ngày dự kiến đăng, or by section, with filters. */
export default async function PlanningBoard({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireDeskUser('topic.propose', '/desk/de-tai');
  const params = boardParamsSchema.parse(firstValues(await searchParams));
  const now = clockNow();
  const monday = (params.tuan ? weekOfIsoDay(params.tuan) : weekOf(now)).monday;
  const planView = can(user.role, 'topic.plan');
  const [board, sections, writers] = await Promise.all([
    listPlanningBoard({
      actor: user,
      filters: { monday, status: params['trang-thai'], sectionId: params['chuyen-muc'], reporterId: planView ? params['phong-vien'] : undefined },
      now,
    }),
    listSections(),
    planView ? listTopicWriters({ actor: user }) : Promise.resolve([]),
  ]);
  const { week } = board;
  const bySection = params.xem === 'chuyen-muc';
  const href = (over: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    const all = {
      tuan: week.monday,
      'trang-thai': params['trang-thai'] ? topicStatusParams[params['trang-thai']] : undefined,
      'chuyen-muc': params['chuyen-muc']?.toString(),
      'phong-vien': params['phong-vien']?.toString(),
      xem: params.xem,
      ...over,
    };
    for (const [k, v] of Object.entries(all)) if (v) q.set(k, v);
    return `/desk/de-tai?${q}`;
  };
  const today = vietnamIsoDay(now);
  const overdue = board.topics.filter((t) => t.status === 'overdue').length + board.owed.length;
  const tab = (active: boolean) =>
    `block rounded border px-3 py-1.5 text-sm ${active ? 'border-neutral-900 bg-neutral-900 text-white' : 'border-neutral-400 bg-white hover:border-brand'}`;

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Kế hoạch đề tài</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/desk/de-tai/moi" className="rounded bg-masthead px-4 py-2 font-semibold text-white">
            {planView ? 'Thêm đề tài' : 'Đề xuất đề tài'}
          </Link>
          <Link href={`/desk/de-tai/bao-cao?tuan=${week.monday}`} className="rounded border border-neutral-500 bg-white px-4 py-2 font-semibold hover:border-brand">
            Báo cáo tuần
          </Link>
        </div>
      </div>

      <nav aria-label="Chọn tuần" className="mt-4 flex flex-wrap items-center gap-2">
        <Link href={href({ tuan: week.previous })} className={tab(false)} rel="prev">
          ‹ Tuần trước
        </Link>
        <p className="px-1 font-semibold" data-testid="board-week">
          Tuần {week.label}
        </p>
        <Link href={href({ tuan: week.next })} className={tab(false)} rel="next">
          Tuần sau ›
        </Link>
        {today < week.monday || today >= week.next ? (
          <Link href={href({ tuan: undefined })} className={tab(false)}>
            Tuần này
          </Link>
        ) : null}
        <span className="grow" />
        <Link href={href({ xem: undefined })} aria-current={bySection ? undefined : 'page'} className={tab(!bySection)}>
          Theo ngày
        </Link>
        <Link href={href({ xem: 'chuyen-muc' })} aria-current={bySection ? 'page' : undefined} className={tab(bySection)}>
          Theo chuyên mục
        </Link>
      </nav>

      <form method="get" action="/desk/de-tai" className="mt-3 grid gap-3 rounded border border-line bg-white p-3 sm:grid-cols-2 lg:grid-cols-5" aria-label="Lọc đề tài">
        {params.xem ? <input type="hidden" name="xem" value={params.xem} /> : null}
        <div>
          <label htmlFor="loc-tuan" className="block text-sm font-semibold">
            Tuần có ngày
          </label>
          <DateTimeField id="loc-tuan" name="tuan" defaultValue={displayDay(week.monday)} />
        </div>
        <label className="block text-sm font-semibold">
          Trạng thái
          <select name="trang-thai" defaultValue={params['trang-thai'] ? topicStatusParams[params['trang-thai']] : ''} className={field}>
            <option value="">Tất cả</option>
            {topicStatuses.map((s) => (
              <option key={s} value={topicStatusParams[s]}>
                {topicStatusLabels[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-semibold">
          Chuyên mục
          <select name="chuyen-muc" defaultValue={params['chuyen-muc'] ?? ''} className={field}>
            <option value="">Tất cả</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        {planView ? (
          <label className="block text-sm font-semibold">
            Phóng viên
            <select name="phong-vien" defaultValue={params['phong-vien'] ?? ''} className={field}>
              <option value="">Tất cả</option>
              {writers.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded border border-neutral-500 bg-white px-4 py-1.5 font-semibold hover:border-brand">
            Lọc
          </button>
          <Link href="/desk/de-tai" className="text-sm underline">
            Bỏ lọc
          </Link>
        </div>
      </form>

      <p className="mt-3 text-sm" data-testid="board-summary">
        {board.topics.length} đề tài trong tuần
        {overdue ? (
          <>
            {' · '}
            <strong className="text-danger">{overdue} quá hạn</strong>
          </>
        ) : null}
      </p>

      {board.owed.length ? (
        <section aria-labelledby="con-no" className="mt-3 rounded border-2 border-red-700 bg-red-50 p-3">
          <h2 id="con-no" className="font-semibold text-danger">
            Quá hạn từ các tuần trước ({board.owed.length})
          </h2>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
            {board.owed.map((t) => (
              <li key={t.id}>
                <TopicCard topic={t} now={now} showDay />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {bySection ? <SectionView topics={board.topics} sections={sections} now={now} /> : <DayView topics={board.topics} days={week.days} today={today} now={now} />}
    </>
  );
}

function DayView({ topics, days, today, now }: { topics: Card[]; days: { iso: string; label: string; date: string }[]; today: string; now: Date }) {
  return (
    <div className="mt-4 grid gap-3 lg:grid-cols-7 lg:gap-2" data-testid="board-days">
      {days.map((d) => {
        const ofDay = topics.filter((t) => t.expectedOn === d.iso);
        const isToday = d.iso === today;
        return (
          <section key={d.iso} aria-labelledby={`ngay-${d.iso}`} data-day={d.iso} className={`min-w-0 rounded p-2 ${isToday ? 'bg-amber-50 ring-2 ring-amber-400' : 'bg-neutral-100'}`}>
            <h2 id={`ngay-${d.iso}`} className="flex items-baseline justify-between text-sm font-semibold">
              <span>
                {d.label} {d.date}
              </span>
              <span className="text-xs font-normal text-muted">{isToday ? 'Hôm nay' : ofDay.length ? `${ofDay.length} đề tài` : ''}</span>
            </h2>
            {ofDay.length ? (
              <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-1">
                {ofDay.map((t) => (
                  <li key={t.id}>
                    <TopicCard topic={t} now={now} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-xs text-muted">Chưa có đề tài.</p>
            )}
          </section>
        );
      })}
    </div>
  );
}

function SectionView({ topics, sections, now }: { topics: Card[]; sections: { id: number; name: string }[]; now: Date }) {
  const used = sections.filter((s) => topics.some((t) => t.sectionId === s.id));
  if (!used.length) return <p className="mt-6 text-muted">Tuần này chưa có đề tài nào.</p>;
  return (
    <div className="mt-4 grid gap-4">
      {used.map((s) => {
        const of = topics.filter((t) => t.sectionId === s.id);
        return (
          <section key={s.id} aria-labelledby={`cm-${s.id}`} className="rounded bg-neutral-100 p-2">
            <h2 id={`cm-${s.id}`} className="text-sm font-semibold">
              {s.name} <span className="font-normal text-muted">({of.length})</span>
            </h2>
            <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
              {of.map((t) => (
                <li key={t.id}>
                  <TopicCard topic={t} now={now} showSection={false} showDay />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
