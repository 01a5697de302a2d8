'use client';

import { useActionState, useState } from 'react';
import type { ActionState } from '@/lib/actions';
import { COMMENT_BODY_MAX } from '@/lib/comments/schema';
import { FieldError } from '@/components/ui/field-error';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function CommentForm({ articleId, action }: { articleId: number; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  const [length, setLength] = useState(0);
  const v = state.ok ? {} : (state.values ?? {});
  const input = 'mt-1 w-full rounded border border-neutral-400 bg-paper px-3 py-2 text-base';
  return (
    <form action={formAction} className="mt-4 space-y-3 rounded bg-panel p-4" noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <div aria-hidden="true" className="absolute -left-[9999px]">
        <label>
          Trang web
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="comment-name" className="text-sm font-semibold">
            Họ tên
          </label>
          <input id="comment-name" name="name" required maxLength={80} defaultValue={v.name} key={`n${state.nonce}`} className={input} aria-describedby="comment-name-error" />
          <FieldError id="comment-name-error" errors={state.fieldErrors?.name} />
        </div>
        <div>
          <label htmlFor="comment-email" className="text-sm font-semibold">
            Email (không bắt buộc, không hiển thị)
          </label>
          <input id="comment-email" name="email" type="email" maxLength={254} defaultValue={v.email} key={`e${state.nonce}`} className={input} aria-describedby="comment-email-error" />
          <FieldError id="comment-email-error" errors={state.fieldErrors?.email} />
        </div>
      </div>
      <div>
        <label htmlFor="comment-body" className="text-sm font-semibold">
          Ý kiến của bạn
        </label>
        <textarea
          id="comment-body"
          name="body"
          required
          rows={4}
          maxLength={COMMENT_BODY_MAX}
          defaultValue={v.body}
          key={`b${state.nonce}`}
          onChange={(e) => setLength(e.target.value.length)}
          className={input}
          aria-describedby="comment-body-error comment-body-count"
        />
        <p id="comment-body-count" className="text-right text-xs text-muted">
          {length}/{COMMENT_BODY_MAX} ký tự
        </p>
        <FieldError id="comment-body-error" errors={state.fieldErrors?.body} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-masthead px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          {pending ? 'Đang gửi…' : 'Gửi bình luận'}
        </button>
        <p className="text-sm text-muted">Bình luận sẽ hiển thị sau khi được kiểm duyệt.</p>
      </div>
      <p role="status" aria-live="polite" className={state.ok ? 'font-semibold text-success' : 'font-semibold text-danger'}>
        {state.message}
      </p>
    </form>
  );
}
