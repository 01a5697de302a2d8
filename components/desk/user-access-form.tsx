'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function UserAccessForm({ userId, active, role, roles, action }: { userId: number; active: boolean; role: string; roles: { value: string; label: string }[]; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`change-${userId}`}>
        Thay đổi quyền
      </label>
      <select id={`change-${userId}`} name="change" defaultValue="" className="rounded border border-neutral-400 px-2 py-1 text-sm">
        <option value="" disabled>
          — Chọn thay đổi —
        </option>
        {active ? <option value="deactivate">Khóa tài khoản</option> : <option value="activate">Mở khóa tài khoản</option>}
        {roles
          .filter((r) => r.value !== role)
          .map((r) => (
            <option key={r.value} value={r.value}>
              Đổi vai trò thành {r.label}
            </option>
          ))}
      </select>
      <button type="submit" disabled={pending} className="rounded border border-neutral-500 bg-white px-3 py-1 text-sm font-semibold">
        Áp dụng
      </button>
      <span role="status" className={state.ok ? 'text-sm text-success' : 'text-sm text-danger'}>
        {state.message}
      </span>
    </form>
  );
}
