'use client';

export function PrintButton({ label = 'In báo cáo' }: { label?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-neutral-500 bg-white px-3 py-1.5 text-sm font-semibold">
      {label}
    </button>
  );
}
