'use client';

import { useId, useRef, useState } from 'react';
import { maskDateInput, monthGrid, parseVietnamDateTime, parseVietnamDay, vietnamToday } from '@/lib/dates';

type Props = {
  id: string;
  name: string;
  /** As shown: `dd/mm/yyyy` (or `dd/mm/yyyy HH:mm` with `withTime`). */
  defaultValue?: string;
  withTime?: boolean;
  className?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
};

const weekdays = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The one date (and time) field: typed as dd/mm/yyyy and 24-hour HH:mm whatever the browser's
 * language (a native date input follows the browser's locale), with a small calendar. A plain text
 * input underneath, so the form posts what is shown even before the script has loaded.
 */
export function DateTimeField({ id, name, defaultValue = '', withTime = false, className = '', ...aria }: Props) {
  const [value, setValue] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const calendarId = useId();
  const format = withTime ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy';
  const valid = (text: string) => !text.trim() || (withTime ? parseVietnamDateTime(text) : parseVietnamDay(text)) !== null;

  const update = (text: string) => {
    setValue(text);
    input.current?.setCustomValidity(valid(text) ? '' : `Hãy gõ theo dạng ${format}${withTime ? ' (giờ 24, giờ Việt Nam)' : ''}.`);
  };

  const typed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(value);
  const today = vietnamToday(new Date());
  const [shown, setShown] = useState(() =>
    typed ? { year: Number(typed[3]), month: Math.min(Math.max(Number(typed[2]), 1), 12) } : { year: today.year, month: today.month },
  );
  const pick = (day: number) => {
    const time = withTime ? (/\s(\d{1,2}:\d{2})$/.exec(value)?.[1] ?? '08:00') : '';
    update(`${pad(day)}/${pad(shown.month)}/${shown.year}${time ? ` ${time}` : ''}`);
    setOpen(false);
    input.current?.focus();
  };
  const step = (by: number) =>
    setShown(({ year, month }) => {
      const m = month + by;
      return m < 1 ? { year: year - 1, month: 12 } : m > 12 ? { year: year + 1, month: 1 } : { year, month: m };
    });
  const selectedDay = typed && Number(typed[2]) === shown.month && Number(typed[3]) === shown.year ? Number(typed[1]) : null;

  return (
    <span className="relative mt-1 flex items-stretch gap-1">
      <input
        ref={input}
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={format}
        value={value}
        onChange={(e) => update(maskDateInput(e.target.value, withTime))}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
        size={withTime ? 16 : 10}
        {...aria}
        // The wrapper takes the outer spacing and width the page gave the field.
        className={`min-w-0 flex-1 font-mono ${className.replace(/\b(mt-\d|block|w-full)\b/g, '')}`}
      />
      <button
        type="button"
        aria-expanded={open}
        aria-controls={calendarId}
        aria-label="Chọn ngày trên lịch"
        onClick={() => setOpen((o) => !o)}
        className="rounded border border-neutral-400 bg-white px-2 text-sm hover:border-brand"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.6">
          <rect x="3" y="4.5" width="14" height="12" rx="1.5" />
          <path d="M3 8.5h14M7 3v3M13 3v3" />
        </svg>
      </button>
      {open ? (
        <div id={calendarId} role="group" aria-label="Lịch" className="absolute top-full right-0 z-20 mt-1 w-64 rounded border border-line bg-white p-2 text-sm text-ink shadow-lg">
          <div className="flex items-center justify-between">
            <button type="button" onClick={() => step(-1)} aria-label="Tháng trước" className="rounded px-2 py-1 hover:bg-panel">
              ‹
            </button>
            <span className="font-semibold" aria-live="polite">
              Tháng {shown.month}/{shown.year}
            </span>
            <button type="button" onClick={() => step(1)} aria-label="Tháng sau" className="rounded px-2 py-1 hover:bg-panel">
              ›
            </button>
          </div>
          <table className="mt-1 w-full text-center">
            <thead>
              <tr>
                {weekdays.map((d) => (
                  <th key={d} scope="col" className="py-1 text-xs font-normal text-muted">
                    {d}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthGrid(shown.year, shown.month).map((week, w) => (
                <tr key={w}>
                  {week.map((day, i) => (
                    <td key={i}>
                      {day ? (
                        <button
                          type="button"
                          onClick={() => pick(day)}
                          aria-label={`${pad(day)}/${pad(shown.month)}/${shown.year}`}
                          aria-pressed={day === selectedDay}
                          className={`w-8 rounded py-1 ${day === selectedDay ? 'bg-masthead text-white' : 'hover:bg-panel'} ${
                            day === today.day && shown.month === today.month && shown.year === today.year ? 'font-bold underline' : ''
                          }`}
                        >
                          {day}
                        </button>
                      ) : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </span>
  );
}
