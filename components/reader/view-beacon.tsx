'use client';

import { useEffect } from 'react';

/** Counts a read without touching the cached page: one beacon per story per browser session, with where it came from. */
export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    const key = `da-doc-${articleId}`;
    try {
      if (sessionStorage.getItem(key)) return;
      sessionStorage.setItem(key, '1');
    } catch {
      /* private mode: count anyway */
    }
    const body = JSON.stringify({ articleId, referrer: document.referrer.slice(0, 2048) });
    if (!navigator.sendBeacon?.('/api/luot-doc', new Blob([body], { type: 'application/json' }))) {
      fetch('/api/luot-doc', { method: 'POST', body, headers: { 'content-type': 'application/json' }, keepalive: true }).catch(() => {});
    }
  }, [articleId]);
  return null;
}
