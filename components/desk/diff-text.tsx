import type { DiffBlock, DiffSegment, RevisionDiff } from '@/lib/articles/diff';

/**
 * A word diff as text: additions underlined in <ins>, removals struck through in <del>, each opened
 * by a label screen readers announce (“thêm:”, “bỏ:”), so the change never rests on colour alone.
 * No hooks: used by server pages and by the client conflict view alike.
 */
export function DiffSegments({ segments }: { segments: DiffSegment[] }) {
  return (
    <>
      {segments.map((s, i) => {
        if (s.kind === 'same') return <span key={i}>{s.text}</span>;
        // A paragraph break added or removed is invisible as such: show a pilcrow for it.
        const text = /^\s+$/.test(s.text) && s.text.includes('\n') ? `¶${s.text}` : s.text;
        return s.kind === 'added' ? (
          <ins key={i} className="bg-green-100 text-green-950 underline decoration-2 underline-offset-2">
            <span className="sr-only">thêm: </span>
            {text}
          </ins>
        ) : (
          <del key={i} className="bg-red-100 text-red-950 line-through decoration-2">
            <span className="sr-only">bỏ: </span>
            {text}
          </del>
        );
      })}
    </>
  );
}

/** Runs of this many unchanged paragraphs or more are folded away behind a “show” toggle. */
const FOLD_AT = 3;

export function DiffBlocks({ blocks }: { blocks: DiffBlock[] }) {
  const groups: (DiffBlock | { folded: string[] })[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (!block.changed && last && 'folded' in last) last.folded.push(block.text);
    else if (!block.changed) groups.push({ folded: [block.text] });
    else groups.push(block);
  }
  return (
    <div className="space-y-3 font-serif">
      {groups.map((g, i) => {
        if ('folded' in g) {
          const paragraphs = g.folded.map((t, j) => (
            <p key={j} className="text-muted">
              {t}
            </p>
          ));
          return g.folded.length >= FOLD_AT ? (
            <details key={i} className="rounded border border-dashed border-line px-3 py-1 text-sm">
              <summary className="cursor-pointer font-sans text-muted">{g.folded.length} đoạn không đổi</summary>
              <div className="mt-2 space-y-3">{paragraphs}</div>
            </details>
          ) : (
            <div key={i} className="space-y-3">
              {paragraphs}
            </div>
          );
        }
        return g.changed ? (
          <p key={i} className="whitespace-pre-wrap" data-testid="diff-change">
            <DiffSegments segments={g.segments} />
          </p>
        ) : null;
      })}
    </div>
  );
}

/** Everything that changed between two revisions: the changed fields, then the body. */
export function RevisionDiffView({ diff }: { diff: RevisionDiff }) {
  const changed = diff.fields.filter((f) => f.changed);
  const unchanged = diff.fields.filter((f) => !f.changed).map((f) => f.label.toLowerCase());
  if (!changed.length && !diff.bodyChanged) return <p className="text-muted">Hai bản giống hệt nhau.</p>;
  return (
    <div className="space-y-4">
      <p className="text-sm" data-testid="diff-summary">
        Thêm {diff.added.toLocaleString('vi-VN')} từ, bỏ {diff.removed.toLocaleString('vi-VN')} từ.
        {unchanged.length ? ` Không đổi: ${unchanged.join(', ')}${diff.bodyChanged ? '' : ', nội dung'}.` : ''}
      </p>
      <dl className="space-y-3">
        {changed.map((f) => (
          <div key={f.field}>
            <dt className="text-sm font-semibold">{f.label}</dt>
            <dd className={f.field === 'title' ? 'font-serif text-lg' : ''} data-testid={`diff-${f.field}`}>
              <DiffSegments segments={f.segments} />
            </dd>
          </div>
        ))}
      </dl>
      {diff.bodyChanged ? (
        <section aria-label="Nội dung">
          <h3 className="text-sm font-semibold">Nội dung</h3>
          <div className="mt-1" data-testid="diff-body">
            <DiffBlocks blocks={diff.body} />
          </div>
        </section>
      ) : null}
    </div>
  );
}
