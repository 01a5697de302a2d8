'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function LiftBanButton({ banId, who, action }: { banId: number; who: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="banId" value={banId} />
      <button type="submit" disabled={pending} aria-label={`Bỏ chặn ${who}`} className="rounded border border-neutral-500 bg-white px-3 py-1 text-sm font-semibold disabled:opacity-60">
        Bỏ chặn
      </button>
      {state.message ? (
        <span role="status" className={`text-sm ${state.ok ? 'text-success' : 'text-danger'}`}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
