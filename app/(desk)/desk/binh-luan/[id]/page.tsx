import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BanForm } from '@/components/comments/ban-form';
import { requireDeskUser } from '@/lib/auth/session';
import { listCommenterHistory, queueLabels } from '@/lib/comments/comments';
import { formatPublishedAt } from '@/lib/dates';
import { banCommenterAction } from '../actions';

export default async function CommenterHistory({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireDeskUser('comment.moderate', `/desk/binh-luan/${id}`);
  const n = Number(id);
  const history = Number.isInteger(n) && n > 0 ? await listCommenterHistory({ actor: user, commentId: n }) : null;
  if (!history) notFound();
  const { comment, rows, bans } = history;
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <p className="text-sm">
          <Link href="/desk/binh-luan" className="underline">
            Kiểm duyệt bình luận
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">Lịch sử bình luận của {comment.authorName}</h1>
        <p className="mt-1 text-sm text-muted">Các bình luận cùng email hoặc cùng địa chỉ IP (chỉ lưu dạng mã hóa).</p>
        {bans.length ? (
          <p className="mt-3 rounded bg-amber-100 p-2 text-sm" data-testid="ban-active">
            Đang bị chặn đến {formatPublishedAt(bans[0].until)} ({bans[0].kind === 'email' ? 'theo email' : 'theo IP'}): {bans[0].reason}
          </p>
        ) : null}
        <ul className="mt-4 space-y-3">
          {rows.map((r) => (
            <li key={r.id} className="rounded border border-line bg-white p-3 text-sm">
              <p className="text-muted">
                {formatPublishedAt(r.createdAt)} · {queueLabels[r.status]} · {r.articleTitle}
              </p>
              <p className="mt-1 whitespace-pre-line">{r.body}</p>
            </li>
          ))}
        </ul>
      </div>
      <aside>
        <BanForm commentId={comment.id} hasEmail={Boolean(comment.emailHash)} action={banCommenterAction} />
      </aside>
    </div>
  );
}
