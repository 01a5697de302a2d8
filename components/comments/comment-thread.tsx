'use client';

import { useState } from 'react';
import type { ActionState } from '@/lib/actions';
import { linkifySegments } from '@/lib/comments/linkify';
import { formatPublishedAt } from '@/lib/dates';
import { failureMessage } from '@/lib/route-answer';
import { CommentForm } from './comment-form';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export type ThreadComment = { id: number; authorName: string; body: string; createdAt: string; likes: number; staff?: boolean };
export type ThreadItem = ThreadComment & { replies: ThreadComment[] };
export type ThreadPage = { total: number; items: ThreadItem[]; nextCursor: string | null };

const reasons = [
  ['spam', 'Quảng cáo, spam'],
  ['offensive', 'Xúc phạm, thô tục'],
  ['off_topic', 'Không liên quan đến bài viết'],
  ['other', 'Lý do khác'],
] as const;

/** Reader text as text; links become nofollow links, nothing else is markup. */
function CommentText({ text }: { text: string }) {
  return (
    <p className="mt-1 whitespace-pre-line break-words">
      {linkifySegments(text).map((s, i) =>
        s.href ? (
          <a key={i} href={s.href} rel="nofollow ugc noopener" target="_blank" className="text-brand underline">
            {s.text}
          </a>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}

function OneComment({ c, onReply }: { c: ThreadComment; onReply?: () => void }) {
  const [likes, setLikes] = useState(c.likes);
  const [note, setNote] = useState('');
  const [reporting, setReporting] = useState(false);

  async function like() {
    const res = await fetch('/api/binh-luan/thich', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ commentId: c.id }) });
    const data = await res.json().catch(() => ({}));
    if (res.ok) setLikes(data.likes);
    else setNote(failureMessage(data, 'Không thực hiện được.'));
  }

  async function report(form: HTMLFormElement) {
    const reason = new FormData(form).get('reason');
    const res = await fetch('/api/binh-luan/bao-cao', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ commentId: c.id, reason }) });
    const data = await res.json().catch(() => ({}));
    setNote(res.ok ? data.message : failureMessage(data, 'Không thực hiện được.'));
    if (res.ok) setReporting(false);
  }

  const small = 'text-sm font-semibold text-muted hover:text-brand';
  return (
    <div data-testid="comment" data-comment-id={c.id} data-staff={c.staff ? 'true' : undefined} className={c.staff ? 'border-l-4 border-brand pl-3' : undefined}>
      <p className="text-sm">
        <span className="font-semibold">{c.authorName}</span>{' '}
        {c.staff ? <span className="rounded border border-brand px-1.5 text-xs font-semibold text-brand">Tòa soạn</span> : null}{' '}
        <time className="text-muted" dateTime={c.createdAt}>
          {formatPublishedAt(new Date(c.createdAt))}
        </time>
      </p>
      <CommentText text={c.body} />
      <div className="mt-1 flex flex-wrap items-center gap-4">
        <button type="button" onClick={like} className={small} aria-label={`Thích bình luận của ${c.authorName}`}>
          Thích{likes ? ` (${likes})` : ''}
        </button>
        {onReply ? (
          <button type="button" onClick={onReply} className={small}>
            Trả lời
          </button>
        ) : null}
        <button type="button" onClick={() => setReporting((r) => !r)} className={small} aria-expanded={reporting}>
          Báo cáo vi phạm
        </button>
        <span role="status" className="text-sm text-muted">
          {note}
        </span>
      </div>
      {reporting ? (
        <form
          className="mt-2 rounded border border-line p-3 text-sm"
          onSubmit={(e) => {
            e.preventDefault();
            report(e.currentTarget);
          }}
        >
          <fieldset>
            <legend className="font-semibold">Lý do báo cáo</legend>
            {reasons.map(([value, label]) => (
              <label key={value} className="mr-4 inline-flex items-center gap-1">
                <input type="radio" name="reason" value={value} required /> {label}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="mt-2 rounded border border-neutral-500 px-3 py-1 font-semibold">
            Gửi báo cáo
          </button>
        </form>
      ) : null}
    </div>
  );
}

/**
 * The comments under a story. The first page arrives inside the cached page; sorting and further
 * pages are fetched, so a story with 20,000 comments loads as fast as one with ten.
 */
export function CommentThread({ articleId, initial, action, open }: { articleId: number; initial: ThreadPage; action: Action; open: boolean }) {
  const [order, setOrder] = useState<'newest' | 'oldest'>('newest');
  const [items, setItems] = useState(initial.items);
  const [next, setNext] = useState(initial.nextCursor);
  const [loading, setLoading] = useState(false);
  const [replyTo, setReplyTo] = useState<number | null>(null);

  async function load(nextOrder: 'newest' | 'oldest', cursor: string | null) {
    setLoading(true);
    try {
      const params = new URLSearchParams({ bai: String(articleId), 'thu-tu': nextOrder });
      if (cursor) params.set('sau', cursor);
      const res = await fetch(`/api/binh-luan?${params}`);
      const page = (await res.json()) as ThreadPage & { ok: boolean };
      if (!res.ok) return;
      setItems((old) => (cursor ? [...old, ...page.items] : page.items));
      setNext(page.nextCursor);
      setOrder(nextOrder);
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="mt-3">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p>{initial.total ? `${initial.total.toLocaleString('vi-VN')} bình luận` : 'Chưa có bình luận nào. Hãy là người đầu tiên góp ý.'}</p>
        {initial.total > 1 ? (
          <div role="group" aria-label="Sắp xếp bình luận" className="flex gap-2">
            {(['newest', 'oldest'] as const).map((o) => (
              <button
                key={o}
                type="button"
                aria-pressed={order === o}
                disabled={loading}
                onClick={() => load(o, null)}
                className={`rounded border px-2 py-0.5 ${order === o ? 'border-brand font-semibold text-brand' : 'border-line'}`}
              >
                {o === 'newest' ? 'Mới nhất' : 'Cũ nhất'}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      <ul className="mt-2 divide-y divide-line">
        {items.map((c) => (
          <li key={c.id} className="py-3">
            <OneComment c={c} onReply={open ? () => setReplyTo(replyTo === c.id ? null : c.id) : undefined} />
            {c.replies.length ? (
              <ul className="mt-3 space-y-3 border-l-2 border-line pl-4">
                {c.replies.map((r) => (
                  <li key={r.id}>
                    <OneComment c={r} />
                  </li>
                ))}
              </ul>
            ) : null}
            {replyTo === c.id ? <CommentForm articleId={articleId} parentId={c.id} action={action} compact /> : null}
          </li>
        ))}
      </ul>
      {next ? (
        <button type="button" disabled={loading} onClick={() => load(order, next)} className="mt-3 w-full rounded border border-line py-2 font-semibold hover:border-brand">
          {loading ? 'Đang tải…' : 'Xem thêm bình luận'}
        </button>
      ) : null}
    </div>
  );
}
