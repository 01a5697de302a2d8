'use client';

import Link from 'next/link';
import { startTransition, useActionState, useEffect, useRef, useState } from 'react';
import type { ActionState } from '@/lib/actions';
import { formatPublishedAt } from '@/lib/dates';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Verdict = 'approve' | 'reject' | 'spam';

export type BoardItem = {
  id: number;
  authorName: string;
  segments: { text: string; match: boolean }[];
  createdAt: string;
  heldFor: string | null;
  reports: number;
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

const verdictLabels: Record<Verdict, string> = { approve: 'Duyệt', reject: 'Từ chối', spam: 'Spam' };

/**
 * The moderator's queue. Keyboard: j/k move, x selects, a/r/s approve, reject or mark spam (the
 * selected comments, or the one in focus), u undoes the last action.
 */
export function ModerationBoard({ queue, items, moderate, undo }: { queue: string; items: BoardItem[]; moderate: Action; undo: Action }) {
  const [state, act, pending] = useActionState(moderate, {});
  const [undoState, undoAct, undoPending] = useActionState(undo, {});
  const [focus, setFocus] = useState(0);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [reason, setReason] = useState('');
  const [last, setLast] = useState<'moderate' | 'undo'>('moderate');
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

  const button = 'rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-60';
  const message = last === 'undo' ? undoState : state;
  return (
    <section aria-label="Danh sách bình luận" className="mt-4">
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-2 rounded border border-line bg-white p-3">
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
        <p role="status" aria-live="polite" className={`text-sm font-semibold ${message.ok === false ? 'text-danger' : 'text-success'}`}>
          {message.message}
        </p>
      </div>
      <p className="mt-2 text-xs text-muted">Phím tắt: j/k di chuyển · x chọn · a duyệt · r từ chối · s spam · u hoàn tác.</p>
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
                  {c.reports ? <p className="mt-1 text-xs font-semibold text-danger">{c.reports} người báo cáo</p> : null}
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
                          {queue === 'reported' && v === 'approve' ? 'Giữ lại' : verdictLabels[v]}
                        </button>
                      ))}
                    <Link href={`/desk/binh-luan/${c.id}`} className="text-sm underline">
                      Lịch sử người viết, chặn
                    </Link>
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
