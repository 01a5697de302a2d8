'use client';

import { useState } from 'react';
import type { MediaItem } from '@/lib/media/types';
import { failureMessage } from '@/lib/route-answer';

export type LogoValue = { id: number; url: string; width: number; height: number } | null;

/**
 * The paper's logo: the file goes through POST /api/anh, the media library's own door with its
 * checks (type from the bytes, size, re-encoding); the form then saves only the image's id.
 */
export function LogoField({ initial, siteName }: { initial: LogoValue; siteName: string }) {
  const [logo, setLogo] = useState<LogoValue>(initial);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  async function upload(file: File | undefined) {
    if (!file) return;
    setPending(true);
    setResult(null);
    const data = new FormData();
    data.set('file', file);
    data.set('alt', `Logo ${siteName}`);
    try {
      const res = await fetch('/api/anh', { method: 'POST', body: data });
      const body = (await res.json().catch(() => null)) as MediaItem | null;
      if (res.status === 201 && body && 'id' in body) {
        setLogo({ id: body.id, url: body.src, width: body.width, height: body.height });
        setResult({ ok: true, message: 'Đã tải logo lên. Nhấn “Lưu cài đặt” để dùng logo này.' });
      } else {
        setResult({ ok: false, message: failureMessage(body, `Không tải được logo (mã lỗi ${res.status}). Vui lòng thử lại.`) });
      }
    } catch {
      setResult({ ok: false, message: 'Mất kết nối tới máy chủ. Vui lòng kiểm tra mạng rồi thử lại.' });
    } finally {
      setPending(false);
    }
  }

  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">Logo</legend>
      <input type="hidden" name="logoMediaId" value={logo?.id ?? ''} />
      {logo ? (
        // eslint-disable-next-line @next/next/no-img-element -- a preview of our own re-encoded file
        <img src={logo.url} alt="Logo đang dùng" width={logo.width} height={logo.height} className="h-14 w-auto border border-line bg-white p-1" data-testid="logo-preview" />
      ) : (
        <p className="text-sm text-muted">Chưa có logo: đầu trang hiện tên báo.</p>
      )}
      <label className="block text-sm">
        Tải logo lên (PNG, WebP hoặc JPEG; nên dùng ảnh nền trong, cao ít nhất 120 px)
        <input
          type="file"
          accept="image/png,image/webp,image/jpeg,image/avif,image/gif"
          disabled={pending}
          onChange={(e) => upload(e.currentTarget.files?.[0])}
          className="mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1"
        />
      </label>
      {logo ? (
        <button type="button" onClick={() => setLogo(null)} className="rounded border border-neutral-500 bg-white px-3 py-1 text-sm font-semibold">
          Bỏ logo
        </button>
      ) : null}
      <p role={result && !result.ok ? 'alert' : 'status'} data-testid="logo-result" className={`text-sm ${result?.ok ? 'text-success' : 'text-danger'}`}>
        {pending ? 'Đang tải logo lên…' : result?.message}
      </p>
    </fieldset>
  );
}
