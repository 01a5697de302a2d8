'use client';

import { useActionState, useState } from 'react';
import { useFlushDraft, useShowFieldErrors } from './editor/draft-save';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export type MoveOption = { move: string; label: string; needsReason: boolean };

/** One small form per step the signed-in person may take; the server checks it again. */
export function WorkflowButtons({ articleId, options, action }: { articleId: number; options: MoveOption[]; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  const flushDraft = useFlushDraft();
  const [unsaved, setUnsaved] = useState('');
  useShowFieldErrors(state.fieldErrors);
  if (options.length === 0) return null;
  // The editor's last words are saved before the story moves on; if that fails, it does not move.
  const act = async (formData: FormData) => {
    if (!(await flushDraft())) {
      setUnsaved('Bài chưa lưu được nên chưa thực hiện thao tác. Xem thông báo dưới ô soạn thảo.');
      return;
    }
    setUnsaved('');
    formAction(formData);
  };
  return (
    <section aria-labelledby="thao-tac" className="rounded border border-line bg-white p-4">
      <h2 id="thao-tac" className="font-semibold">
        Thao tác
      </h2>
      <div className="mt-3 space-y-3">
        {options.map((o) => (
          <form key={o.move} action={act} className="space-y-2">
            <input type="hidden" name="articleId" value={articleId} />
            <input type="hidden" name="move" value={o.move} />
            {o.needsReason ? (
              <div>
                <label htmlFor={`reason-${o.move}`} className="text-sm">
                  Lý do ({o.label.toLowerCase()})
                </label>
                <textarea id={`reason-${o.move}`} name="reason" rows={2} maxLength={2000} className="mt-1 w-full rounded border border-neutral-400 px-2 py-1 text-sm" />
              </div>
            ) : null}
            {o.move === 'publish' ? (
              <div>
                <label htmlFor="publishAt" className="text-sm">
                  Hẹn giờ xuất bản (giờ Việt Nam, để trống = ngay bây giờ)
                </label>
                <input id="publishAt" name="publishAt" type="datetime-local" className="mt-1 w-full rounded border border-neutral-400 px-2 py-1 text-sm" />
              </div>
            ) : null}
            <button
              type="submit"
              disabled={pending}
              className={`w-full rounded px-4 py-2 font-semibold disabled:opacity-60 ${
                o.move === 'publish' ? 'bg-masthead text-white hover:bg-brand-dark' : 'border border-neutral-500 bg-white hover:border-brand'
              }`}
            >
              {o.label}
            </button>
          </form>
        ))}
      </div>
      <p role="status" aria-live="polite" className={`mt-3 text-sm font-semibold ${state.ok ? 'text-success' : 'text-danger'}`}>
        {unsaved || state.message}
      </p>
    </section>
  );
}
