'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** "Đánh dấu đã đọc" for one notice (with id) or for all of them. */
export function MarkReadButton({ id, label, action }: { id?: number; label: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline">
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <button type="submit" disabled={pending} className="rounded border border-neutral-500 bg-white px-3 py-1 text-sm font-semibold hover:border-brand disabled:opacity-60">
        {label}
      </button>
      {state.ok === false ? (
        <span role="status" className="ml-2 text-sm text-danger">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
