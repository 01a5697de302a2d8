'use client';

import { useActionState, useState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

const input = 'mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1';
const smallButton = 'rounded border border-neutral-500 bg-white px-3 py-1 text-sm font-semibold disabled:opacity-60';
const mainButton = 'rounded bg-masthead px-4 py-2 font-semibold text-white disabled:opacity-60';

function Status({ state }: { state: ActionState }) {
  return (
    <p role="status" className={state.ok ? 'text-sm text-success' : 'text-sm text-danger'}>
      {state.message}
    </p>
  );
}

/** A one-time link, shown once, with a button that copies it. */
export function OneTimeLink({ link, label }: { link: string; label: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div className="mt-2 rounded border border-success bg-green-50 p-3 text-sm">
      <label className="block font-semibold">
        {label}
        <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} className={`${input} font-mono text-xs`} data-testid="one-time-link" />
      </label>
      <div className="mt-2 flex items-center gap-3">
        <button type="button" onClick={copy} className={smallButton}>
          Sao chép liên kết
        </button>
        <span aria-live="polite">{copied ? 'Đã sao chép.' : ''}</span>
      </div>
      <p className="mt-1 text-muted">Liên kết chỉ dùng được một lần, trong 72 giờ. Hãy gửi trực tiếp cho người nhận qua kênh an toàn.</p>
    </div>
  );
}

export function InviteUserForm({ action, roles }: { action: Action; roles: { value: string; label: string }[] }) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = state.ok === false && state.values ? state.values : { name: '', email: '', role: 'reporter' };
  const err = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="grid gap-3 rounded border border-line bg-white p-4 md:grid-cols-4" noValidate>
      <div>
        <label className="block text-sm font-semibold">
          Họ tên
          <input name="name" defaultValue={v.name} key={`n${state.nonce}`} className={input} aria-describedby="invite-name-error" />
        </label>
        <FieldError id="invite-name-error" errors={err.name} />
      </div>
      <div>
        <label className="block text-sm font-semibold">
          Email
          <input name="email" type="email" defaultValue={v.email} key={`e${state.nonce}`} className={input} aria-describedby="invite-email-error" />
        </label>
        <FieldError id="invite-email-error" errors={err.email} />
      </div>
      <div>
        <label className="block text-sm font-semibold">
          Vai trò
          <select name="role" defaultValue={v.role} key={`r${state.nonce}`} className={input}>
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        <FieldError id="invite-role-error" errors={err.role} />
      </div>
      <div className="flex items-end">
        <button type="submit" disabled={pending} className={mainButton}>
          Tạo tài khoản và liên kết mời
        </button>
      </div>
      <div className="md:col-span-4">
        <Status state={state} />
        {state.ok && state.link ? <OneTimeLink link={state.link} label="Liên kết mời (gửi cho người được mời)" /> : null}
      </div>
    </form>
  );
}

/** One button acting on one thing (reset a password, move, delete), with an optional confirmation. */
export function ActionButton({
  action,
  fields,
  label,
  confirm,
  linkLabel,
  className = smallButton,
}: {
  action: Action;
  fields: Record<string, string | number>;
  label: string;
  confirm?: string;
  linkLabel?: string;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
      className="inline-block"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={className}>
        {label}
      </button>
      {state.message ? <Status state={state} /> : null}
      {state.ok && state.link && linkLabel ? <OneTimeLink link={state.link} label={linkLabel} /> : null}
    </form>
  );
}

export function SectionCreateForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = state.ok === false && state.values ? state.values : { name: '', slug: '' };
  const err = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="grid gap-3 rounded border border-line bg-white p-4 md:grid-cols-3" noValidate>
      <div>
        <label className="block text-sm font-semibold">
          Tên chuyên mục
          <input name="name" defaultValue={v.name} key={`n${state.nonce}`} className={input} />
        </label>
        <FieldError id="section-name-error" errors={err.name} />
      </div>
      <div>
        <label className="block text-sm font-semibold">
          Đường dẫn (để trống: tạo từ tên)
          <input name="slug" defaultValue={v.slug} key={`s${state.nonce}`} className={input} placeholder="vi-du-the-thao" />
        </label>
        <FieldError id="section-slug-error" errors={err.slug} />
      </div>
      <div className="flex items-end">
        <button type="submit" disabled={pending} className={mainButton}>
          Thêm chuyên mục
        </button>
      </div>
      <div className="md:col-span-3">
        <Status state={state} />
      </div>
    </form>
  );
}

