'use client';

import { useActionState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function BanForm({ commentId, hasEmail, action }: { commentId: number; hasEmail: boolean; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  const input = 'mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1';
  return (
    <form action={formAction} className="space-y-3 rounded border border-line bg-white p-4" noValidate>
      <input type="hidden" name="commentId" value={commentId} />
      <fieldset>
        <legend className="font-semibold">Chặn theo</legend>
        <label className="mr-4 inline-flex items-center gap-1">
          <input type="radio" name="by" value="email" defaultChecked={hasEmail} disabled={!hasEmail} /> Email {hasEmail ? '' : '(không có)'}
        </label>
        <label className="inline-flex items-center gap-1">
          <input type="radio" name="by" value="ip" defaultChecked={!hasEmail} /> Địa chỉ IP
        </label>
        <FieldError id="ban-by-error" errors={state.fieldErrors?.by} />
      </fieldset>
      <label className="block text-sm">
        Số ngày chặn
        <input name="days" inputMode="numeric" defaultValue="30" className={input} />
      </label>
      <FieldError id="ban-days-error" errors={state.fieldErrors?.days} />
      <label className="block text-sm">
        Lý do
        <input name="reason" maxLength={300} className={input} />
      </label>
      <FieldError id="ban-reason-error" errors={state.fieldErrors?.reason} />
      <button type="submit" disabled={pending} className="rounded bg-masthead px-4 py-2 font-semibold text-white">
        Chặn người bình luận
      </button>
      <p role="status" className={state.ok ? 'text-success' : 'text-danger'}>
        {state.message}
      </p>
    </form>
  );
}
