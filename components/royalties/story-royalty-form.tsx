'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Genre = { code: string; label: string; min: number; max: number };

const input = 'block w-full rounded border border-neutral-400 bg-white px-2 py-1';

/** One story's line on the thư ký's worksheet: genre, hệ số (within the genre's range) and add-ons. */
export function StoryRoyaltyForm({
  articleId,
  genres,
  current,
  action,
  disabled,
}: {
  articleId: number;
  genres: Genre[];
  current: { genre: string; coefficient: string; translation: boolean; minorityLanguage: boolean; hardConditions: boolean } | null;
  action: Action;
  disabled?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = state.values;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" noValidate aria-label="Chấm nhuận bút">
      <input type="hidden" name="articleId" value={articleId} />
      <div>
        <label htmlFor={`genre-${articleId}`} className="block text-xs font-semibold">
          Thể loại
        </label>
        <select id={`genre-${articleId}`} name="genre" defaultValue={v?.genre ?? current?.genre ?? genres[0]?.code} className={input} key={state.nonce}>
          {genres.map((g) => (
            <option key={g.code} value={g.code}>
              {g.label} ({g.min.toLocaleString('vi-VN')}–{g.max.toLocaleString('vi-VN')})
            </option>
          ))}
        </select>
      </div>
      <div className="w-20">
        <label htmlFor={`coef-${articleId}`} className="block text-xs font-semibold">
          Hệ số
        </label>
        <input id={`coef-${articleId}`} name="coefficient" inputMode="decimal" defaultValue={v?.coefficient ?? current?.coefficient ?? ''} className={input} key={state.nonce} />
      </div>
      <fieldset className="flex flex-wrap gap-x-3 text-xs">
        <legend className="sr-only">Cộng thêm</legend>
        <label className="flex items-center gap-1">
          <input type="checkbox" name="translation" defaultChecked={current?.translation} /> Dịch
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" name="minorityLanguage" defaultChecked={current?.minorityLanguage} /> Tiếng dân tộc
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" name="hardConditions" defaultChecked={current?.hardConditions} /> Điều kiện khó khăn
        </label>
      </fieldset>
      <button type="submit" disabled={pending || disabled} className="rounded bg-masthead px-3 py-1 text-sm font-semibold text-white disabled:opacity-60">
        Lưu
      </button>
      {state.message ? (
        <p role="status" className={`w-full text-sm ${state.ok ? 'text-success' : 'text-danger'}`}>
          {state.fieldErrors?.coefficient?.[0] ?? state.message}
        </p>
      ) : null}
    </form>
  );
}

/** "Soát xong" and "Khóa sổ" for the month. */
export function MonthButton({ month, action, label }: { month: string; action: Action; label: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="month" value={month} />
      <button type="submit" disabled={pending} className="rounded border border-neutral-500 bg-white px-3 py-1.5 text-sm font-semibold disabled:opacity-60">
        {label}
      </button>
      {state.message ? (
        <p role="status" className={`text-sm ${state.ok ? 'text-success' : 'text-danger'}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
