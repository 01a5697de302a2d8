'use client';

import { useEffect, useSyncExternalStore } from 'react';

const SIZES = [0.9, 1, 1.125, 1.25, 1.4];
const KEY = 'co-chu';
const EVENT = 'co-chu-doi';
const DEFAULT_STEP = 1;

function readStep(): number {
  try {
    const saved = Number(localStorage.getItem(KEY));
    return Number.isInteger(saved) && saved >= 0 && saved < SIZES.length && localStorage.getItem(KEY) !== null ? saved : DEFAULT_STEP;
  } catch {
    return DEFAULT_STEP;
  }
}

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

/** A−/A+ for the story text; the choice is remembered on this device. */
export function TextSizeControl() {
  const step = useSyncExternalStore(subscribe, readStep, () => DEFAULT_STEP);
  useEffect(() => {
    document.documentElement.style.setProperty('--article-scale', String(SIZES[step]));
  }, [step]);
  const change = (delta: number) => {
    const next = Math.min(SIZES.length - 1, Math.max(0, step + delta));
    try {
      localStorage.setItem(KEY, String(next));
    } catch {
      /* storage refused: nothing to remember */
    }
    window.dispatchEvent(new Event(EVENT));
  };
  const button = 'rounded border border-line px-2 py-0.5 font-semibold hover:border-brand disabled:opacity-50';
  return (
    <div role="group" aria-label="Cỡ chữ" className="flex items-center gap-1 print:hidden">
      <button type="button" className={button} onClick={() => change(-1)} disabled={step === 0} aria-label="Giảm cỡ chữ">
        A−
      </button>
      <button type="button" className={button} onClick={() => change(1)} disabled={step === SIZES.length - 1} aria-label="Tăng cỡ chữ">
        A+
      </button>
    </div>
  );
}
