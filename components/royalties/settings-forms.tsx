'use client';

import { useActionState } from 'react';
import { DateTimeField } from '@/components/ui/date-time-field';
import { FieldError } from '@/components/ui/field-error';
import type { ActionState } from '@/lib/actions';
import type { Title } from '@/lib/auth/titles';
import { TitleFields } from '@/components/desk/title-fields';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Genre = { code: string; label: string; min: number; max: number };

const input = 'block w-full rounded border border-neutral-400 bg-white px-2 py-1.5';
const button = 'rounded bg-masthead px-4 py-2 font-semibold text-white disabled:opacity-60';
const label = 'block text-sm font-semibold';

function Status({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return (
    <p role="status" className={`text-sm ${state.ok ? 'text-success' : 'text-danger'}`}>
      {state.message}
    </p>
  );
}

const decimal = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** A newer lương cơ sở and the day it applies from. */
export function BaseSalaryForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.ok ? undefined : state.fieldErrors;
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start" noValidate aria-label="Thêm mức lương cơ sở">
      <div>
        <label htmlFor="luong-tu" className={label}>
          Áp dụng từ ngày
        </label>
        <DateTimeField id="luong-tu" name="from" className={input} defaultValue={state.ok ? '' : (state.values?.from ?? '')} key={`f${state.nonce}`} aria-describedby="luong-tu-loi" aria-invalid={!!e?.from} />
        <FieldError id="luong-tu-loi" errors={e?.from} />
      </div>
      <div>
        <label htmlFor="luong-muc" className={label}>
          Mức lương cơ sở (đồng)
        </label>
        <input id="luong-muc" name="amount" inputMode="numeric" placeholder="2.530.000" defaultValue={state.ok ? '' : (state.values?.amount ?? '')} key={`a${state.nonce}`} className={input} aria-describedby="luong-muc-loi" aria-invalid={!!e?.amount} />
        <FieldError id="luong-muc-loi" errors={e?.amount} />
      </div>
      <button type="submit" disabled={pending} className={`${button} sm:mt-6`}>
        Thêm mức mới
      </button>
      <div className="sm:col-span-3">
        <Status state={state} />
      </div>
    </form>
  );
}

type Rates = { unitSharePercent: number; editorFeePercent: number; addOns: { translationSharePercent: number; minorityLanguagePercent: number; hardConditionsPercent: number } };

/** The unit's share of lương cơ sở, the add-ons and the editors' thù lao. */
export function RatesForm({ action, rates }: { action: Action; rates: Rates }) {
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.ok ? undefined : state.fieldErrors;
  const v = state.ok ? undefined : state.values;
  const field = (name: string, text: string, value: number, hint: string) => (
    <div>
      <label htmlFor={`ty-le-${name}`} className={label}>
        {text}
      </label>
      <div className="flex items-center gap-2">
        <input id={`ty-le-${name}`} name={name} inputMode="numeric" defaultValue={v?.[name] ?? String(value)} key={state.nonce} className={`${input} w-24`} aria-describedby={`ty-le-${name}-loi`} aria-invalid={!!e?.[name]} />
        <span>%</span>
      </div>
      <p className="mt-0.5 text-xs text-muted">{hint}</p>
      <FieldError id={`ty-le-${name}-loi`} errors={e?.[name]} />
    </div>
  );
  return (
    <form action={formAction} className="grid gap-4" noValidate aria-label="Cách tính">
      <div className="grid gap-4 sm:grid-cols-2">
        {field('unitSharePercent', 'Giá trị một đơn vị hệ số', rates.unitSharePercent, 'Phần trăm lương cơ sở (Nghị định 18/2014/NĐ-CP: 10%).')}
        {field('editorFeePercent', 'Thù lao biên tập', rates.editorFeePercent, 'Phần trăm nhuận bút của bài, trả cho người duyệt đăng.')}
        {field('translationSharePercent', 'Tác phẩm dịch', rates.addOns.translationSharePercent, 'Được hưởng chừng này phần trăm nhuận bút của tác phẩm viết mới.')}
        {field('minorityLanguagePercent', 'Tiếng dân tộc thiểu số', rates.addOns.minorityLanguagePercent, 'Cộng thêm vào nhuận bút của bài.')}
        {field('hardConditionsPercent', 'Điều kiện khó khăn, nguy hiểm', rates.addOns.hardConditionsPercent, 'Cộng thêm vào nhuận bút của bài.')}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={button}>
          Lưu cách tính
        </button>
        <Status state={state} />
      </div>
    </form>
  );
}

