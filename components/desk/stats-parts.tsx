import Link from 'next/link';
import { DateTimeField } from '@/components/ui/date-time-field';
import { displayDay } from '@/lib/dates';
import { type DayRange, type RangePreset, rangePresets } from '@/lib/stats/range';
import type { StatsTable } from '@/lib/stats/tables';

export const statsTabs = [
  { href: '/desk/thong-ke', label: 'Tổng quan' },
  { href: '/desk/thong-ke/bai-viet', label: 'Bài viết' },
  { href: '/desk/thong-ke/nguon', label: 'Nguồn đọc' },
  { href: '/desk/thong-ke/chuyen-muc', label: 'Chuyên mục' },
  { href: '/desk/thong-ke/nguoi-viet', label: 'Người viết' },
  { href: '/desk/thong-ke/toa-soan', label: 'Tòa soạn' },
] as const;

/** The range and the writer picked in the address bar, so every tab, preset and download keeps them. */
export function statsQuery({ range, preset, authorId }: { range: DayRange; preset: RangePreset | null; authorId: number | null }): string {
  const q = preset ? `khoang=${preset}` : `tu=${range.from}&den=${range.to}`;
  return authorId ? `${q}&nguoi=${authorId}` : q;
}

type HeaderPage = {
  path: string;
  range: DayRange;
  preset: RangePreset | null;
  own: boolean;
  query: string;
  authorId: number | null;
  person: { id: number; name: string } | null;
  /** The desk's writers to pick from; null for those who read their own figures only. */
  authors: { id: number; name: string }[] | null;
  /** What the page could not read in its address and shows instead (lib/stats/range.ts statsParamNotice). */
  invalid: string | null;
};

/** The heading, the tabs, the range picker and (for editors) the writer picker every statistics page opens with. */
export function StatsHeader({ page }: { page: HeaderPage }) {
  const { path: current, range, preset, own, query: q, authorId, person, authors, invalid } = page;
  return (
    <div>
      <h1 className="text-2xl font-bold">Thống kê</h1>
      <p className="mt-1 text-sm text-muted">
        Từ {displayDay(range.from)} đến hết {displayDay(range.to)}, theo giờ Việt Nam. Lượt đọc được đếm theo giờ và theo nguồn, không lưu gì về bạn đọc.
        {own ? ' Bạn đang xem số liệu các bài của chính mình.' : ''}
        {person ? (
          <>
            {' '}
            Đang xem số liệu các bài của <strong data-testid="stats-person">{person.name}</strong>.
          </>
        ) : null}
      </p>
      {invalid ? (
        <p className="mt-2 text-sm text-danger" data-testid="stats-invalid">
          {invalid}
        </p>
      ) : null}
      <nav aria-label="Các trang thống kê" className="-mx-4 mt-3 overflow-x-auto px-4">
        <ul className="flex gap-1 whitespace-nowrap border-b border-line text-sm">
          {statsTabs.map((t) => (
            <li key={t.href}>
              <Link
                href={`${t.href}?${q}`}
                aria-current={t.href === current ? 'page' : undefined}
                className={`block border-b-2 px-3 py-2 ${t.href === current ? 'border-brand font-semibold' : 'border-transparent hover:border-neutral-400'}`}
              >
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <div className="flex gap-1" role="group" aria-label="Chọn nhanh">
          {(Object.keys(rangePresets) as RangePreset[]).map((p) => (
            <Link
              key={p}
              href={`${current}?${statsQuery({ range, preset: p, authorId })}`}
              aria-current={p === preset ? 'true' : undefined}
              className={`rounded border px-3 py-1.5 text-sm ${p === preset ? 'border-neutral-900 bg-neutral-900 text-white' : 'border-neutral-400 bg-white'}`}
            >
              {rangePresets[p]}
            </Link>
          ))}
        </div>
        <form method="get" action={current} className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="tk-tu" className="block text-sm font-semibold">
              Từ ngày
            </label>
            <DateTimeField id="tk-tu" name="tu" defaultValue={displayDay(range.from)} />
          </div>
          <div>
            <label htmlFor="tk-den" className="block text-sm font-semibold">
              Đến ngày
            </label>
            <DateTimeField id="tk-den" name="den" defaultValue={displayDay(range.to)} />
          </div>
          {authorId ? <input type="hidden" name="nguoi" value={authorId} /> : null}
          <button type="submit" className="rounded border border-neutral-500 bg-white px-3 py-1.5 text-sm font-semibold">
            Xem
          </button>
        </form>
        {authors ? (
          // Its own form, so choosing a person keeps the range as it is (a preset stays a preset).
          <form method="get" action={current} className="flex flex-wrap items-end gap-2">
            {preset ? (
              <input type="hidden" name="khoang" value={preset} />
            ) : (
              <>
                <input type="hidden" name="tu" value={displayDay(range.from)} />
                <input type="hidden" name="den" value={displayDay(range.to)} />
              </>
            )}
            <div>
              <label htmlFor="tk-nguoi" className="block text-sm font-semibold">
                Người viết
              </label>
              <select id="tk-nguoi" name="nguoi" defaultValue={authorId ?? ''} className="max-w-56 rounded border border-neutral-500 bg-white px-2 py-1.5 text-sm">
                <option value="">Cả tòa soạn</option>
                {authors.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded border border-neutral-500 bg-white px-3 py-1.5 text-sm font-semibold">
              Lọc
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}

const nf = new Intl.NumberFormat('vi-VN');

/** A statistics table with its CSV download; on a phone each row becomes a card. */
export function StatsTableView({ table, query }: { table: StatsTable; query: string }) {
  return (
    <section className="mt-6" aria-labelledby={`bang-${table.key}`} data-testid={`table-${table.key}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`bang-${table.key}`} className="text-lg font-semibold">
          {table.title}
        </h2>
        <a href={`/desk/thong-ke/tai-ve?bang=${table.key}&${query}`} download className="rounded border border-neutral-500 bg-white px-3 py-1 text-sm font-semibold">
          Tải CSV (Excel)
        </a>
      </div>
      {table.rows.length ? (
        <table className="table-cards mt-2 w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-line text-left">
              {table.columns.map((c) => (
                <th key={c.label} scope="col" className={`p-2 ${c.numeric ? 'text-right' : ''}`}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i} className="border-b border-line">
                {r.cells.map((cell, j) => {
                  const c = table.columns[j];
                  const text = typeof cell === 'number' ? nf.format(cell) : cell;
                  if (j === 0) {
                    return (
                      <th key={j} scope="row" className="p-2 text-left font-semibold">
                        {r.href ? (
                          <Link href={r.href} className="hover:text-brand">
                            {text}
                          </Link>
                        ) : (
                          text
                        )}
                      </th>
                    );
                  }
                  return (
                    <td key={j} data-label={c.label} className={`p-2 ${c.numeric ? 'tabular-nums sm:text-right' : ''}`}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-2 text-sm text-muted">{table.empty}</p>
      )}
    </section>
  );
}
