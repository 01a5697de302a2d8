'use client';

import { useState, useSyncExternalStore } from 'react';
import { shareLinks } from '@/lib/share';

const subscribe = () => () => {};

export function ShareBar({ url, title }: { url: string; title: string }) {
  const links = shareLinks(url, title);
  const [copied, setCopied] = useState(false);
  const canWebShare = useSyncExternalStore(
    subscribe,
    () => typeof navigator !== 'undefined' && 'share' in navigator,
    () => false,
  );
  const linkClass =
    'inline-flex items-center rounded border border-line px-3 py-1.5 text-sm font-semibold hover:border-brand hover:text-brand';
  return (
    <section aria-labelledby="chia-se" className="my-6 flex flex-wrap items-center gap-2 border-y border-line py-3">
      <h2 id="chia-se" className="mr-2 text-sm font-bold">
        Chia sẻ bài viết
      </h2>
      <a className={linkClass} href={links.facebook} target="_blank" rel="noopener noreferrer">
        Facebook
      </a>
      <a className={linkClass} href={links.zalo} target="_blank" rel="noopener noreferrer">
        Zalo
      </a>
      <a className={linkClass} href={links.x} target="_blank" rel="noopener noreferrer">
        X
      </a>
      <button
        type="button"
        className={linkClass}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          } catch {
            window.prompt('Sao chép liên kết:', url);
          }
        }}
      >
        {copied ? 'Đã sao chép' : 'Sao chép liên kết'}
      </button>
      {canWebShare ? (
        <button type="button" className={linkClass} onClick={() => navigator.share({ url, title }).catch(() => {})}>
          Chia sẻ…
        </button>
      ) : null}
      <span role="status" className="sr-only">
        {copied ? 'Đã sao chép liên kết' : ''}
      </span>
    </section>
  );
}
