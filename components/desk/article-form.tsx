'use client';

import { useActionState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import type { ActionState } from '@/lib/actions';
import { BODY_MAX, CREDIT_MAX, LEAD_MAX, TITLE_MAX } from '@/lib/articles/schema';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export type ArticleFormValues = { title: string; lead: string; sectionId: string; body: string; credit: string };

export function ArticleForm({
  action,
  initial,
  sections,
  articleId,
  version,
  submitLabel,
}: {
  action: Action;
  initial: ArticleFormValues;
  sections: { id: number; name: string }[];
  articleId?: number;
  version?: number;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  // A refused save hands back what was typed: show it, never the older text.
  const v: ArticleFormValues = state.ok === false && state.values ? { ...initial, ...state.values } : initial;
  const input = 'mt-1 w-full rounded border border-neutral-400 bg-white px-3 py-2';
  const err = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {articleId ? <input type="hidden" name="articleId" value={articleId} /> : null}
      {version ? <input type="hidden" name="version" value={version} /> : null}
      <div>
        <label htmlFor="title" className="font-semibold">
          Tiêu đề
        </label>
        <input id="title" name="title" maxLength={TITLE_MAX} defaultValue={v.title} key={`t${state.nonce}`} className={`${input} font-serif text-xl`} aria-describedby="title-error" />
        <FieldError id="title-error" errors={err.title} />
      </div>
      <div>
        <label htmlFor="lead" className="font-semibold">
          Sapo
        </label>
        <textarea id="lead" name="lead" rows={3} maxLength={LEAD_MAX} defaultValue={v.lead} key={`l${state.nonce}`} className={input} aria-describedby="lead-error" />
        <FieldError id="lead-error" errors={err.lead} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="sectionId" className="font-semibold">
            Chuyên mục
          </label>
          <select id="sectionId" name="sectionId" defaultValue={v.sectionId} key={`s${state.nonce}`} className={input} aria-describedby="sectionId-error">
            <option value="">— Chọn chuyên mục —</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <FieldError id="sectionId-error" errors={err.sectionId} />
        </div>
        <div>
          <label htmlFor="credit" className="font-semibold">
            Dòng tác giả (ví dụ: Tin, ảnh: Minh Anh)
          </label>
          <input id="credit" name="credit" maxLength={CREDIT_MAX} defaultValue={v.credit} key={`c${state.nonce}`} className={input} aria-describedby="credit-error" />
          <FieldError id="credit-error" errors={err.credit} />
        </div>
      </div>
      <div>
        <label htmlFor="body" className="font-semibold">
          Nội dung
        </label>
        <p id="body-help" className="text-sm text-muted">
          Mỗi đoạn một dòng. Dòng bắt đầu bằng “## ” là tiêu đề phụ, “&gt; ” là trích dẫn; [[Ảnh 1]] giữ chỗ cho ảnh đã có.
        </p>
        <textarea id="body" name="body" rows={16} maxLength={BODY_MAX} defaultValue={v.body} key={`b${state.nonce}`} className={`${input} font-serif`} aria-describedby="body-help body-error" />
        <FieldError id="body-error" errors={err.body} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className="rounded bg-masthead px-5 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          {pending ? 'Đang lưu…' : submitLabel}
        </button>
        <p role="status" aria-live="polite" className={state.ok ? 'text-success' : 'font-semibold text-danger'}>
          {state.message}
        </p>
      </div>
    </form>
  );
}
