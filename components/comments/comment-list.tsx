import { formatPublishedAt } from '@/lib/dates';

type Item = { id: number; authorName: string; body: string; createdAt: Date };

/** Comment text is rendered as text: React escapes it, no HTML from readers ever reaches the page. */
export function CommentList({ comments }: { comments: Item[] }) {
  if (comments.length === 0) return <p className="text-muted">Chưa có bình luận nào. Hãy là người đầu tiên góp ý.</p>;
  return (
    <ul className="divide-y divide-line">
      {comments.map((c) => (
        <li key={c.id} className="py-3" data-testid="comment">
          <p className="text-sm">
            <span className="font-semibold">{c.authorName}</span>{' '}
            <time className="text-muted" dateTime={c.createdAt.toISOString()}>
              {formatPublishedAt(c.createdAt)}
            </time>
          </p>
          <p className="mt-1 whitespace-pre-line">{c.body}</p>
        </li>
      ))}
    </ul>
  );
}
