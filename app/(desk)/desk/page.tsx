import Link from 'next/link';
import type { ReactNode } from 'react';
import { TopicCard } from '@/components/planning/topic-card';
import type { MyDeskRow } from '@/lib/articles/my-desk';
import { articlePath } from '@/lib/articles/public';
import { statusLabelOf } from '@/lib/articles/workflow';
import { requireDeskUser } from '@/lib/auth/session';
import { now as clockNow } from '@/lib/clock';
import { queueLabels } from '@/lib/comments/comments';
import { formatClockTime, formatPublishedAt } from '@/lib/dates';
import { getDeskHome } from '@/lib/desk-home';
import type { TopicCard as TopicCardData } from '@/lib/planning/topics';
import { formatVnd } from '@/lib/money';
import { formatMonth } from '@/lib/royalties/rules';

const number = new Intl.NumberFormat('vi-VN');

/** One part of the home page: a heading, a link to the whole list, and what to say when it is empty. */
function Part({ id, title, more, empty, count, children }: { id: string; title: string; more?: { href: string; label: string }; empty: string; count: number; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded border border-line bg-white p-4" data-testid={`home-${id}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="font-semibold">
          {title}
        </h2>
        {more ? (
          <Link href={more.href} className="text-sm text-brand underline">
            {more.label}
          </Link>
        ) : null}
      </div>
      {count === 0 ? <p className="mt-2 text-sm text-muted">{empty}</p> : <div className="mt-2">{children}</div>}
    </section>
  );
}

