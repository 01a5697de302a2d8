'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * “Khôi phục bản này”, asked twice: the first press explains what will happen (a new version with
 * these words, nothing published), the second does it.
 */
export function RestoreRevisionButton({
  action,
  articleId,
  revisionId,
  version,
  label,
}: {
  action: Action;
  articleId: number;
  revisionId: number;
  /** The story's current version, which the restore is based on. */
  version: number;
  /** How the revision is named in the list, e.g. “phiên bản 3”. */
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  // Asking belongs to one answer of the server: a new answer (state.nonce) closes the question.
  const [askedAt, setAskedAt] = useState<string | null>(null);
  const asking = askedAt !== null && askedAt === (state.nonce ?? '');
  const setAsking = (on: boolean) => setAskedAt(on ? (state.nonce ?? '') : null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  return (
    <div className="text-sm">
      {asking ? (
        <form action={formAction} className="space-y-2 rounded border border-neutral-400 bg-white p-2" aria-label={`Xác nhận khôi phục ${label}`}>
          <input type="hidden" name="articleId" value={articleId} />
          <input type="hidden" name="revisionId" value={revisionId} />
          <input type="hidden" name="version" value={version} />
          <p>
            Khôi phục {label}? Nội dung hiện tại vẫn được giữ trong lịch sử; bài được lưu thành phiên bản mới và không thay đổi trạng thái.
          </p>
          <div className="flex flex-wrap gap-2">
            <button ref={confirmRef} type="submit" disabled={pending} className="rounded bg-masthead px-3 py-1 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
              {pending ? 'Đang khôi phục…' : 'Đồng ý khôi phục'}
            </button>
            <button
              type="button"
              onClick={() => {
                setAsking(false);
                setTimeout(() => openRef.current?.focus());
              }}
              className="rounded border border-neutral-500 bg-white px-3 py-1"
            >
              Huỷ
            </button>
          </div>
        </form>
      ) : (
        <button ref={openRef} type="button" onClick={() => setAsking(true)} className="rounded border border-neutral-500 bg-white px-3 py-1 hover:border-brand">
          Khôi phục bản này<span className="sr-only"> ({label})</span>
        </button>
      )}
      <p role="status" aria-live="polite" className={state.ok ? 'text-success' : 'font-semibold text-danger'}>
        {state.message}
      </p>
    </div>
  );
}
