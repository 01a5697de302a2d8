import Link from 'next/link';
import { MarkReadButton } from '@/components/desk/notification-forms';
import { requireDeskUser } from '@/lib/auth/session';
import { formatPublishedAt } from '@/lib/dates';
import { listNotifications } from '@/lib/notifications';
import { markNotificationsReadAction } from './actions';

const kindLabels = {
  returned: 'Trả bài',
  approved: 'Đã duyệt',
  published: 'Xuất bản',
  waiting: 'Chờ bạn duyệt',
  correction: 'Đính chính',
  topic_proposed: 'Đề tài mới',
  topic_assigned: 'Giao đề tài',
  topic_approved: 'Duyệt đề tài',
  topic_declined: 'Từ chối đề tài',
  topic_due: 'Sắp đến hạn',
  topic_overdue: 'Quá hạn',
} as const;

export default async function Notifications() {
  const user = await requireDeskUser('desk.enter', '/desk/thong-bao');
  const items = await listNotifications({ userId: user.id });
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Thông báo</h1>
        {unread ? <MarkReadButton label="Đánh dấu tất cả đã đọc" action={markNotificationsReadAction} /> : null}
      </div>
      {items.length === 0 ? (
        <p className="mt-6 text-muted">Bạn chưa có thông báo nào.</p>
      ) : (
        <ul className="mt-6 space-y-2">
          {items.map((n) => (
            <li
              key={n.id}
              data-testid="notification"
              data-unread={n.readAt ? undefined : 'true'}
              className={`flex flex-wrap items-start justify-between gap-3 rounded border p-3 ${n.readAt ? 'border-line bg-white' : 'border-brand bg-amber-50'}`}
            >
              <div>
                <p className="text-sm text-muted">
                  {kindLabels[n.kind]} · {formatPublishedAt(n.createdAt)}
                  {n.readAt ? '' : ' · chưa đọc'}
                </p>
                {n.articleId || n.topicId ? (
                  <Link href={n.articleId ? `/desk/bai-viet/${n.articleId}` : `/desk/de-tai/${n.topicId}`} className="font-semibold hover:text-brand">
                    {n.message}
                  </Link>
                ) : (
                  <p className="font-semibold">{n.message}</p>
                )}
              </div>
              {n.readAt ? null : <MarkReadButton id={n.id} label="Đã đọc" action={markNotificationsReadAction} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
