'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, useRef, useState } from 'react';
import type { ActionState } from '@/lib/actions';
import { formatPublishedAt } from '@/lib/dates';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Verdict = 'approve' | 'reject' | 'spam';

export type BoardItem = {
  id: number;
  authorName: string;
  /** The text as stored, for the moderator's edit. */
  body: string;
  segments: { text: string; match: boolean }[];
  createdAt: string;
  heldFor: string | null;
  reports: number;
  /** The readers' reasons since it was last decided on, with how many gave each; a few of their notes. */
  reportReasons: { label: string; count: number }[];
  reportNotes: string[];
  /** A reply from Ban biên tập. */
  staff: boolean;
  parentBody: string | null;
  articleTitle: string;
  articleHref: string;
  sectionName: string;
};

const heldLabels: Record<string, string> = {
  terms: 'Có từ ngữ cần xem xét',
  links: 'Nhiều liên kết',
  first_time: 'Người bình luận lần đầu',
};

// One word for "this comment may stay": in the Reported queue too, approving keeps it and clears its reports.
const verdictLabels: Record<Verdict, string> = { approve: 'Duyệt', reject: 'Từ chối', spam: 'Spam' };

/**
 * The moderator's own words under one comment: a newsroom reply, or the corrected text to approve.
 * Its action state lives in the board: the comment leaves the list the moment the act succeeds.
 */
