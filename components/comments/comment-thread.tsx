'use client';

import { useCallback, useEffect, useState } from 'react';
import { FlagIcon, ReplyIcon, ThumbUpIcon } from '@/components/ui/icons';
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

/** The most ids one question to /api/binh-luan/thich may name (LIKES_QUERY_MAX on the server). */
const LIKES_PER_QUESTION = 100;

type LikesAnswer = { likes: Record<number, number>; liked: number[] };

const idsOf = (items: ThreadItem[]) => items.flatMap((c) => [c.id, ...c.replies.map((r) => r.id)]);

async function askLikes(ids: number[]): Promise<LikesAnswer | null> {
  const answer: LikesAnswer = { likes: {}, liked: [] };
  for (let i = 0; i < ids.length; i += LIKES_PER_QUESTION) {
    const res = await fetch(`/api/binh-luan/thich?ids=${ids.slice(i, i + LIKES_PER_QUESTION).join(',')}`).catch(() => null);
    const data = res?.ok ? ((await res.json().catch(() => null)) as LikesAnswer | null) : null;
    if (!data) return i ? answer : null;
    Object.assign(answer.likes, data.likes);
    answer.liked.push(...data.liked);
  }
  return answer;
}

/**
 * Like counts as they are now and this browser's own likes. The comments arrive inside the cached
 * page, the same for every reader and as old as the page: the counts and the liked state are asked
 * for once the thread is on screen, and again for each further page.
 */
function useLikes(initial: ThreadItem[]) {
  const [counts, setCounts] = useState<Record<number, number>>({});
  const [liked, setLiked] = useState<ReadonlySet<number>>(new Set());

  const merge = useCallback((data: LikesAnswer | null) => {
    if (!data) return;
    setCounts((old) => ({ ...old, ...data.likes }));
    setLiked((old) => new Set([...old, ...data.liked]));
  }, []);

  // The first page, once: later pages are asked for as they load (`refresh`).
  const [firstIds] = useState(() => idsOf(initial));
  useEffect(() => {
    let current = true;
    askLikes(firstIds).then((data) => current && merge(data));
    return () => {
      current = false;
    };
  }, [firstIds, merge]);

  const refresh = (items: ThreadItem[]) => askLikes(idsOf(items)).then(merge);

  /** Likes one comment; an error message for the reader, or null. */
  async function like(id: number): Promise<string | null> {
    const res = await fetch('/api/binh-luan/thich', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ commentId: id }) });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) return failureMessage(data, 'Không thực hiện được.');
    setCounts((old) => ({ ...old, [id]: data.likes }));
    setLiked((old) => new Set([...old, id]));
    return null;
  }

  return { likesOf: (c: ThreadComment) => counts[c.id] ?? c.likes, liked, like, refresh };
}

type Likes = ReturnType<typeof useLikes>;

function OneComment({ c, likes, onReply, replying }: { c: ThreadComment; likes: Likes; onReply?: () => void; replying?: boolean }) {
  const [note, setNote] = useState('');
  const [reporting, setReporting] = useState(false);
  const count = likes.likesOf(c);
  const liked = likes.liked.has(c.id);

  async function like() {
    // One like per browser: a second press changes nothing.
    if (liked) return;
    setNote((await likes.like(c.id)) ?? '');
  }

  async function report(form: HTMLFormElement) {
    const reason = new FormData(form).get('reason');
    const res = await fetch('/api/binh-luan/bao-cao', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ commentId: c.id, reason }) });
    const data = await res.json().catch(() => ({}));
    setNote(res.ok ? data.message : failureMessage(data, 'Không thực hiện được.'));
    if (res.ok) setReporting(false);
  }

  // 44 px tall on a phone, 24 px from `sm` up: big enough for a thumb, and for a mouse.
  const action = 'inline-flex min-h-11 items-center gap-1 text-sm font-semibold hover:text-brand sm:min-h-6';
  const small = `${action} text-muted`;
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
        <button
          type="button"
          onClick={like}
          className={`${action} ${liked ? 'text-brand' : 'text-muted'}`}
          aria-pressed={liked}
          aria-label={`Thích bình luận của ${c.authorName}`}
          title={liked ? 'Bạn đã thích bình luận này' : undefined}
        >
          <ThumbUpIcon filled={liked} />
          Thích{count ? ` (${count})` : ''}
        </button>
        {onReply ? (
          <button type="button" id={`tra-loi-${c.id}`} onClick={onReply} className={small} aria-expanded={replying}>
            <ReplyIcon />
            Trả lời
          </button>
        ) : null}
        <button type="button" onClick={() => setReporting((r) => !r)} className={small} aria-expanded={reporting}>
          <FlagIcon />
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
              <label key={value} className="mr-4 inline-flex min-h-11 items-center gap-1 sm:min-h-6">
                <input type="radio" name="reason" value={value} required /> {label}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="mt-2 min-h-11 rounded border border-neutral-500 px-3 py-1 font-semibold sm:min-h-6">
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
  const [replySent, setReplySent] = useState<{ id: number; message: string } | null>(null);
  const likes = useLikes(items);

  /** Closes the reply form and puts the focus back on the comment's "Trả lời". */
  function closeReply(id: number, sent?: string) {
    setReplyTo(null);
    setReplySent(sent === undefined ? null : { id, message: sent });
    document.getElementById(`tra-loi-${id}`)?.focus();
  }

  async function load(nextOrder: 'newest' | 'oldest', cursor: string | null) {
    setLoading(true);
    try {
      const params = new URLSearchParams({ bai: String(articleId), 'thu-tu': nextOrder });
      if (cursor) params.set('sau', cursor);
      const res = await fetch(`/api/binh-luan?${params}`);
      const page = (await res.json()) as ThreadPage & { ok: boolean };
      if (!res.ok) return;
      setItems((old) => (cursor ? [...old, ...page.items] : page.items));
      void likes.refresh(page.items);
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
                className={`min-h-11 rounded border px-3 py-0.5 sm:min-h-6 ${order === o ? 'border-brand font-semibold text-brand' : 'border-line'}`}
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
            <OneComment
              c={c}
              likes={likes}
              replying={replyTo === c.id}
              onReply={
                open
                  ? () => {
                      setReplySent(null);
                      setReplyTo(replyTo === c.id ? null : c.id);
                    }
                  : undefined
              }
            />
            {c.replies.length ? (
              <ul className="mt-3 space-y-3 border-l-2 border-line pl-4">
                {c.replies.map((r) => (
                  <li key={r.id}>
                    <OneComment c={r} likes={likes} />
                  </li>
                ))}
              </ul>
            ) : null}
            {replyTo === c.id ? (
              <CommentForm articleId={articleId} parentId={c.id} action={action} compact onSent={(message) => closeReply(c.id, message)} onCancel={() => closeReply(c.id)} />
            ) : null}
            {replySent?.id === c.id ? (
              <p role="status" className="mt-2 rounded bg-panel px-3 py-2 text-sm font-semibold text-success">
                {replySent.message}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {next ? (
        <button type="button" disabled={loading} onClick={() => load(order, next)} className="mt-3 min-h-11 w-full rounded border border-line py-2 font-semibold hover:border-brand">
          {loading ? 'Đang tải…' : 'Xem thêm bình luận'}
        </button>
      ) : null}
    </div>
  );
}
