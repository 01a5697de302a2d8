'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** The chain's rule "a different person at each level", switched on its own (the chain editor keeps it). */
export function SignoffRuleForm({ on, sectionId, action }: { on: boolean; sectionId: number | null; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <section aria-labelledby="quy-tac-duyet" className="mt-6 max-w-3xl rounded border border-line bg-white p-4">
      <h2 id="quy-tac-duyet" className="font-semibold">
        Mỗi cấp một người duyệt
      </h2>
      <p className="mt-1 text-sm text-muted">
        {on
          ? 'Đang bật: ai đã duyệt bài ở một cấp thì không duyệt tiếp cấp sau của cùng lượt gửi.'
          : 'Đang tắt: người được giao nhiều cấp có thể duyệt liền các cấp đó.'}
      </p>
      <form action={formAction} className="mt-2">
        <input type="hidden" name="sectionId" value={sectionId ?? ''} />
        <input type="hidden" name="on" value={on ? '0' : '1'} />
        <button type="submit" disabled={pending} className="rounded border border-neutral-500 bg-white px-3 py-1.5 text-sm font-semibold hover:border-brand disabled:opacity-60">
          {on ? 'Tắt quy tắc này' : 'Bật: mỗi cấp một người khác'}
        </button>
      </form>
      <p role="status" aria-live="polite" className={`mt-2 text-sm font-semibold ${state.ok ? 'text-success' : 'text-danger'}`}>
        {state.message}
      </p>
    </section>
  );
}
