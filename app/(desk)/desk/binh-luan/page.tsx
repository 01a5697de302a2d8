import Link from 'next/link';
import { ModerationActions } from '@/components/comments/moderation-item';
import { articlePath } from '@/lib/articles/public';
import { requireDeskUser } from '@/lib/auth/session';
import { listModerationQueue } from '@/lib/comments/comments';
import { formatPublishedAt } from '@/lib/dates';
import { moderateCommentAction } from './actions';

export default async function ModerationQueue() {
  await requireDeskUser('comment.moderate', '/desk/binh-luan');
  const queue = await listModerationQueue({ status: 'pending' });
  return (
    <>
      <h1 className="text-2xl font-bold">Bình luận chờ duyệt ({queue.length})</h1>
      {queue.length === 0 ? (
        <p className="mt-4 text-muted">Không còn bình luận nào chờ duyệt.</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {queue.map((c) => (
            <li key={c.id} className="rounded border border-line bg-white p-4" data-testid="queued-comment">
              <p className="text-sm text-muted">
                <span className="font-semibold text-ink">{c.authorName}</span> · {formatPublishedAt(c.createdAt)} · bài{' '}
                <Link href={articlePath({ id: c.articleId, slug: c.articleSlug }, c.sectionSlug)} className="text-brand underline">
                  {c.articleTitle}
                </Link>
              </p>
              <p className="mt-2 whitespace-pre-line">{c.body}</p>
              <ModerationActions commentId={c.id} action={moderateCommentAction} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
