'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useRef, useState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import type { ActionState } from '@/lib/actions';
import type { MediaItem } from '@/lib/media/types';
import { failureMessage } from '@/lib/route-answer';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

const input = 'mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1';

/**
 * Uploads through POST /api/anh, the same door the article editor uses (a server action would
 * cap the body at 1 MB). A refusal is shown in Vietnamese and the typed details stay.
 */
export function MediaUploadForm({ maxMegabytes }: { maxMegabytes: number }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setResult({ ok: false, message: 'Chưa chọn tệp ảnh để tải lên.' });
      return;
    }
    setPending(true);
    setResult(null);
    try {
      const res = await fetch('/api/anh', { method: 'POST', body: data });
      const body = (await res.json().catch(() => null)) as MediaItem | null;
      if (res.status === 201 && body && 'id' in body) {
        form.current?.reset();
        setResult({ ok: true, message: `Đã tải ảnh lên (${body.width} × ${body.height}).` });
        router.refresh();
      } else {
        const message = failureMessage(body, `Không tải được ảnh (mã lỗi ${res.status}). Vui lòng thử lại.`);
        setResult({ ok: false, message });
      }
    } catch {
      setResult({ ok: false, message: 'Mất kết nối tới máy chủ. Vui lòng kiểm tra mạng rồi thử lại.' });
    } finally {
      setPending(false);
    }
  }

  return (
    <form ref={form} onSubmit={upload} className="grid gap-3 rounded border border-line bg-white p-4 md:grid-cols-2" noValidate>
      <label className="block md:col-span-2">
        Chọn ảnh (JPEG, PNG, WebP, AVIF hoặc GIF, tối đa {maxMegabytes} MB)
        <input type="file" name="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif" className={input} />
      </label>
      <label className="block">
        Mô tả ảnh cho người khiếm thị (alt)
        <input name="alt" maxLength={500} className={input} />
      </label>
      <label className="block">
        Nguồn/tác giả ảnh
        <input name="credit" maxLength={200} placeholder="Ảnh: Minh Anh" className={input} />
      </label>
      <label className="block md:col-span-2">
        Chú thích
        <input name="caption" maxLength={1000} className={input} />
      </label>
      <div className="flex flex-wrap items-center gap-3 md:col-span-2">
        <button type="submit" disabled={pending} className="rounded bg-masthead px-4 py-2 font-semibold text-white">
          {pending ? 'Đang tải lên…' : 'Tải ảnh lên'}
        </button>
        <p role={result && !result.ok ? 'alert' : 'status'} data-testid="upload-result" className={result?.ok ? 'text-success' : 'text-danger'}>
          {result?.message}
        </p>
      </div>
    </form>
  );
}

/** Alt text, caption and credit of one image. */
export function MediaDetailsForm({ action, item }: { action: Action; item: Pick<MediaItem, 'id' | 'alt' | 'caption' | 'credit'> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = state.ok === false && state.values ? state.values : item;
  const err = state.fieldErrors ?? {};
  const field = (name: 'alt' | 'caption' | 'credit', label: string) => (
    <>
      <label className="block text-sm">
        {label}
        <input name={name} defaultValue={v[name]} key={`${name}${state.nonce}`} aria-describedby={`${name}-${item.id}-error`} className={input} />
      </label>
      <FieldError id={`${name}-${item.id}-error`} errors={err[name]} />
    </>
  );
  return (
    <form action={formAction} className="space-y-1" aria-label="Thông tin ảnh">
      <input type="hidden" name="id" value={item.id} />
      {field('alt', 'Mô tả ảnh cho người khiếm thị')}
      {field('caption', 'Chú thích')}
      {field('credit', 'Nguồn/tác giả ảnh')}
      <div className="flex flex-wrap items-center gap-2 pt-1">
        <button type="submit" disabled={pending} className="rounded border border-neutral-500 bg-white px-3 py-1 text-sm font-semibold">
          Lưu thông tin ảnh
        </button>
        <span role="status" className={state.ok ? 'text-sm text-success' : 'text-sm text-danger'}>
          {state.message}
        </span>
      </div>
    </form>
  );
}

/** Deleting asks first; the library refuses when a story uses the image and says which. */
export function DeleteMediaForm({ action, id }: { action: Action; id: number }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm('Xóa hẳn ảnh này khỏi thư viện?')) e.preventDefault();
      }}
      className="flex flex-wrap items-center gap-2"
    >
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="rounded border border-danger bg-white px-3 py-1 text-sm font-semibold text-danger">
        Xóa ảnh
      </button>
      <span role={state.ok === false ? 'alert' : 'status'} className={state.ok ? 'text-sm text-success' : 'text-sm text-danger'}>
        {state.message}
      </span>
    </form>
  );
}
