'use client';

import { useActionState, useState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Share = { userId: number | null; contributorId: number | null; payee: string; sharePercent: number };
type Row = { key: number; payee: string; name: string; share: string };

const input = 'block w-full rounded border border-neutral-400 bg-white px-2 py-1';

/**
 * Who shares a story's nhuận bút and how much: desk accounts, cộng tác viên on file, or a new
 * cộng tác viên typed by name. The total is shown as it is typed; the server refuses anything but 100 %.
 */
export function StorySharesForm({
  articleId,
  title,
  shares,
  people,
  contributors,
  action,
}: {
  articleId: number;
  title: string;
  shares: Share[];
  people: { id: number; name: string }[];
  contributors: { id: number; name: string }[];
  action: Action;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const [rows, setRows] = useState<Row[]>(() =>
    shares.map((s, i) => ({ key: i, payee: s.userId ? `u${s.userId}` : `c${s.contributorId}`, name: '', share: String(s.sharePercent) })),
  );
  const [next, setNext] = useState(shares.length);
  const total = rows.reduce((a, r) => a + (/^\d+$/.test(r.share.trim()) ? Number(r.share) : 0), 0);
  const e = state.ok ? undefined : state.fieldErrors;
  const change = (key: number, patch: Partial<Row>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <form action={formAction} className="grid gap-2 rounded border border-line bg-neutral-50 p-2" noValidate aria-label={`Chia nhuận bút: ${title}`}>
      <input type="hidden" name="articleId" value={articleId} />
      <p className="text-xs font-semibold">Người hưởng nhuận bút</p>
      <ul className="grid gap-2">
        {rows.map((r, i) => (
          <li key={r.key} className="grid grid-cols-[1fr_4.5rem_auto] items-start gap-2" data-share-row={i}>
            <div className="grid gap-1">
              <select name={`payee-${i}`} value={r.payee} onChange={(ev) => change(r.key, { payee: ev.target.value })} className={input} aria-label={`Người thứ ${i + 1}`}>
                <option value="">— Chọn người —</option>
                <optgroup label="Trong tòa soạn">
                  {people.map((p) => (
                    <option key={p.id} value={`u${p.id}`}>
                      {p.name}
                    </option>
                  ))}
                </optgroup>
                {contributors.length ? (
                  <optgroup label="Cộng tác viên">
                    {contributors.map((c) => (
                      <option key={c.id} value={`c${c.id}`}>
                        {c.name}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
                <option value="moi">+ Cộng tác viên mới…</option>
              </select>
              {r.payee === 'moi' ? (
                <input name={`name-${i}`} value={r.name} onChange={(ev) => change(r.key, { name: ev.target.value })} placeholder="Họ tên cộng tác viên" className={input} aria-label={`Họ tên cộng tác viên thứ ${i + 1}`} />
              ) : null}
              <FieldError id={`chia-${articleId}-${i}-loi`} errors={e?.[`payee-${i}`] ?? e?.[`name-${i}`] ?? e?.[`share-${i}`]} />
            </div>
            <div className="flex items-center gap-1">
              <input name={`share-${i}`} value={r.share} onChange={(ev) => change(r.key, { share: ev.target.value })} inputMode="numeric" className={`${input} text-right`} aria-label={`Tỷ lệ của người thứ ${i + 1} (%)`} />
              <span className="text-sm">%</span>
            </div>
            <button type="button" onClick={() => setRows((all) => all.filter((x) => x.key !== r.key))} className="rounded border border-neutral-400 bg-white px-2 py-1 text-sm" aria-label={`Bỏ người thứ ${i + 1}`}>
              Bỏ
            </button>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={() => {
            setRows((all) => [...all, { key: next, payee: '', name: '', share: String(Math.max(0, 100 - total)) }]);
            setNext((n) => n + 1);
          }}
          className="rounded border border-neutral-400 bg-white px-2 py-1 text-sm"
        >
          + Thêm người
        </button>
        <span className={`text-sm tabular-nums ${total === 100 ? 'text-muted' : 'font-semibold text-danger'}`} data-testid="share-total">
          Cộng: {total}%{total === 100 ? '' : ' (cần đúng 100%)'}
        </span>
        <button type="submit" disabled={pending} className="ml-auto rounded bg-masthead px-3 py-1 text-sm font-semibold text-white disabled:opacity-60">
          Lưu phần chia
        </button>
      </div>
      {state.message ? (
        <p role="status" className={`text-sm ${state.ok ? 'text-success' : 'text-danger'}`}>
          {e?.shares?.[0] ?? state.message}
        </p>
      ) : null}
    </form>
  );
}
