'use client';

import { useActionState, useState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export type LiveEditOption = { move: string; label: string; needsReason: boolean };

const primaryEditMoves = new Set(['approve', 'publish']);

/**
 * The steps a live story's pending edit may take for this person; the server checks them again.
 * Same weights as the story's own steps: approving and publishing are the filled buttons, the
 * reason box of a return opens only when the return is chosen.
 */
export function LiveEditButtons({ articleId, options, summary, action }: { articleId: number; options: LiveEditOption[]; summary: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  const [reasonOpen, setReasonOpen] = useState<string | null>(null);
  return (
    <section aria-labelledby="ban-sua" className="rounded border border-amber-500 bg-amber-50 p-4" data-testid="pending-edit">
      <h2 id="ban-sua" className="font-semibold">
        Bản sửa chờ duyệt
      </h2>
      <p className="mt-1 text-sm">{summary}</p>
      <div className="mt-3 space-y-3">
        {options.map((o) =>
          o.needsReason && reasonOpen !== o.move ? (
            <button
              key={o.move}
              type="button"
              aria-expanded={false}
              onClick={() => setReasonOpen(o.move)}
              className="w-full rounded border border-neutral-500 bg-white px-4 py-2 font-semibold hover:border-brand"
            >
              {o.label}
            </button>
          ) : (
            <form key={o.move} action={formAction} className="space-y-2">
              <input type="hidden" name="articleId" value={articleId} />
              <input type="hidden" name="move" value={o.move} />
              {o.needsReason ? (
                <div>
                  <label htmlFor={`edit-reason-${o.move}`} className="text-sm">
                    Lý do ({o.label.toLowerCase()})
                  </label>
                  <textarea id={`edit-reason-${o.move}`} name="reason" rows={2} maxLength={2000} required autoFocus className="mt-1 w-full rounded border border-neutral-400 bg-white px-2 py-1 text-sm" />
                </div>
              ) : null}
              <button
                type="submit"
                disabled={pending}
                className={`w-full rounded px-4 py-2 font-semibold disabled:opacity-60 ${
                  primaryEditMoves.has(o.move) ? 'bg-masthead text-white hover:bg-brand-dark' : 'border border-neutral-500 bg-white hover:border-brand'
                }`}
              >
                {o.needsReason ? `Gửi: ${o.label.toLowerCase()}` : o.label}
              </button>
            </form>
          ),
        )}
      </div>
      <p role="status" aria-live="polite" className={`mt-3 text-sm font-semibold ${state.ok ? 'text-success' : 'text-danger'}`}>
        {state.message}
      </p>
    </section>
  );
}

/** An editor publishes a correction (đính chính) shown dated under the story. */
export function CorrectionForm({ articleId, action }: { articleId: number; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <section aria-labelledby="dinh-chinh" className="rounded border border-line bg-white p-4">
      <h2 id="dinh-chinh" className="font-semibold">
        Đính chính
      </h2>
      <form action={formAction} className="mt-2 space-y-2" key={state.ok ? state.nonce : 'form'}>
        <input type="hidden" name="articleId" value={articleId} />
        <label htmlFor="correction-text" className="text-sm">
          Nội dung đính chính
        </label>
        <textarea
          id="correction-text"
          name="text"
          rows={3}
          maxLength={2000}
          defaultValue={state.ok ? '' : state.values?.text}
          aria-describedby="correction-text-error"
          className="w-full rounded border border-neutral-400 px-2 py-1 text-sm"
        />
        <FieldError id="correction-text-error" errors={state.fieldErrors?.text} />
        <button type="submit" disabled={pending} className="w-full rounded border border-neutral-500 bg-white px-4 py-2 font-semibold hover:border-brand disabled:opacity-60">
          Đăng đính chính
        </button>
      </form>
      <p role="status" aria-live="polite" className={`mt-2 text-sm font-semibold ${state.ok ? 'text-success' : 'text-danger'}`}>
        {state.message}
      </p>
    </section>
  );
}