function CommentEditor({
  commentId,
  label,
  submitLabel,
  initial,
  state,
  formAction,
  pending,
  onSubmit,
  onCancel,
}: {
  commentId: number;
  label: string;
  submitLabel: string;
  initial: string;
  state: ActionState;
  formAction: (formData: FormData) => void;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const errorId = `sua-${commentId}-loi`;
  const mine = state.values?.commentId === String(commentId);
  return (
    <form action={formAction} onSubmit={onSubmit} className="mt-2 space-y-2">
      <input type="hidden" name="commentId" value={commentId} />
      <label className="block text-sm font-semibold">
        {label}
        <textarea
          name="body"
          defaultValue={mine && state.values?.body !== undefined ? state.values.body : initial}
          key={mine ? state.nonce : 'moi'}
          rows={4}
          maxLength={2000}
          aria-describedby={errorId}
          className="mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1 font-normal"
        />
      </label>
      <p id={errorId} className="text-sm text-danger">
        {mine && state.ok === false ? (state.fieldErrors?.body?.join(' ') ?? state.message) : null}
      </p>
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className="rounded bg-green-800 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-neutral-500 bg-white px-3 py-1.5 text-sm font-semibold">
          Hủy
        </button>
      </div>
    </form>
  );
}

/**
 * The moderator's queue. Keyboard: j/k move, x selects, a/r/s approve, reject or mark spam (the
 * selected comments, or the one in focus), u undoes the last action.
 */
export function ModerationBoard({
  queue,
  items,
  moderate,
  undo,
  reply,
  editApprove,
}: {
  queue: string;
  items: BoardItem[];
  moderate: Action;
  undo: Action;
  reply: Action;
  editApprove: Action;
}) {
  const router = useRouter();
  const [state, act, pending] = useActionState(moderate, {});
  const [editing, setEditing] = useState<{ id: number; kind: 'reply' | 'edit' } | null>(null);
  const [replyState, replyAct, replyPending] = useActionState(reply, {});
  const [editState, editAct, editPending] = useActionState(editApprove, {});
  const [undoState, undoAct, undoPending] = useActionState(undo, {});
  const [focus, setFocus] = useState(0);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [reason, setReason] = useState('');
  const [last, setLast] = useState<'moderate' | 'undo' | 'reply' | 'edit'>('moderate');
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  const current = Math.min(focus, Math.max(0, items.length - 1));

  function run(verdict: Verdict, ids: number[]) {
    if (ids.length === 0) return;
    const fd = new FormData();
    fd.set('ids', ids.join(','));
    fd.set('verdict', verdict);
    if (verdict !== 'approve' && reason) fd.set('reason', reason);
    setLast('moderate');
    startTransition(() => act(fd));
    setSelected(new Set());
  }

  function undoLast() {
    setLast('undo');
    startTransition(() => undoAct(new FormData()));
  }

  const targets = () => (selected.size ? [...selected] : items[current] ? [items[current].id] : []);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const t = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)) return;
      const move = (to: number) => {
        const next = Math.max(0, Math.min(items.length - 1, to));
        setFocus(next);
        rows.current[next]?.focus();
      };
      if (e.key === 'j') move(current + 1);
      else if (e.key === 'k') move(current - 1);
      else if (e.key === 'x' && items[current]) {
        const id = items[current].id;
        setSelected((s) => {
          const n = new Set(s);
          if (n.has(id)) n.delete(id);
          else n.add(id);
          return n;
        });
      } else if (e.key === 'a') run('approve', targets());
      else if (e.key === 'r') run('reject', targets());
      else if (e.key === 's') run('spam', targets());
      else if (e.key === 'u') undoLast();
      else return;
      e.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // The answer to this board's latest act is shown until the list changes under it for another
  // reason (an act in another tab, seen when the moderator comes back to this one): then it is stale.
  const message = { moderate: state, undo: undoState, reply: replyState, edit: editState }[last];
  const listKey = items.map((i) => i.id).join(',');
  const [shownFor, setShownFor] = useState<{ nonce?: string; listKey: string }>({ listKey });
  if (message.nonce !== shownFor.nonce) setShownFor({ nonce: message.nonce, listKey });
  const stale = shownFor.listKey !== listKey;
  const visible = message.message && !stale ? { text: message.message, ok: message.ok !== false } : null;
  // A reply or an edit that went through closes its form.
  const [closedFor, setClosedFor] = useState<string | undefined>(undefined);
  if ((last === 'reply' || last === 'edit') && message.ok && message.nonce !== closedFor) {
    setClosedFor(message.nonce);
    setEditing(null);
  }
  // Only the message of the act in hand is shown at the top; a refused edit says why inside its form.
  const topMessage = (last === 'reply' || last === 'edit') && message.ok === false && message.fieldErrors ? null : visible;

  // Coming back to this tab: fetch the queues again, so that what was decided elsewhere is gone.
  useEffect(() => {
    function onVisible() {
      if (document.visibilityState === 'visible') router.refresh();
    }
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [router]);

  const button = 'rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-60';
  return (
    <section aria-label="Danh sách bình luận" className="mt-4">
      <div className="z-10 flex flex-wrap items-center gap-2 rounded border border-line bg-white p-3 sm:sticky sm:top-0">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={items.length > 0 && selected.size === items.length}
            onChange={(e) => setSelected(e.target.checked ? new Set(items.map((i) => i.id)) : new Set())}
          />
          Chọn tất cả ({selected.size}/{items.length})
        </label>
        <label className="text-sm">
          <span className="sr-only">Lý do từ chối</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} placeholder="Lý do (khi từ chối)" className="rounded border border-neutral-400 px-2 py-1" />
        </label>
        {(['approve', 'reject', 'spam'] as const).map((v) => (
          <button
            key={v}
            type="button"
            disabled={pending || selected.size === 0}
            onClick={() => run(v, [...selected])}
            className={`${button} ${v === 'approve' ? 'bg-green-800 text-white' : 'border border-neutral-500 bg-white'}`}
          >
            {verdictLabels[v]} mục đã chọn
          </button>
        ))}
        <button type="button" disabled={undoPending} onClick={undoLast} className={`${button} border border-neutral-500 bg-white`}>
          Hoàn tác
        </button>
        <p role="status" aria-live="polite" className={`text-sm font-semibold ${topMessage?.ok === false ? 'text-danger' : 'text-success'}`}>
          {topMessage?.text}
        </p>
      </div>
      <p className="mt-2 text-xs text-muted">
        <span className="hidden sm:inline">Phím tắt: j/k di chuyển · x chọn · a duyệt · r từ chối · s spam · u hoàn tác. </span>
        {queue === 'reported' ? 'Duyệt một bình luận bị báo cáo là giữ nó lại và xóa các báo cáo.' : ''}
      </p>
      {items.length === 0 ? (
        <p className="mt-4 text-muted">Không có bình luận nào trong hàng đợi này.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {items.map((c, i) => (
            <li
              key={c.id}
              ref={(el) => {
                rows.current[i] = el;
              }}
              tabIndex={-1}
              onFocus={() => setFocus(i)}
              data-testid="queued-comment"
              data-focused={i === current ? 'true' : undefined}
              className={`rounded border bg-white p-4 outline-none ${i === current ? 'border-neutral-900 ring-2 ring-neutral-900' : 'border-line'}`}
            >
              <div className="flex items-start gap-3">
                <input
                  type="checkbox"
                  aria-label={`Chọn bình luận của ${c.authorName}`}
                  checked={selected.has(c.id)}
                  onChange={() =>
                    setSelected((s) => {
                      const n = new Set(s);
                      if (n.has(c.id)) n.delete(c.id);
                      else n.add(c.id);
                      return n;
                    })
                  }
                  className="mt-1"
                />
                <div className="min-w-0 flex-1">
                  <p className="text-sm text-muted">
                    <span className="font-semibold text-ink">{c.authorName}</span> · {formatPublishedAt(new Date(c.createdAt))} · {c.sectionName} ·{' '}
                    <Link href={c.articleHref} prefetch={false} className="underline">
                      {c.articleTitle}
                    </Link>
                  </p>
                  {c.heldFor ? <p className="mt-1 text-xs font-semibold text-amber-900">{heldLabels[c.heldFor] ?? c.heldFor}</p> : null}
                  {c.staff ? <p className="mt-1 text-xs font-semibold text-brand">Trả lời của Ban biên tập</p> : null}
                  {c.reports ? (
                    <div className="mt-1 text-xs text-danger" data-testid="report-reasons">
                      <p className="font-semibold">
                        {c.reports} người báo cáo
                        {c.reportReasons.length ? `: ${c.reportReasons.map((r) => `${r.label} (${r.count})`).join(', ')}` : ''}
                      </p>
                      {c.reportNotes.length ? (
                        <ul className="mt-0.5 list-disc pl-5 text-ink">
                          {c.reportNotes.map((n, k) => (
                            <li key={k}>“{n}”</li>
                          ))}
                        </ul>
                      ) : null}
                    </div>
                  ) : null}
                  {c.parentBody ? <blockquote className="mt-2 border-l-4 border-line pl-3 text-sm text-muted">Trả lời: {c.parentBody}</blockquote> : null}
                  <p className="mt-2 whitespace-pre-line break-words">
                    {c.segments.map((s, k) => (s.match ? <mark key={k}>{s.text}</mark> : <span key={k}>{s.text}</span>))}
                  </p>
                  <div className="mt-2 flex flex-wrap items-center gap-2">
                    {(['approve', 'reject', 'spam'] as const)
                      .filter((v) => !(queue === 'approved' && v === 'approve'))
                      .map((v) => (
                        <button
                          key={v}
                          type="button"
                          disabled={pending}
                          onClick={() => run(v, [c.id])}
                          className={`${button} ${v === 'approve' ? 'bg-green-800 text-white' : 'border border-neutral-500 bg-white'}`}
                        >
                          {verdictLabels[v]}
                        </button>
                      ))}
                    {!c.staff && queue !== 'rejected' && queue !== 'spam' ? (
                      <button
                        type="button"
                        onClick={() => setEditing({ id: c.id, kind: 'edit' })}
                        aria-expanded={editing?.id === c.id && editing.kind === 'edit'}
                        className={`${button} border border-neutral-500 bg-white`}
                      >
                        Sửa
                      </button>
                    ) : null}
                    {queue === 'approved' || queue === 'reported' ? (
                      <button
                        type="button"
                        onClick={() => setEditing({ id: c.id, kind: 'reply' })}
                        aria-expanded={editing?.id === c.id && editing.kind === 'reply'}
                        className={`${button} border border-neutral-500 bg-white`}
                      >
                        Trả lời với tư cách Ban biên tập
                      </button>
                    ) : null}
                    {!c.staff ? (
                      <Link href={`/desk/binh-luan/${c.id}`} className="text-sm underline">
                        Lịch sử người viết, chặn
                      </Link>
                    ) : null}
                  </div>
                  {editing?.id === c.id ? (
                    editing.kind === 'reply' ? (
                      <CommentEditor
                        commentId={c.id}
                        label="Trả lời của Ban biên tập (đăng ngay)"
                        submitLabel="Đăng trả lời"
                        initial=""
                        state={replyState}
                        formAction={replyAct}
                        pending={replyPending}
                        onSubmit={() => setLast('reply')}
                        onCancel={() => setEditing(null)}
                      />
                    ) : (
                      <CommentEditor
                        commentId={c.id}
                        label="Nội dung sau khi sửa (bản gốc vẫn được lưu trong nhật ký)"
                        submitLabel="Lưu và duyệt"
                        initial={c.body}
                        state={editState}
                        formAction={editAct}
                        pending={editPending}
                        onSubmit={() => setLast('edit')}
                        onCancel={() => setEditing(null)}
                      />
                    )
                  ) : null}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
