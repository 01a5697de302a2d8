'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import type { MediaItem } from '@/lib/media/types';
import { failureMessage } from '@/lib/route-answer';

export type FigureDetails = { alt: string; caption: string; credit: string };

/**
 * The photo library inside the editor: search, pick, or upload a new photo; for a figure, then
 * write its alt text, caption and credit. Uploads go through the same checks as the library page.
 */
export function MediaPicker({
  open,
  purpose,
  initial,
  onClose,
  onPick,
}: {
  open: boolean;
  purpose: 'figure' | 'cover' | 'edit';
  /** When editing a figure already in the story. */
  initial?: { item: Pick<MediaItem, 'src' | 'width' | 'height'>; details: FigureDetails };
  onClose: () => void;
  onPick: (item: Pick<MediaItem, 'src' | 'width' | 'height'> & { id?: number }, details: FigureDetails) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const onClient = useOnClient();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<MediaItem[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const [chosen, setChosen] = useState<(Pick<MediaItem, 'src' | 'width' | 'height'> & { id?: number }) | null>(null);
  const [details, setDetails] = useState<FigureDetails>({ alt: '', caption: '', credit: '' });
  const [detailError, setDetailError] = useState('');

  const load = useCallback(async (query: string) => {
    setLoading(true);
    setError('');
    try {
      const res = await fetch(`/api/anh?q=${encodeURIComponent(query)}&trang=1`);
      const body = await res.json();
      if (!res.ok) throw new Error(failureMessage(body, 'Không tải được thư viện ảnh.'));
      setItems(body.items);
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Không tải được thư viện ảnh.');
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    // The <dialog> is outside React's state: open it, reset the form and load the library.
    /* eslint-disable react-hooks/set-state-in-effect */
    if (open && !d.open) {
      d.showModal();
      setChosen(initial ? initial.item : null);
      setDetails(initial ? initial.details : { alt: '', caption: '', credit: '' });
      setDetailError('');
      if (purpose !== 'edit') void load('');
    } else if (!open && d.open) d.close();
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [open, purpose, initial, load, onClient]);

  function choose(item: MediaItem) {
    if (purpose === 'cover') {
      onPick(item, { alt: item.alt, caption: item.caption, credit: item.credit });
      return;
    }
    setChosen(item);
    setDetails({ alt: item.alt, caption: item.caption, credit: item.credit });
  }

  async function upload(file: File) {
    setError('');
    const form = new FormData();
    form.set('file', file);
    setLoading(true);
    try {
      const res = await fetch('/api/anh', { method: 'POST', body: form });
      const body = await res.json().catch(() => ({}));
      if (!res.ok) throw new Error(failureMessage(body, 'Không tải ảnh lên được.'));
      setItems((list) => [body as MediaItem, ...list]);
      choose(body as MediaItem);
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Không tải ảnh lên được.');
    } finally {
      setLoading(false);
    }
  }

  function confirm() {
    if (!chosen) return;
    if (!details.alt.trim()) {
      setDetailError('Vui lòng viết mô tả ảnh cho người khiếm thị.');
      return;
    }
    onPick(chosen, { alt: details.alt.trim(), caption: details.caption.trim(), credit: details.credit.trim() });
  }

  const input = 'mt-1 w-full rounded border border-neutral-400 bg-white px-3 py-2';
  // The picker opens inside the story's form, and a form may not hold another (its search box is
  // one): the server's HTML was invalid and hydration failed. The closed dialog has nothing to show
  // before the page is live, so it is rendered on the client only, at the end of <body>.
  if (!onClient) return null;
  return createPortal(
    <dialog ref={dialog} onClose={onClose} aria-labelledby="media-picker-title" className="w-[min(56rem,95vw)] rounded-lg p-0 backdrop:bg-black/50">
      <div className="p-5">
        <div className="flex items-center justify-between gap-4">
          <h2 id="media-picker-title" className="text-lg font-bold">
            {purpose === 'cover' ? 'Chọn ảnh đại diện' : purpose === 'edit' ? 'Sửa thông tin ảnh' : 'Chèn ảnh'}
          </h2>
          <button type="button" onClick={onClose} className="rounded px-3 py-1 hover:bg-neutral-100">
            Đóng
          </button>
        </div>
        {chosen && purpose !== 'cover' ? (
          <div className="mt-4 grid gap-4 sm:grid-cols-[12rem_1fr]">
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={chosen.src} alt="" className="max-h-48 w-full rounded object-cover" />
            <div className="space-y-3">
              <label className="block">
                <span className="font-semibold">Mô tả ảnh (cho người khiếm thị)</span>
                <input value={details.alt} onChange={(e) => setDetails({ ...details, alt: e.target.value })} maxLength={300} className={input} aria-describedby="figure-alt-error" />
                <span id="figure-alt-error" className="text-sm text-danger">
                  {detailError}
                </span>
              </label>
              <label className="block">
                <span className="font-semibold">Chú thích ảnh</span>
                <textarea value={details.caption} onChange={(e) => setDetails({ ...details, caption: e.target.value })} maxLength={1000} rows={2} className={input} />
              </label>
              <label className="block">
                <span className="font-semibold">Nguồn ảnh</span>
                <input value={details.credit} onChange={(e) => setDetails({ ...details, credit: e.target.value })} maxLength={200} placeholder="Ảnh: Minh Anh" className={input} />
              </label>
              <div className="flex gap-3">
                <button type="button" onClick={confirm} className="rounded bg-masthead px-4 py-2 font-semibold text-white">
                  {purpose === 'edit' ? 'Cập nhật ảnh' : 'Chèn vào bài'}
                </button>
                {purpose !== 'edit' ? (
                  <button type="button" onClick={() => setChosen(null)} className="rounded border px-4 py-2">
                    Chọn ảnh khác
                  </button>
                ) : null}
              </div>
            </div>
          </div>
        ) : (
          <>
            <div className="mt-4 flex flex-wrap items-end gap-3">
              <form
                role="search"
                className="flex-1"
                onSubmit={(e) => {
                  e.preventDefault();
                  // React passes events up its own tree, through the portal: not to the story's form.
                  e.stopPropagation();
                  void load(q);
                }}
              >
                <label className="block">
                  <span className="font-semibold">Tìm ảnh</span>
                  <input type="search" value={q} onChange={(e) => setQ(e.target.value)} className={input} placeholder="Chú thích, mô tả, nguồn ảnh…" />
                </label>
              </form>
              <label className="cursor-pointer rounded border border-neutral-400 px-4 py-2 font-semibold hover:bg-neutral-100">
                Tải ảnh mới lên
                <input
                  type="file"
                  accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
                  className="sr-only"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    e.target.value = '';
                    if (file) void upload(file);
                  }}
                />
              </label>
            </div>
            <p role="alert" className="mt-2 font-semibold text-danger">
              {error}
            </p>
            {loading ? <p className="mt-2 text-muted">Đang tải…</p> : null}
            <ul className="mt-3 grid max-h-[50vh] grid-cols-2 gap-3 overflow-y-auto sm:grid-cols-4">
              {items.map((item) => (
                <li key={item.id}>
                  <button type="button" onClick={() => choose(item)} className="block w-full rounded border p-1 text-left hover:border-brand focus:border-brand">
                    {/* eslint-disable-next-line @next/next/no-img-element */}
                    <img src={item.src} alt={item.alt} className="aspect-[4/3] w-full rounded object-cover" loading="lazy" />
                    <span className="mt-1 line-clamp-2 block text-xs">{item.caption || item.alt || 'Chưa có chú thích'}</span>
                  </button>
                </li>
              ))}
            </ul>
            {!loading && items.length === 0 && !error ? <p className="mt-2 text-muted">Chưa có ảnh nào khớp.</p> : null}
          </>
        )}
      </div>
    </dialog>,
    document.body,
  );
}

const noSubscription = () => () => {};
/** False while the server renders and during hydration, true once the page runs in the browser. */
function useOnClient() {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
