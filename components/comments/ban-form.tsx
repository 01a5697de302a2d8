'use client';

import { useActionState, useState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Kind = 'email' | 'browser' | 'ip';

const kinds: { kind: Kind; label: string; missing: string }[] = [
  { kind: 'email', label: 'Email', missing: 'không để lại email' },
  { kind: 'browser', label: 'Trình duyệt', missing: 'không có mã trình duyệt' },
  { kind: 'ip', label: 'Địa chỉ IP', missing: 'không có' },
];

/**
 * Bans the writer of a comment. The strongest identity is chosen for the moderator (email, then the
 * browser); the address is the last resort, and says so when many people share it.
 */
export function BanForm({
  commentId,
  has,
  preferred,
  sharedAddress,
  pendingBy,
  action,
}: {
  commentId: number;
  has: Record<Kind, boolean>;
  preferred: Kind;
  sharedAddress: boolean;
  pendingBy: Record<Kind, number>;
  action: Action;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const [by, setBy] = useState<Kind>(preferred);
  const input = 'mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1';
  if (!has.email && !has.browser && !has.ip) {
    return (
      <div className="rounded border border-line bg-white p-4">
        <h2 className="font-bold">Chặn người bình luận</h2>
        <p className="mt-2 text-sm text-muted">Bình luận này không có email, mã trình duyệt hay địa chỉ IP nào được lưu, nên không chặn được người viết.</p>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-3 rounded border border-line bg-white p-4" noValidate>
      <h2 className="font-bold">Chặn người bình luận</h2>
      <input type="hidden" name="commentId" value={commentId} />
      <fieldset>
        <legend className="font-semibold">Chặn theo</legend>
        {kinds.map(({ kind, label, missing }) => (
          <label key={kind} className="flex items-center gap-2">
            <input type="radio" name="by" value={kind} checked={by === kind} disabled={!has[kind]} onChange={() => setBy(kind)} />
            {label}
            {!has[kind] ? <span className="text-sm text-muted">({missing})</span> : kind === preferred ? <span className="text-sm text-muted">(nên dùng)</span> : null}
          </label>
        ))}
        {by === 'ip' ? (
          <p className="mt-1 text-sm text-amber-900" data-testid="ip-ban-warning">
            {sharedAddress
              ? 'Địa chỉ này có nhiều người dùng chung: chặn theo IP sẽ chặn cả họ.'
              : 'Nhiều người có thể dùng chung một địa chỉ IP (mạng di động, wifi công cộng).'}
          </p>
        ) : null}
        <FieldError id="ban-by-error" errors={state.fieldErrors?.by} />
      </fieldset>
      <label className="block text-sm">
        Số ngày chặn
        <input name="days" inputMode="numeric" defaultValue="30" className={input} aria-describedby="ban-days-error" />
      </label>
      <FieldError id="ban-days-error" errors={state.fieldErrors?.days} />
      <label className="block text-sm">
        Lý do
        <input name="reason" maxLength={300} className={input} aria-describedby="ban-reason-error" />
      </label>
      <FieldError id="ban-reason-error" errors={state.fieldErrors?.reason} />
      <div className="flex flex-col gap-2">
        <button type="submit" disabled={pending} className="rounded bg-masthead px-4 py-2 font-semibold text-white">
          Chặn người bình luận
        </button>
        <button type="submit" name="rejectPending" value="on" disabled={pending} className="rounded border border-masthead bg-white px-4 py-2 font-semibold text-masthead">
          Chặn và từ chối các bình luận đang chờ ({pendingBy[by]})
        </button>
      </div>
      <p role="status" className={state.ok ? 'text-success' : 'text-danger'}>
        {state.message}
      </p>
    </form>
  );
}
