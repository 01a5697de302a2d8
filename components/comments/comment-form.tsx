'use client';

import { useActionState, useEffect, useId, useRef, useState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import type { ActionState } from '@/lib/actions';
import { COMMENT_BODY_MAX } from '@/lib/comments/limits';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

const NAME_KEY = 'ten-ban-doc';

/**
 * The reader's comment form (also used, smaller, to reply to a comment: then it takes the focus
 * when it opens, has "Hủy", and tells the thread once the reply is sent so that the thread can
 * close it and say so).
 */
export function CommentForm({
  articleId,
  parentId,
  action,
  compact = false,
  onSent,
  onCancel,
}: {
  articleId: number;
  parentId?: number;
  action: Action;
  compact?: boolean;
  onSent?: (message: string) => void;
  onCancel?: () => void;
}) {
  const [state, formAction, pending] = useActionState(async (prev: ActionState, formData: FormData) => {
    const next = await action(prev, formData);
    if (next.ok) onSent?.(next.message ?? '');
    return next;
  }, {});
  const v = state.ok ? {} : (state.values ?? {});
  // The counter follows what is in the box: typed since the last answer, or what the answer put
  // back (nothing after a comment is sent, the text kept after a refusal).
  const [typed, setTyped] = useState<{ nonce?: string; length: number }>({ length: 0 });
  const length = typed.nonce === state.nonce ? typed.length : (v.body?.length ?? 0);
  const id = useId();
  const openedAt = useRef(0);
  const name = useRef<HTMLInputElement>(null);
  const body = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    openedAt.current = Date.now();
  }, []);

  useEffect(() => {
    // The name is remembered on this device, never sent anywhere else.
    try {
      const saved = localStorage.getItem(NAME_KEY);
      if (saved && name.current && !name.current.value) name.current.value = saved;
    } catch {
      /* storage refused */
    }
  }, [state.nonce]);

  // A reply form opens where the reader clicked: the focus goes to the first box left to fill.
  const focusOnOpen = Boolean(parentId);
  useEffect(() => {
    if (focusOnOpen) (name.current?.value ? body.current : name.current)?.focus();
  }, [focusOnOpen]);

  // How long the form has been open goes with the comment: a script posting at once is refused.
  const submit = (formData: FormData) => {
    formData.set('elapsedMs', String(Date.now() - openedAt.current));
    formAction(formData);
  };

  const onInput = () => {
    try {
      if (name.current?.value) localStorage.setItem(NAME_KEY, name.current.value);
    } catch {
      /* storage refused */
    }
  };

  const input = 'mt-1 w-full rounded border border-neutral-400 bg-paper px-3 py-2 text-base';
  return (
    <form action={submit} onInput={onInput} className={`mt-4 space-y-3 rounded bg-panel p-4 ${compact ? 'text-sm' : ''}`} noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
      <div aria-hidden="true" className="absolute -left-[9999px]">
        <label>
          Trang web
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-name`} className="text-sm font-semibold">
            Họ tên
          </label>
          <input id={`${id}-name`} ref={name} name="name" required maxLength={80} defaultValue={v.name} key={`n${state.nonce}`} className={input} aria-describedby={`${id}-name-error`} autoComplete="name" />
          <FieldError id={`${id}-name-error`} errors={state.fieldErrors?.name} />
        </div>
        <div>
          <label htmlFor={`${id}-email`} className="text-sm font-semibold">
            Email (không bắt buộc, không hiển thị)
          </label>
          <input id={`${id}-email`} name="email" type="email" maxLength={254} defaultValue={v.email} key={`e${state.nonce}`} className={input} aria-describedby={`${id}-email-error`} autoComplete="email" />
          <FieldError id={`${id}-email-error`} errors={state.fieldErrors?.email} />
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-body`} className="text-sm font-semibold">
          {parentId ? 'Trả lời của bạn' : 'Ý kiến của bạn'}
        </label>
        <textarea
          id={`${id}-body`}
          name="body"
          required
          rows={compact ? 3 : 4}
          maxLength={COMMENT_BODY_MAX}
          defaultValue={v.body}
          key={`b${state.nonce}`}
          ref={body}
          onChange={(e) => setTyped({ nonce: state.nonce, length: e.target.value.length })}
          className={input}
          aria-describedby={`${id}-body-error ${id}-body-count`}
        />
        <p id={`${id}-body-count`} className="text-right text-xs text-muted" data-testid="body-count">
          {length}/{COMMENT_BODY_MAX} ký tự
        </p>
        <FieldError id={`${id}-body-error`} errors={state.fieldErrors?.body} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="min-h-11 rounded bg-masthead px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          {pending ? 'Đang gửi…' : parentId ? 'Gửi trả lời' : 'Gửi bình luận'}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} className="min-h-11 rounded border border-neutral-500 px-4 py-2 font-semibold hover:border-brand hover:text-brand">
            Hủy
          </button>
        ) : null}
        {parentId ? null : <p className="text-sm text-muted">Bình luận sẽ hiển thị sau khi được kiểm duyệt.</p>}
      </div>
      <p role="status" aria-live="polite" className={state.ok ? 'font-semibold text-success' : 'font-semibold text-danger'}>
        {state.message}
      </p>
    </form>
  );
}
