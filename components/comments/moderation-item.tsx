'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function ModerationActions({ commentId, action }: { commentId: number; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  const button = 'rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-60';
  return (
    <form action={formAction} className="mt-2 flex flex-wrap items-center gap-2">
      <input type="hidden" name="commentId" value={commentId} />
      <button name="verdict" value="approve" disabled={pending} className={`${button} bg-green-800 text-white`}>
        Duyệt
      </button>
      <button name="verdict" value="reject" disabled={pending} className={`${button} border border-neutral-500 bg-white`}>
        Từ chối
      </button>
      <button name="verdict" value="spam" disabled={pending} className={`${button} border border-neutral-500 bg-white`}>
        Spam
      </button>
      <span role="status" className={state.ok ? 'text-sm text-success' : 'text-sm text-danger'}>
        {state.message}
      </span>
    </form>
  );
}
