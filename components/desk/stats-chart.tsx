import { useId } from 'react';

/**
 * The desk's charts: server-rendered SVG, no script. Each has a title and a description for screen
 * readers, its labels written out, and the same numbers in a table under it.
 */
export type Bar = { label: string; value: number };

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

/** Bars side by side (sources, sections, people, levels of the chain), longest first as given. */
export function BarChart({ title, desc, bars, unit, labelHead }: { title: string; desc: string; bars: Bar[]; unit: string; labelHead: string }) {
  const id = useId();
  const max = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const width = 400;
  const row = 30;
  const labelW = 130;
  const valueW = 64;
  const height = Math.max(1, bars.length) * row + 4;
  const plotW = width - labelW - valueW;
  return (
    <figure className="mt-3 rounded border border-line bg-white p-3">
      <figcaption className="font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="h-auto w-full max-w-2xl">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {bars.map((b, i) => {
          const y = i * row + 4;
          const w = (b.value / max) * plotW;
          const label = b.label.length > 20 ? `${b.label.slice(0, 19)}…` : b.label;
          return (
            <g key={b.label}>
              <text x={labelW - 6} y={y + row / 2 + 1} textAnchor="end" fontSize="12" fill="#262626">
                {label}
              </text>
              <rect x={labelW} y={y + 5} width={Math.max(b.value > 0 ? 1 : 0, w)} height={row - 12} fill="#b91c1c" rx="2">
                <title>{`${b.label}: ${nf.format(b.value)} ${unit}`}</title>
              </rect>
              <text x={labelW + w + 4} y={y + row / 2 + 1} fontSize="12" fill="#404040">
                {nf.format(b.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <NumbersTable bars={bars} unit={unit} labelHead={labelHead} />
    </figure>
  );
}
