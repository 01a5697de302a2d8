'use client';

import { useId, useMemo, useRef, useState } from 'react';
import { type ConflictSide, diffParagraphs, diffWords, splitParagraphs } from '@/lib/articles/diff';
import { formatPublishedAt } from '@/lib/dates';
import { DiffBlocks, DiffSegments } from './diff-text';

type Side = 'theirs' | 'mine';

/** The whole of one side as one text to paste elsewhere. */
export function conflictText(side: Pick<ConflictSide, 'title' | 'lead' | 'body' | 'credit'>) {
  return [side.title, side.lead, side.body, side.credit].filter((part) => part.trim()).join('\n\n');
}

/**
 * Shown when a save was refused because someone else saved first: the saved story (theirs) and the
 * refused text (mine) side by side, the word diff between them, and a way to copy either. The
 * refused text is already kept in the history; this only helps the person merge by hand.
 * `onUse`, when given, offers “Dùng bản này” so the editor can load a side into its fields.
 */
export function ConflictView({
  theirs,
  mine,
  onUse,
}: {
  theirs: ConflictSide;
  mine: ConflictSide;
  onUse?: (side: Side, text: ConflictSide) => void;
}) {
  const headingId = useId();
  const [message, setMessage] = useState('');
  const areas = { theirs: useRef<HTMLTextAreaElement>(null), mine: useRef<HTMLTextAreaElement>(null) };
  const diff = useMemo(
    () => ({
      title: diffWords(theirs.title, mine.title),
      lead: diffWords(theirs.lead, mine.lead),
      credit: diffWords(theirs.credit, mine.credit),
      body: diffParagraphs(splitParagraphs(theirs.body), splitParagraphs(mine.body)),
    }),
    [theirs, mine],
  );
  const labels = { theirs: 'bản đã lưu', mine: 'bản của bạn' } as const;

  async function copy(side: Side) {
    const text = conflictText(side === 'theirs' ? theirs : mine);
    try {
      await navigator.clipboard.writeText(text);
      setMessage(`Đã chép ${labels[side]} vào bộ nhớ tạm.`);
    } catch {
      // No clipboard (an old browser, or permission refused): select the text for Ctrl+C instead.
      const area = areas[side].current;
      area?.focus();
      area?.select();
      setMessage(`Đã chọn sẵn ${labels[side]}: nhấn Ctrl+C (⌘C trên Mac) để chép.`);
    }
  }

  const column = (side: Side, data: ConflictSide, title: string, note: string) => (
    <section aria-label={title} className="flex flex-col rounded border border-line bg-white p-3" data-testid={`conflict-view-${side}`}>
      <h3 className="font-semibold">{title}</h3>
      <p className="text-sm text-muted">{note}</p>
      <label className="mt-2 text-sm font-semibold" htmlFor={`${headingId}-${side}`}>
        Toàn văn {labels[side]}
      </label>
      <textarea
        id={`${headingId}-${side}`}
        ref={areas[side]}
        readOnly
        rows={12}
        value={conflictText(data)}
        className="mt-1 w-full flex-1 rounded border border-neutral-400 bg-neutral-50 px-2 py-1 font-serif text-sm"
      />
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" onClick={() => copy(side)} className="rounded border border-neutral-500 bg-white px-3 py-1.5 text-sm font-semibold hover:border-brand">
          {side === 'theirs' ? 'Chép bản đã lưu' : 'Chép bản của tôi'}
        </button>
        {onUse ? (
          <button type="button" onClick={() => onUse(side, data)} className="rounded bg-masthead px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-dark">
            Dùng bản này
          </button>
        ) : null}
      </div>
    </section>
  );

  const fieldDiffs = (
    [
      ['Tiêu đề', diff.title],
      ['Sapo', diff.lead],
      ['Dòng tác giả', diff.credit],
    ] as const
  ).filter(([, segments]) => segments.some((s) => s.kind !== 'same'));
  const bodyChanged = diff.body.some((b) => b.changed);

  return (
    <section aria-labelledby={headingId} className="rounded border-2 border-danger bg-red-50 p-4" data-testid="conflict-view">
      <h2 id={headingId} className="text-lg font-bold text-danger">
        Xung đột: bài đã được người khác lưu trong lúc bạn sửa
      </h2>
      <p className="mt-1 text-sm">
        Bản của bạn không ghi đè lên bản mới hơn và đã được giữ lại trong lịch sử phiên bản, nên không mất chữ nào. Hãy so sánh, chép phần
        cần giữ rồi sửa tiếp trên bản mới nhất.
      </p>
      <div className="mt-3 grid gap-3 lg:grid-cols-2">
        {column(
          'theirs',
          theirs,
          'Bản đã lưu',
          `Phiên bản ${theirs.version}${theirs.savedByName ? `, ${theirs.savedByName} lưu` : ''} lúc ${formatPublishedAt(new Date(theirs.savedAt))}`,
        )}
        {column('mine', mine, 'Bản của bạn (chưa lưu vào bài)', `Sửa từ phiên bản ${mine.version}, gửi lúc ${formatPublishedAt(new Date(mine.savedAt))}`)}
      </div>
      <section aria-label="Khác biệt giữa hai bản" className="mt-4 rounded border border-line bg-white p-3">
        <h3 className="font-semibold">Khác biệt: từ bản đã lưu sang bản của bạn</h3>
        <p className="text-sm text-muted">
          <ins className="bg-green-100 text-green-950 underline decoration-2">Gạch chân</ins>: chỉ có trong bản của bạn.{' '}
          <del className="bg-red-100 text-red-950 line-through decoration-2">Gạch ngang</del>: chỉ có trong bản đã lưu.
        </p>
        {!fieldDiffs.length && !bodyChanged ? <p className="mt-2">Hai bản giống hệt nhau.</p> : null}
        <dl className="mt-2 space-y-2">
          {fieldDiffs.map(([label, segments]) => (
            <div key={label}>
              <dt className="text-sm font-semibold">{label}</dt>
              <dd>
                <DiffSegments segments={segments} />
              </dd>
            </div>
          ))}
        </dl>
        {bodyChanged ? (
          <div className="mt-2">
            <h4 className="text-sm font-semibold">Nội dung</h4>
            <DiffBlocks blocks={diff.body} />
          </div>
        ) : null}
      </section>
      <p role="status" aria-live="polite" className="mt-2 text-sm font-semibold">
        {message}
      </p>
    </section>
  );
}
