'use client';

import { useActionState, useState } from 'react';
import { DateTimeField } from '@/components/ui/date-time-field';
import { FieldError } from '@/components/ui/field-error';
import { useFlushDraft, useShowFieldErrors } from './editor/draft-save';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export type MoveOption = { move: string; label: string };

/** The step a person is there to take: one filled button. */
const primaryMoves = new Set(['submit', 'approve', 'publish']);
/** Steps that need a reason: the reason box opens only when the step is chosen. */
const reasonFor: Record<string, { label: string; confirm: string; hint?: string }> = {
  return: { label: 'Lý do (trả bài)', confirm: 'Gửi trả bài' },
  unpublish: { label: 'Lý do (gỡ bài)', confirm: 'Gỡ bài khỏi trang báo', hint: 'Bạn đọc mở bài sẽ thấy thông báo bài đã được gỡ.' },
};

const primary = 'w-full rounded bg-masthead px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60';
const secondary = 'w-full rounded border border-neutral-500 bg-white px-4 py-2 font-semibold hover:border-brand disabled:opacity-60';
const danger = 'w-full rounded bg-danger px-4 py-2 font-semibold text-white hover:opacity-90 disabled:opacity-60';
const field = 'w-full rounded border border-neutral-400 px-2 py-1 text-sm';

/**
 * One small form per step the signed-in person may take; the server checks it again. The weights
 * say which step is the day's work (Duyệt, Xuất bản), which needs a word to the writer (Trả bài),
 * and which cannot be taken by a slip of the finger (Thùng rác, confirmed).
 */
export function WorkflowButtons({
  articleId,
  options,
  action,
  authorName,
  scheduledAt,
}: {
  articleId: number;
  options: MoveOption[];
  action: Action;
  authorName: string;
  /** A scheduled story's time as the date field shows it, for "Đổi giờ". */
  scheduledAt?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const flushDraft = useFlushDraft();
  const [unsaved, setUnsaved] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  useShowFieldErrors(state.fieldErrors);
  if (options.length === 0) return null;
  // The editor's last words are saved before the story moves on; if that fails, it does not move.
  const act = async (formData: FormData) => {
    if (!(await flushDraft())) {
      setUnsaved('Bài chưa lưu được nên chưa thực hiện thao tác. Xem thông báo dưới ô soạn thảo.');
      return;
    }
    setUnsaved('');
    // The reason box stays open: a refused step keeps what was typed (a taken step leaves the list).
    formAction(formData);
  };
  const hidden = (move: string) => (
    <>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="move" value={move} />
    </>
  );
  const main = options.filter((o) => primaryMoves.has(o.move) || o.move === 'reschedule');
  const others = options.filter((o) => !primaryMoves.has(o.move) && o.move !== 'reschedule' && o.move !== 'trash');
  const trash = options.find((o) => o.move === 'trash');

  return (
    <section aria-labelledby="thao-tac" className="rounded border border-line bg-white p-4">
      <h2 id="thao-tac" className="font-semibold">
        Thao tác
      </h2>
      <div className="mt-3 space-y-3">
        {main.map((o) => (
          <form key={o.move} action={act} className="space-y-2">
            {hidden(o.move)}
            {o.move === 'publish' || o.move === 'reschedule' ? (
              <div>
                <label htmlFor={`publishAt-${o.move}`} className="text-sm">
                  {o.move === 'publish' ? 'Hẹn giờ xuất bản (giờ Việt Nam, để trống = đăng ngay)' : 'Giờ xuất bản mới (giờ Việt Nam)'}
                </label>
                <DateTimeField
                  id={`publishAt-${o.move}`}
                  name="publishAt"
                  withTime
                  defaultValue={o.move === 'reschedule' ? scheduledAt : ''}
                  aria-describedby={`publishAt-${o.move}-error`}
                  className={field}
                />
                <FieldError id={`publishAt-${o.move}-error`} errors={state.fieldErrors?.publishAt} />
              </div>
            ) : null}
            <button type="submit" disabled={pending} className={o.move === 'reschedule' ? secondary : primary}>
              {o.label}
            </button>
          </form>
        ))}
        {others.map((o) => {
          const reason = reasonFor[o.move];
          if (!reason) {
            return (
              <form key={o.move} action={act}>
                {hidden(o.move)}
                <button type="submit" disabled={pending} className={secondary}>
                  {o.label}
                </button>
              </form>
            );
          }
          const isOpen = open === o.move;
          return (
            <div key={o.move} className="space-y-2">
              <button type="button" aria-expanded={isOpen} aria-controls={`reason-box-${o.move}`} onClick={() => setOpen(isOpen ? null : o.move)} className={secondary}>
                {o.label}
              </button>
              {isOpen ? (
                <form id={`reason-box-${o.move}`} action={act} className="space-y-2 rounded border border-line bg-panel p-3">
                  {hidden(o.move)}
                  <label htmlFor={`reason-${o.move}`} className="text-sm font-semibold">
                    {reason.label}
                  </label>
                  <textarea id={`reason-${o.move}`} name="reason" rows={3} maxLength={2000} required autoFocus aria-describedby={`reason-hint-${o.move}`} className={field} />
                  <p id={`reason-hint-${o.move}`} className="text-xs text-muted">
                    {o.move === 'return' ? `${authorName} đọc lý do này ở đầu bài.` : reason.hint}
                  </p>
                  <div className="flex gap-2">
                    <button type="submit" disabled={pending} className={primary}>
                      {reason.confirm}
                    </button>
                    <button type="button" onClick={() => setOpen(null)} className="rounded border border-neutral-400 bg-white px-3 text-sm">
                      Thôi
                    </button>
                  </div>
                </form>
              ) : null}
            </div>
          );
        })}
        {trash ? (
          <div className="space-y-2 border-t border-line pt-3">
            {open === 'trash' ? (
              <form action={act} className="space-y-2 rounded border border-danger p-3" id="trash-confirm">
                {hidden('trash')}
                <p className="text-sm">Chuyển bài vào thùng rác? Bài rời khỏi trang báo và bàn làm việc; vẫn khôi phục được.</p>
                <div className="flex gap-2">
                  <button type="submit" disabled={pending} className={danger}>
                    Chuyển vào thùng rác
                  </button>
                  <button type="button" onClick={() => setOpen(null)} className="rounded border border-neutral-400 bg-white px-3 text-sm">
                    Thôi
                  </button>
                </div>
              </form>
            ) : (
              <button
                type="button"
                aria-expanded={false}
                aria-controls="trash-confirm"
                onClick={() => setOpen('trash')}
                className="w-full rounded border border-danger bg-white px-4 py-2 font-semibold text-danger hover:bg-red-50"
              >
                {trash.label}
              </button>
            )}
          </div>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className={`mt-3 text-sm font-semibold ${state.ok && !unsaved ? 'text-success' : 'text-danger'}`}>
        {unsaved || state.message}
      </p>
    </section>
  );
}
