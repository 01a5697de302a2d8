'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** Pin a live story to the front page (1 leads) or unpin it. */
export function PinForm({ articleId, rank, hasCover, action }: { articleId: number; rank: number | null; hasCover: boolean; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <section aria-labelledby="ghim" className="rounded border border-line bg-white p-4">
      <h2 id="ghim" className="font-semibold">
        Trang nhất
      </h2>
      <p className="mt-1 text-sm text-muted">{rank ? `Đang ghim ở vị trí ${rank}.` : 'Bài chưa được ghim.'}</p>
      {hasCover ? null : (
        <p className="mt-2 rounded border border-amber-500 bg-amber-50 px-2 py-1.5 text-sm" data-testid="pin-no-photo">
          Bài chưa có ảnh đại diện. Ghim ở vị trí 1, bài sẽ là tin chính dạng chữ: tiêu đề lớn và sapo, không có ảnh. Muốn có ảnh, chọn ảnh đại diện trong ô soạn thảo.
        </p>
      )}
      <form action={formAction} className="mt-2 flex flex-wrap items-end gap-2">
        <input type="hidden" name="articleId" value={articleId} />
        <div>
          <label htmlFor="rank" className="text-sm">
            Vị trí ghim (1–9)
          </label>
          <select id="rank" name="rank" defaultValue={rank ?? 1} key={`${rank}`} className="mt-1 block rounded border border-neutral-400 px-2 py-1">
            {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending} className="rounded border border-neutral-500 px-3 py-1.5 text-sm font-semibold">
          Ghim lên trang nhất
        </button>
        {rank ? (
          <button type="submit" name="rank" value="" disabled={pending} className="rounded border border-neutral-500 px-3 py-1.5 text-sm font-semibold">
            Bỏ ghim
          </button>
        ) : null}
      </form>
      <p role="status" className={`mt-2 text-sm ${state.ok ? 'text-success' : 'text-danger'}`}>
        {state.message}
      </p>
    </section>
  );
}
