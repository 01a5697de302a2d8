import { useId } from 'react';
import type { ChartBar as Bar } from '@/lib/stats/tables';

/**
 * The desk's charts: server-rendered SVG or HTML, no script. Each has a title and a description for screen
 * readers, its labels written out, and the same numbers in a table under it.
 */

const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

function niceMax(max: number): number {
  if (max <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
}

function NumbersTable({ bars, unit, labelHead }: { bars: Bar[]; unit: string; labelHead: string }) {
  return (
    <details className="mt-1 text-sm">
      <summary className="cursor-pointer text-muted">Xem số liệu của biểu đồ</summary>
      <table className="mt-1 border-collapse">
        <thead>
          <tr>
            <th scope="col" className="border-b border-line px-2 py-1 text-left">
              {labelHead}
            </th>
            <th scope="col" className="border-b border-line px-2 py-1 text-right">
              {unit}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <th scope="row" className="px-2 py-0.5 text-left font-normal">
                {b.label}
              </th>
              <td className="px-2 py-0.5 text-right tabular-nums">{nf.format(b.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Columns over time (reads per day): one drawing for wide screens, a narrower one for phones. */
export function ColumnChart({ title, desc, bars, unit, labelHead = 'Ngày' }: { title: string; desc: string; bars: Bar[]; unit: string; labelHead?: string }) {
  const id = useId();
  const max = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const draw = (width: number, labelEvery: number, variant: string) => {
    const height = 220;
    const left = 56;
    const bottom = 28;
    const top = 12;
    const plotW = width - left - 8;
    const plotH = height - top - bottom;
    const slot = plotW / Math.max(1, bars.length);
    const ticks = [0, 0.5, 1].map((f) => f * max);
    return (
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-${variant}-t ${id}-${variant}-d`} className={`h-auto w-full ${variant === 'wide' ? 'hidden sm:block' : 'sm:hidden'}`}>
        <title id={`${id}-${variant}-t`}>{title}</title>
        <desc id={`${id}-${variant}-d`}>{desc}</desc>
        {ticks.map((t) => {
          const y = top + plotH - (t / max) * plotH;
          return (
            <g key={t}>
              <line x1={left} x2={width - 8} y1={y} y2={y} stroke="#d4d4d4" strokeWidth="1" />
              <text x={left - 6} y={y + 4} textAnchor="end" fontSize="12" fill="#525252">
                {nf.format(t)}
              </text>
            </g>
          );
        })}
        {bars.map((b, i) => {
          const h = (b.value / max) * plotH;
          const x = left + i * slot;
          return (
            <g key={b.label}>
              <rect x={x + slot * 0.15} y={top + plotH - h} width={Math.max(1, slot * 0.7)} height={h} fill="#b91c1c">
                <title>{`${b.label}: ${nf.format(b.value)} ${unit}`}</title>
              </rect>
              {i % labelEvery === 0 || i === bars.length - 1 ? (
                <text x={x + slot / 2} y={height - 10} textAnchor="middle" fontSize="12" fill="#404040">
                  {b.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    );
  };
  return (
    <figure className="mt-3 rounded border border-line bg-white p-3">
      <figcaption className="font-semibold">{title}</figcaption>
      {draw(760, Math.max(1, Math.ceil(bars.length / 10)), 'wide')}
      {draw(360, Math.max(1, Math.ceil(bars.length / 4)), 'narrow')}
      <NumbersTable bars={bars} unit={unit} labelHead={labelHead} />
    </figure>
  );
}

/**
 * Bars side by side (sources, sections, people, levels of the chain), longest first as given. Drawn in
 * HTML rather than SVG so a label is never cut: on a phone it sits on its own line above its bar and
 * wraps; from `sm` up it stands in a column to the left.
 */
export function BarChart({ title, desc, bars, unit, labelHead }: { title: string; desc: string; bars: Bar[]; unit: string; labelHead: string }) {
  const id = useId();
  const max = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  return (
    <figure className="mt-3 rounded border border-line bg-white p-3">
      <figcaption className="font-semibold">{title}</figcaption>
      <div role="img" aria-labelledby={`${id}-t ${id}-d`} className="mt-2 max-w-2xl space-y-2 text-sm sm:space-y-1">
        <span id={`${id}-t`} hidden>
          {title}
        </span>
        <span id={`${id}-d`} hidden>
          {desc}
        </span>
        {bars.map((b) => (
          <div key={b.label} className="grid items-center gap-x-2 sm:grid-cols-[11rem_minmax(0,1fr)]" title={`${b.label}: ${nf.format(b.value)} ${unit}`}>
            <span className="leading-snug text-neutral-800 [overflow-wrap:anywhere] sm:text-right">{b.label}</span>
            {/* The figure follows its bar; the longest bar leaves room for it. */}
            <span className="flex items-center gap-2">
              <span className="block h-4 shrink-0 rounded-sm bg-[#b91c1c]" style={{ width: b.value > 0 ? `max(2px, calc((100% - 5rem) * ${b.value / max}))` : 0 }} />
              <span className="tabular-nums text-neutral-700">{nf.format(b.value)}</span>
            </span>
          </div>
        ))}
      </div>
      <NumbersTable bars={bars} unit={unit} labelHead={labelHead} />
    </figure>
  );
}
