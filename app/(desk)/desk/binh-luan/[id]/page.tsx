import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BanForm } from '@/components/comments/ban-form';
import { requireDeskUser } from '@/lib/auth/session';
import { queueLabels } from '@/lib/comments/comments';
import { banKindLabels, listCommenterHistory } from '@/lib/comments/commenters';
import { formatPublishedAt } from '@/lib/dates';
import { idParam } from '@/lib/ids';
import { banCommenterAction } from '../actions';

const sharesLabels = { email: 'cùng email', browser: 'cùng trình duyệt', ip: 'chỉ cùng địa chỉ IP' } as const;

export default async function CommenterHistory({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireDeskUser('comment.moderate', `/desk/binh-luan/${id}`);
  const n = idParam.safeParse(id);
  const history = n.success ? await listCommenterHistory({ actor: user, commentId: n.data }) : null;
  if (!history) notFound();
  const { comment, rows, bans, pendingBy, addressNames, sharedAddress, preferredKind } = history;
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <p className="text-sm">
          <Link href="/desk/binh-luan" className="underline">
            Kiểm duyệt bình luận
          </Link>{' '}
          ·{' '}
          <Link href="/desk/binh-luan/chan" className="underline">
            Danh sách đang bị chặn
          </Link>
          {/* On a phone the form sits under the whole history. */}
          <span className="lg:hidden">
            {' '}
            ·{' '}
            <a href="#chan" className="underline">
              Đến ô chặn người này
            </a>
          </span>
        </p>
        <h1 className="mt-1 text-2xl font-bold">Lịch sử bình luận của {comment.authorName}</h1>
        <p className="mt-1 text-sm text-muted">
          Các bình luận cùng email, cùng trình duyệt hoặc cùng địa chỉ IP (chỉ lưu dạng mã hóa). Mỗi dòng ghi tên người viết và điểm chung với bình luận này.
        </p>
        {sharedAddress ? (
          <p className="mt-3 rounded border border-amber-600 bg-amber-50 p-2 text-sm text-amber-950" data-testid="shared-address">
            <strong>Địa chỉ IP này có {addressNames} tên người bình luận khác nhau.</strong> Có thể đây là mạng di động hoặc wifi dùng chung của nhiều người: chặn theo IP sẽ
            chặn cả những người khác. Nên chặn theo email hoặc theo trình duyệt.
          </p>
        ) : null}
        {bans.length ? (
          <p className="mt-3 rounded bg-amber-100 p-2 text-sm text-amber-950" data-testid="ban-active">
            Đang bị chặn đến {formatPublishedAt(bans[0].until)} ({banKindLabels[bans[0].kind]}): {bans[0].reason}.{' '}
            <Link href="/desk/binh-luan/chan" className="underline">
              Bỏ chặn
            </Link>
          </p>
        ) : null}
        <ul className="mt-4 space-y-3">
          {rows.map((r) => (
            <li key={r.id} className="rounded border border-line bg-white p-3 text-sm" data-testid="history-row">
              <p className="text-muted">
                <span className="font-semibold text-ink">{r.authorName}</span> · {formatPublishedAt(r.createdAt)} · {queueLabels[r.status]} · {r.articleTitle}
                {r.id === comment.id ? (
                  <span className="ml-1 rounded bg-neutral-200 px-1 text-xs text-ink">bình luận đang xem</span>
                ) : (
                  <span className={`ml-1 rounded px-1 text-xs ${r.shares === 'ip' ? 'bg-amber-100 text-amber-950' : 'bg-neutral-200 text-ink'}`}>{sharesLabels[r.shares]}</span>
                )}
              </p>
              <p className="mt-1 whitespace-pre-line break-words">{r.body}</p>
            </li>
          ))}
        </ul>
      </div>
      <aside id="chan">
        <BanForm
          commentId={comment.id}
          has={{ email: Boolean(comment.emailHash), browser: Boolean(comment.browserHash), ip: Boolean(comment.ipHash) }}
          preferred={preferredKind}
          sharedAddress={sharedAddress}
          pendingBy={pendingBy}
          action={banCommenterAction}
        />
      </aside>
    </div>
  );
}