/** Every genre's coefficient range, in one table. */
export function GenreRangesForm({ action, genres }: { action: Action; genres: Genre[] }) {
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.ok ? undefined : state.fieldErrors;
  const v = state.ok ? undefined : state.values;
  const cell = 'border-b border-line px-1 py-1.5 sm:px-2';
  return (
    <form action={formAction} className="grid gap-3" noValidate aria-label="Khung hệ số theo thể loại">
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="text-left">
              <th scope="col" className={cell}>
                Thể loại
              </th>
              <th scope="col" className={`${cell} w-[4.5rem] sm:w-24`}>
                Hệ số từ
              </th>
              <th scope="col" className={`${cell} w-[4.5rem] sm:w-24`}>
                đến
              </th>
            </tr>
          </thead>
          <tbody>
            {genres.map((g) => {
              const errors = [...(e?.[`label-${g.code}`] ?? []), ...(e?.[`min-${g.code}`] ?? []), ...(e?.[`max-${g.code}`] ?? [])];
              return (
                <tr key={g.code} data-genre={g.code}>
                  <td className={cell}>
                    <input name={`label-${g.code}`} aria-label={`Tên thể loại ${g.label}`} defaultValue={v?.[`label-${g.code}`] ?? g.label} key={state.nonce} className={input} />
                    <FieldError id={`the-loai-${g.code}-loi`} errors={errors.length ? errors : undefined} />
                  </td>
                  <td className={cell}>
                    <input name={`min-${g.code}`} aria-label={`${g.label}: hệ số tối thiểu`} inputMode="decimal" defaultValue={v?.[`min-${g.code}`] ?? decimal(g.min)} key={state.nonce} className={input} />
                  </td>
                  <td className={cell}>
                    <input name={`max-${g.code}`} aria-label={`${g.label}: hệ số tối đa`} inputMode="decimal" defaultValue={v?.[`max-${g.code}`] ?? decimal(g.max)} key={state.nonce} className={input} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={button}>
          Lưu khung hệ số
        </button>
        <Status state={state} />
      </div>
    </form>
  );
}

export function NewGenreForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.ok ? undefined : state.fieldErrors;
  const v = state.ok ? undefined : state.values;
  const field = (name: string, text: string, className: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div className={className}>
      <label htmlFor={`the-loai-moi-${name}`} className={label}>
        {text}
      </label>
      <input id={`the-loai-moi-${name}`} name={name} defaultValue={v?.[name] ?? ''} key={state.nonce} className={input} aria-describedby={`the-loai-moi-${name}-loi`} aria-invalid={!!e?.[name]} {...extra} />
      <FieldError id={`the-loai-moi-${name}-loi`} errors={e?.[name]} />
    </div>
  );
  return (
    <form action={formAction} className="grid gap-3" noValidate aria-label="Thêm thể loại">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-[2fr_2fr_1fr_1fr]">
        {field('label', 'Tên thể loại', 'col-span-2 sm:col-span-1', { placeholder: 'Bình luận' })}
        {field('code', 'Mã', 'col-span-2 sm:col-span-1', { placeholder: 'binh-luan' })}
        {field('min', 'Hệ số từ', '', { inputMode: 'decimal' })}
        {field('max', 'đến', '', { inputMode: 'decimal' })}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded border border-neutral-500 bg-white px-4 py-2 font-semibold disabled:opacity-60">
          Thêm thể loại
        </button>
        <Status state={state} />
      </div>
    </form>
  );
}

/** Who sets genres and coefficients (thư ký tòa soạn) and who locks a month (tổng biên tập): roles and/or named people. */
export function RoyaltyTitlesForm({ action, clerks, lockers, people }: { action: Action; clerks: Title; lockers: Title; people: { id: number; name: string; role: string }[] }) {
  const [state, formAction, pending] = useActionState(action, {});
  const title = (prefix: 'clerks' | 'lockers', heading: string, hint: string, value: Title) => (
    <fieldset className="rounded border border-line p-3">
      <legend className="px-1 font-semibold">{heading}</legend>
      <p className="text-xs text-muted">{hint}</p>
      <div className="mt-2 grid gap-2">
        <TitleFields prefix={`${prefix}-`} value={value} people={people} resetKey={state.nonce} />
      </div>
    </fieldset>
  );
  return (
    <form action={formAction} className="grid gap-3" noValidate aria-label="Người chấm và người khóa sổ">
      {title('clerks', 'Thư ký tòa soạn: chấm thể loại, hệ số và phần chia', 'Người đặt thể loại, hệ số cho bài đã đăng và soát bảng tháng.', clerks)}
      {title('lockers', 'Tổng biên tập: khóa sổ tháng', 'Người khóa sổ nhuận bút; sau khi khóa, mọi thay đổi thành dòng điều chỉnh tháng sau.', lockers)}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={button}>
          Lưu người chấm, người khóa sổ
        </button>
        <Status state={state} />
      </div>
    </form>
  );
}
