import Link from 'next/link';
import { LiftBanButton } from '@/components/comments/lift-ban-button';
import { requireDeskUser } from '@/lib/auth/session';
import { banKindLabels, listActiveBans } from '@/lib/comments/commenters';
import { formatPublishedAt } from '@/lib/dates';
import { liftBanAction } from '../actions';

export const metadata = { title: 'Người bình luận đang bị chặn' };

export default async function BannedCommenters() {
  const user = await requireDeskUser('comment.moderate', '/desk/binh-luan/chan');
  const bans = await listActiveBans({ actor: user });
  return (
    <>
      <p className="text-sm">
        <Link href="/desk/binh-luan" className="underline">
          Kiểm duyệt bình luận
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold">Người bình luận đang bị chặn</h1>
      <p className="mt-1 text-sm text-muted">Bình luận mới của người bị chặn bị từ chối mà họ không được báo. Bỏ chặn có hiệu lực ngay và được ghi vào nhật ký.</p>
      {bans.length === 0 ? (
        <p className="mt-4 text-muted">Không có ai đang bị chặn.</p>
      ) : (
        <table className="table-cards mt-4 w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="p-2">Người bình luận</th>
              <th scope="col" className="p-2">Chặn</th>
              <th scope="col" className="p-2">Đến</th>
              <th scope="col" className="p-2">Lý do</th>
              <th scope="col" className="p-2">Người chặn</th>
              <th scope="col" className="p-2">
                <span className="sr-only">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {bans.map((b) => {
              const who = b.authorName ?? 'Không rõ tên';
              return (
                <tr key={b.id} className="border-b border-line align-top" data-testid="ban-row">
                  <td className="p-2 font-semibold" data-label="Người bình luận">
                    {b.commentId ? (
                      <Link href={`/desk/binh-luan/${b.commentId}`} className="underline">
                        {who}
                      </Link>
                    ) : (
                      who
                    )}
                  </td>
                  <td className="p-2" data-label="Chặn">
                    {banKindLabels[b.kind]}
                  </td>
                  <td className="p-2" data-label="Đến">
                    <time dateTime={b.until.toISOString()}>{formatPublishedAt(b.until)}</time>
                  </td>
                  <td className="p-2" data-label="Lý do">
                    {b.reason}
                  </td>
                  <td className="p-2" data-label="Người chặn">
                    {b.createdBy ?? 'Không rõ'} · {formatPublishedAt(b.createdAt)}
                  </td>
                  <td className="p-2">
                    <LiftBanButton banId={b.id} who={who} action={liftBanAction} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
