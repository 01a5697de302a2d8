'use client';

import { useActionState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import type { ActionState } from '@/lib/actions';
import { LogoField, type LogoValue } from './logo-field';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Mode = 'open' | 'premoderated' | 'closed';

const modes: { value: Mode; label: string }[] = [
  { value: 'premoderated', label: 'Duyệt trước khi hiển thị' },
  { value: 'open', label: 'Hiển thị ngay, kiểm duyệt sau' },
  { value: 'closed', label: 'Đóng bình luận' },
];

type IdentityField = { name: string; label: string; placeholder?: string; type?: 'text' | 'tel' | 'email'; inputMode?: 'numeric' };

const identityFields: readonly (IdentityField & { name: 'publisher' | 'licenceNumber' | 'licenceDate' | 'licenceIssuer' | 'editorInChief' | 'address' | 'phone' | 'hotline' | 'email' })[] = [
  { name: 'publisher', label: 'Cơ quan chủ quản', placeholder: 'Tỉnh ủy Bình Dương' },
  { name: 'licenceNumber', label: 'Số giấy phép', placeholder: '123/GP-BTTTT' },
  { name: 'licenceDate', label: 'Ngày cấp giấy phép (dd/mm/yyyy)', placeholder: '05/03/2024', inputMode: 'numeric' },
  { name: 'licenceIssuer', label: 'Cơ quan cấp phép', placeholder: 'Bộ Thông tin và Truyền thông' },
  { name: 'editorInChief', label: 'Tổng biên tập' },
  { name: 'address', label: 'Địa chỉ tòa soạn' },
  { name: 'phone', label: 'Điện thoại', type: 'tel', placeholder: '0274 3822 123' },
  { name: 'hotline', label: 'Đường dây nóng', type: 'tel', placeholder: '0913 456 789' },
  { name: 'email', label: 'Email tòa soạn', type: 'email', placeholder: 'toasoan@bao.vn' },
];

export function SiteSettingsForm({
  action,
  initial,
}: {
  action: Action;
  initial: {
    siteName: string;
    dateline: string;
    defaultCommentsMode: Mode;
    commentsCloseAfterDays: number | null;
    commentMaxLinks: number;
    mediaMaxMegabytes: number;
  } & Record<(typeof identityFields)[number]['name'] | 'aboutText', string> & { logo: LogoValue };
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const v: Record<string, string> =
    state.ok === false && state.values
      ? state.values
      : {
          ...Object.fromEntries(identityFields.map((f) => [f.name, initial[f.name]])),
          siteName: initial.siteName,
          dateline: initial.dateline,
          defaultCommentsMode: initial.defaultCommentsMode,
          aboutText: initial.aboutText,
          commentsCloseAfterDays: String(initial.commentsCloseAfterDays ?? ''),
          commentMaxLinks: String(initial.commentMaxLinks),
          mediaMaxMegabytes: String(initial.mediaMaxMegabytes),
        };
  const err = state.fieldErrors ?? {};
  const input = 'mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1';
  return (
    <form action={formAction} className="space-y-4 rounded border border-line bg-white p-4" noValidate>
      <label className="block">
        Tên báo
        <input name="siteName" defaultValue={v.siteName} key={`a${state.nonce}`} className={input} />
      </label>
      <FieldError id="siteName-error" errors={err.siteName} />
      <label className="block">
        Tiền tố mở đầu sapo (ví dụ: BDK.VN - )
        <input name="dateline" defaultValue={v.dateline} key={`b${state.nonce}`} className={input} />
      </label>
      <FieldError id="dateline-error" errors={err.dateline} />
      <label className="block">
        Chế độ bình luận mặc định
        <select name="defaultCommentsMode" defaultValue={v.defaultCommentsMode} key={`c${state.nonce}`} className={input}>
          {modes.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        Tự đóng bình luận sau (ngày, để trống = không đóng)
        <input name="commentsCloseAfterDays" inputMode="numeric" defaultValue={v.commentsCloseAfterDays} key={`d${state.nonce}`} className={input} />
      </label>
      <FieldError id="close-error" errors={err.commentsCloseAfterDays} />
      <label className="block">
        Số liên kết tối đa trong một bình luận trước khi bị giữ lại
        <input name="commentMaxLinks" inputMode="numeric" defaultValue={v.commentMaxLinks} key={`e${state.nonce}`} className={input} />
      </label>
      <FieldError id="links-error" errors={err.commentMaxLinks} />
      <label className="block">
        Dung lượng tối đa của một ảnh tải lên (MB)
        <input name="mediaMaxMegabytes" inputMode="numeric" defaultValue={v.mediaMaxMegabytes} key={`f${state.nonce}`} aria-describedby="media-max-error" className={input} />
      </label>
      <FieldError id="media-max-error" errors={err.mediaMaxMegabytes} />
      <LogoField initial={initial.logo} siteName={initial.siteName} />
      <FieldError id="logo-error" errors={err.logoMediaId} />
      <fieldset className="space-y-3">
        <legend className="font-semibold">Thông tin pháp lý ở chân trang</legend>
        <p className="text-sm text-muted">Báo điện tử phải ghi rõ cơ quan chủ quản, giấy phép, Tổng biên tập và cách liên hệ. Ô để trống sẽ không hiện.</p>
        {identityFields.map((f) => (
          <div key={f.name}>
            <label className="block">
              {f.label}
              <input
                name={f.name}
                type={f.type ?? 'text'}
                inputMode={f.inputMode}
                placeholder={f.placeholder}
                defaultValue={v[f.name]}
                key={`${f.name}${state.nonce}`}
                aria-invalid={err[f.name]?.length ? true : undefined}
                aria-describedby={`${f.name}-error`}
                className={input}
              />
            </label>
            <FieldError id={`${f.name}-error`} errors={err[f.name]} />
          </div>
        ))}
      </fieldset>
      <label className="block">
        Nội dung trang “Giới thiệu” (để một dòng trống giữa các đoạn)
        <textarea name="aboutText" rows={8} defaultValue={v.aboutText} key={`g${state.nonce}`} aria-describedby="about-error" className={input} />
      </label>
      <FieldError id="about-error" errors={err.aboutText} />
      <button type="submit" disabled={pending} className="rounded bg-masthead px-4 py-2 font-semibold text-white">
        Lưu cài đặt
      </button>
      <p role="status" className={state.ok ? 'text-success' : 'text-danger'}>
        {state.message}
      </p>
    </form>
  );
}

/** Mode of one section or one story; empty = inherit (site default, or the section's). */
export function CommentsModeForm({ action, target, id, mode, inheritLabel, label }: { action: Action; target: 'section' | 'article'; id: number; mode: Mode | null; inheritLabel: string; label: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="id" value={id} />
      <label className="flex items-center gap-2">
        <span>{label}</span>
        <select name="mode" defaultValue={mode ?? ''} className="rounded border border-neutral-400 bg-white px-2 py-1">
          <option value="">{inheritLabel}</option>
          {modes.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending} className="rounded border border-neutral-500 bg-white px-2 py-1 font-semibold">
        Đổi
      </button>
      <span role="status" className={state.ok ? 'text-success' : 'text-danger'}>
        {state.message}
      </span>
    </form>
  );
}
