'use client';

import { useActionState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function AddTermForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3 rounded border border-line bg-white p-4" noValidate>
      <label className="text-sm">
        Từ ngữ
        <input name="term" maxLength={100} defaultValue={state.ok ? '' : state.values?.term} key={state.nonce} className="mt-1 block rounded border border-neutral-400 px-2 py-1" />
      </label>
      <label className="text-sm">
        Xử lý
        <select name="action" defaultValue="hold" className="mt-1 block rounded border border-neutral-400 px-2 py-1">
          <option value="hold">Giữ lại chờ duyệt (cần xem xét)</option>
          <option value="reject">Từ chối ngay (cấm)</option>
        </select>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="ignoreDiacritics" /> Bắt cả khi viết không dấu
      </label>
      <button type="submit" disabled={pending} className="rounded bg-masthead px-4 py-1.5 font-semibold text-white">
        Thêm
      </button>
      <FieldError id="term-error" errors={state.fieldErrors?.term} />
      <p role="status" className={state.ok ? 'text-success' : 'text-danger'}>
        {state.message}
      </p>
    </form>
  );
}

export function RemoveTermButton({ id, term, action }: { id: number; term: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="text-sm underline" aria-label={`Xóa “${term}”`}>
        Xóa
      </button>
      {state.ok === false ? <span className="ml-2 text-sm text-danger">{state.message}</span> : null}
    </form>
  );
}