function Stories({ rows, now, when }: { rows: MyDeskRow[]; now: Date; when?: (r: MyDeskRow) => string }) {
  return (
    <ul className="divide-y divide-line">
      {rows.map((r) => (
        <li key={r.id} className="py-2">
          <Link href={`/desk/bai-viet/${r.id}`} className="font-semibold leading-snug hover:text-brand hover:underline [overflow-wrap:anywhere]">
            {r.title || '(Chưa có tiêu đề)'}
          </Link>
          <p className="text-xs text-muted">
            {[r.sectionName ?? 'Chưa chọn chuyên mục', r.authorName, when ? when(r) : statusLabelOf(r, now)].join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}

function Topics({ topics, now }: { topics: TopicCardData[]; now: Date }) {
  return (
    <div className="grid gap-2">
      {topics.map((t) => (
        <TopicCard key={t.id} topic={t} now={now} showDay />
      ))}
    </div>
  );
}

function Figure({ label, value, href }: { label: string; value: string; href?: string }) {
  const body = (
    <>
      <span className="block text-sm text-muted">{label}</span>
      <span className="text-3xl font-bold">{value}</span>
    </>
  );
  return href ? (
    <Link href={href} className="block rounded border border-line p-3 hover:border-brand">
      {body}
    </Link>
  ) : (
    <div className="rounded border border-line p-3">{body}</div>
  );
}

function minutes(seconds: number | null): string {
  if (seconds === null) return 'Chưa có';
  if (seconds < 90) return `${Math.round(seconds)} giây`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} phút`;
  return `${number.format(Math.round((seconds / 3600) * 10) / 10)} giờ`;
}

export default async function DeskHome() {
  const user = await requireDeskUser('desk.enter', '/desk');
  const now = clockNow();
  const home = await getDeskHome({ actor: user, now });
  const topicsLink = { href: '/desk/de-tai', label: 'Kế hoạch đề tài' };
  // The figure parts lead to Thống kê, for those who may read it.
  const statsLink = (href: string, label: string) => (home.stats ? { href, label } : undefined);

  return (
    <>
      <h1 className="text-2xl font-bold">Tổng quan tòa soạn</h1>
      <p className="mt-1 text-sm text-muted">
        Chào {user.name}: việc của bạn hôm nay, {formatPublishedAt(now).split(' - ')[0]}.
      </p>
      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        {home.returned ? (
          <Part id="tra-lai" title="Bài bị trả lại" count={home.returned.length} empty="Không có bài nào bị trả lại." more={{ href: '/desk/bai-viet?ds=tra-lai', label: 'Xem tất cả' }}>
            <Stories rows={home.returned} now={now} />
          </Part>
        ) : null}
        {home.waiting ? (
          <Part id="cho-toi" title="Chờ tôi duyệt" count={home.waiting.length} empty="Không có bài nào chờ bạn." more={{ href: '/desk/duyet-bai', label: 'Duyệt bài' }}>
            <Stories rows={home.waiting} now={now} />
          </Part>
        ) : null}
        {home.myTopics ? (
          <Part id="de-tai-cua-toi" title="Đề tài của tôi" count={home.myTopics.length} empty="Bạn chưa có đề tài nào đang làm." more={topicsLink}>
            <Topics topics={home.myTopics} now={now} />
          </Part>
        ) : null}
        {home.topicsDue ? (
          <Part id="de-tai-den-han" title="Đề tài đến hạn hôm nay và quá hạn" count={home.topicsDue.length} empty="Không có đề tài nào đến hạn." more={topicsLink}>
            <Topics topics={home.topicsDue} now={now} />
          </Part>
        ) : null}
        {home.scheduledToday ? (
          <Part id="len-trang-hom-nay" title="Hẹn giờ lên trang hôm nay" count={home.scheduledToday.length} empty="Hôm nay không có bài hẹn giờ." more={{ href: '/desk/bai-viet?ds=hen-gio', label: 'Tất cả bài hẹn giờ' }}>
            <Stories rows={home.scheduledToday} now={now} when={(r) => `lên trang lúc ${formatClockTime(r.publishedAt!).slice(0, 5)}`} />
          </Part>
        ) : null}
        {home.drafts ? (
          <Part id="nhap" title="Bản nháp của tôi" count={home.drafts.length} empty="Bạn không có bản nháp nào." more={{ href: '/desk/bai-viet?ds=nhap', label: 'Xem tất cả' }}>
            <Stories rows={home.drafts} now={now} when={(r) => `sửa lúc ${formatPublishedAt(r.updatedAt)}`} />
          </Part>
        ) : null}
        {home.readNow ? (
          <Part id="doc-nhieu" title="Bạn đọc đang đọc (24 giờ qua)" count={home.readNow.length} empty="Chưa có lượt đọc nào trong 24 giờ qua." more={statsLink('/desk/thong-ke', 'Thống kê bạn đọc')}>
            <ol className="list-decimal space-y-1 pl-5">
              {home.readNow.map((a) => (
                <li key={a.id}>
                  <Link href={articlePath(a, a.sectionSlug)} className="hover:text-brand hover:underline [overflow-wrap:anywhere]">
                    {a.title}
                  </Link>
                  <span className="text-xs text-muted"> · {a.sectionName}</span>
                </li>
              ))}
            </ol>
          </Part>
        ) : null}
        {home.output ? (
          <Part id="san-luong" title="Sản lượng" count={1} empty="" more={statsLink('/desk/thong-ke/toa-soan', 'Thống kê tòa soạn')}>
            <div className="grid grid-cols-2 gap-3">
              <Figure label="Bài lên trang tuần này" value={number.format(home.output.week)} />
              <Figure label="Bài lên trang tháng này" value={number.format(home.output.month)} />
            </div>
          </Part>
        ) : null}
        {home.myFigures ? (
          <Part id="so-lieu-cua-toi" title="Số liệu của tôi (7 ngày)" count={1} empty="" more={statsLink('/desk/thong-ke', 'Thống kê của tôi')}>
            <div className="grid grid-cols-2 gap-3">
              <Figure label="Lượt đọc bài của tôi" value={number.format(home.myFigures.views)} />
              <Figure label="Bài được đọc" value={number.format(home.myFigures.storiesRead)} />
            </div>
          </Part>
        ) : null}
        {home.royalties ? (
          <Part id="nhuan-but" title="Nhuận bút" count={1} empty="" more={{ href: `/desk/nhuan-but?thang=${home.royalties.month}`, label: `Nhuận bút tháng ${formatMonth(home.royalties.month)}` }}>
            <Figure label={`Của tôi tháng ${formatMonth(home.royalties.month)}`} value={formatVnd(home.royalties.mine)} href={`/desk/nhuan-but/bang-ke?thang=${home.royalties.month}&nguoi=${user.id}`} />
            {home.royalties.toLock.length ? (
              <ul className="mt-3 space-y-1 text-sm" aria-label="Tháng chờ khóa sổ">
                {home.royalties.toLock.map((m) => (
                  <li key={m.month}>
                    <Link href={`/desk/nhuan-but?thang=${m.month}`} className="font-semibold hover:text-brand hover:underline">
                      Tháng {formatMonth(m.month)}
                    </Link>
                    <span className="text-muted">
                      {' '}
                      · {m.status === 'reviewed' ? 'đã soát, chờ khóa sổ' : 'đang chấm'} · {formatVnd(m.total)}
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
          </Part>
        ) : null}
        {home.comments ? (
          <Part id="binh-luan" title="Bình luận" count={1} empty="">
            <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
              <Figure label={queueLabels.pending} value={number.format(home.comments.queues.pending)} href="/desk/binh-luan" />
              <Figure label={queueLabels.reported} value={number.format(home.comments.queues.reported)} href="/desk/binh-luan?hang=reported" />
              <Figure label="Thời gian chờ duyệt (trung vị, 7 ngày)" value={minutes(home.comments.medianSeconds)} href="/desk/binh-luan/thong-ke" />
            </div>
          </Part>
        ) : null}
      </div>
    </>
  );
}
