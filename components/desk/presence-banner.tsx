'use client';

import { useEffect, useState } from 'react';
import { formatPublishedAt } from '@/lib/dates';

type Person = { name: string; since: string };

const HEARTBEAT_MS = 15_000;

function names(people: Person[]) {
  const list = people.map((p) => p.name);
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} và ${list[list.length - 1]}`;
}

/**
 * Tells the newsroom this story is open here (a heartbeat every 15 seconds, a beacon when the page
 * is left) and says politely when someone else has it open too, so two people do not write over
 * each other. The banner is a live region: a screen reader announces it when it appears.
 */
export function PresenceBanner({ articleId }: { articleId: number }) {
  const [others, setOthers] = useState<Person[]>([]);

  useEffect(() => {
    const url = `/api/bai-viet/${articleId}/dang-mo`;
    let active = true;
    const beat = async () => {
      try {
        const res = await fetch(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' }, cache: 'no-store' });
        if (!res.ok) return;
        const data = (await res.json()) as { others?: Person[] };
        if (active && Array.isArray(data.others)) setOthers(data.others);
      } catch {
        // Offline for a moment: the next heartbeat tries again.
      }
    };
    const leave = () => {
      const body = new Blob([JSON.stringify({ left: true })], { type: 'application/json' });
      if (!navigator.sendBeacon?.(url, body)) void fetch(url, { method: 'POST', body, keepalive: true }).catch(() => {});
    };
    // Back from the back/forward cache: the beacon said we left, so say we are here again at once.
    const back = (event: PageTransitionEvent) => {
      if (event.persisted) void beat();
    };
    void beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    window.addEventListener('pagehide', leave);
    window.addEventListener('pageshow', back);
    return () => {
      active = false;
      clearInterval(timer);
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('pageshow', back);
      leave();
    };
  }, [articleId]);

  return (
    <div role="status" aria-live="polite" data-testid="presence-banner">
      {others.length ? (
        <p className="mb-4 rounded border border-amber-600 bg-amber-50 px-4 py-3 text-amber-950">
          <strong>Bài này đang được biên tập bởi {names(others)}</strong> (mở từ{' '}
          {others.map((p) => formatPublishedAt(new Date(p.since)).slice(-5)).join(', ')}). Hãy trao đổi trước khi sửa để không lưu đè lên
          nhau.
        </p>
      ) : null}
    </div>
  );
}