export function SectionEditForm({ action, id, name, slug }: { action: Action; id: number; name: string; slug: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = state.ok === false && state.values ? state.values : { name, slug };
  const err = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="id" value={id} />
      <div className="text-sm">
        <label>
          Tên
          <input name="name" defaultValue={v.name} key={`n${state.nonce}`} className={input} aria-label={`Tên chuyên mục ${name}`} aria-describedby={`section-${id}-name-error`} />
        </label>
        <FieldError id={`section-${id}-name-error`} errors={err.name} />
      </div>
      <div className="text-sm">
        <label>
          Đường dẫn
          <input name="slug" defaultValue={v.slug} key={`s${state.nonce}`} className={input} aria-label={`Đường dẫn chuyên mục ${name}`} aria-describedby={`section-${id}-slug-error`} />
        </label>
        <FieldError id={`section-${id}-slug-error`} errors={err.slug} />
      </div>
      <button type="submit" disabled={pending} className={smallButton}>
        Lưu
      </button>
      <div className="basis-full">
        <Status state={state} />
      </div>
    </form>
  );
}

export function TagRenameForm({ action, id, name }: { action: Action; id: number; name: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = state.ok === false && state.values ? state.values : { name };
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2" noValidate>
      <input type="hidden" name="id" value={id} />
      <input name="name" defaultValue={v.name} key={`n${state.nonce}`} className="rounded border border-neutral-400 px-2 py-1 text-sm" aria-label={`Tên mới cho từ khóa ${name}`} />
      <button type="submit" disabled={pending} className={smallButton}>
        Đổi tên
      </button>
      <Status state={state} />
    </form>
  );
}

export function TagMergeForm({ action, id, name }: { action: Action; id: number; name: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = state.ok === false && state.values ? state.values : { into: '' };
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        const into = new FormData(e.currentTarget).get('into');
        if (into && !window.confirm(`Gộp từ khóa “${name}” vào “${String(into)}”? Từ khóa “${name}” sẽ bị xóa.`)) e.preventDefault();
      }}
      className="flex flex-wrap items-center gap-2"
      noValidate
    >
      <input type="hidden" name="fromId" value={id} />
      <input name="into" defaultValue={v.into} key={`i${state.nonce}`} placeholder="Tên từ khóa đích" className="rounded border border-neutral-400 px-2 py-1 text-sm" aria-label={`Gộp từ khóa ${name} vào từ khóa`} />
      <button type="submit" disabled={pending} className={smallButton}>
        Gộp
      </button>
      <Status state={state} />
    </form>
  );
}

export function AccountNameForm({ action, name }: { action: Action; name: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = state.ok === false && state.values ? state.values : { name };
  return (
    <form action={formAction} className="space-y-3 rounded border border-line bg-white p-4" noValidate>
      <label className="block text-sm font-semibold">
        Họ tên
        <input name="name" defaultValue={v.name} key={`n${state.nonce}`} className={input} autoComplete="name" />
      </label>
      <FieldError id="account-name-error" errors={state.fieldErrors?.name} />
      <button type="submit" disabled={pending} className={mainButton}>
        Lưu họ tên
      </button>
      <Status state={state} />
    </form>
  );
}

/** New password twice; with the current one when a signed-in person changes their own. */
export function PasswordForm({
  action,
  email,
  needsCurrent,
  submitLabel,
  hidden = {},
  afterSuccess,
}: {
  action: Action;
  email: string;
  needsCurrent: boolean;
  submitLabel: string;
  hidden?: Record<string, string>;
  afterSuccess?: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const err = state.fieldErrors ?? {};
  if (state.ok && afterSuccess) {
    return (
      <div className="space-y-3">
        <Status state={state} />
        {afterSuccess}
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-3" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {/* Lets password managers save the new password under the right account. */}
      <input type="text" name="username" value={email} autoComplete="username" readOnly hidden />
      {needsCurrent ? (
        <div>
          <label className="block text-sm font-semibold">
            Mật khẩu hiện tại
            <input name="currentPassword" type="password" autoComplete="current-password" className={input} />
          </label>
          <FieldError id="current-password-error" errors={err.currentPassword} />
        </div>
      ) : null}
      <div>
        <label className="block text-sm font-semibold">
          Mật khẩu mới
          <input name="password" type="password" autoComplete="new-password" className={input} aria-describedby="password-rule" />
        </label>
        <p id="password-rule" className="mt-1 text-sm text-muted">
          Ít nhất 10 ký tự, không trùng email, không phải mật khẩu phổ biến. Nên dùng một câu dễ nhớ.
        </p>
        <FieldError id="password-error" errors={err.password} />
      </div>
      <div>
        <label className="block text-sm font-semibold">
          Nhập lại mật khẩu mới
          <input name="confirm" type="password" autoComplete="new-password" className={input} />
        </label>
        <FieldError id="confirm-error" errors={err.confirm} />
      </div>
      <button type="submit" disabled={pending} className={mainButton}>
        {submitLabel}
      </button>
      <Status state={state} />
    </form>
  );
}
