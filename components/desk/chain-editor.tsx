'use client';

import { startTransition, useActionState, useState } from 'react';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Level = { title: string; roles: ('editor' | 'admin')[]; userIds: number[] };
type Person = { id: number; name: string; role: string };

const roleChoices = [
  { value: 'editor', label: 'Mọi biên tập viên' },
  { value: 'admin', label: 'Mọi quản trị' },
] as const;

/** An admin lays out the sign-off levels: add, remove, reorder, and pick who acts at each. */
export function ChainEditor({ initial, people, sectionId, action }: { initial: Level[]; people: Person[]; sectionId: number | null; action: Action }) {
  const [levels, setLevels] = useState<Level[]>(initial);
  const [state, formAction, pending] = useActionState(action, {});
  const update = (i: number, change: Partial<Level>) => setLevels((ls) => ls.map((l, j) => (j === i ? { ...l, ...change } : l)));
  const move = (i: number, by: number) =>
    setLevels((ls) => {
      const next = [...ls];
      const [l] = next.splice(i, 1);
      next.splice(i + by, 0, l);
      return next;
    });
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  return (
    <form
      // Submitted by hand, not through `action`: React resets a form after its action runs, and a
      // reset puts every checkbox back to the state it was created with, so the approvers ticked on
      // a level added since the page loaded showed unticked although they were saved.
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="mt-4 space-y-4"
    >
      <input type="hidden" name="chain" value={JSON.stringify({ levels })} />
      <input type="hidden" name="sectionId" value={sectionId ?? ''} />
      <ol className="space-y-3">
        {levels.map((level, i) => (
          <li key={i} className="rounded border border-line bg-white p-4" data-testid="chain-level">
            <div className="flex flex-wrap items-end gap-3">
              <div className="min-w-48 flex-1">
                <label htmlFor={`level-${i}`} className="text-sm font-semibold">
                  Cấp {i + 1}: tên cấp duyệt
                </label>
                <input
                  id={`level-${i}`}
                  value={level.title}
                  onChange={(e) => update(i, { title: e.target.value })}
                  maxLength={60}
                  className="mt-1 block w-full rounded border border-neutral-400 px-2 py-1"
                />
              </div>
              <button type="button" onClick={() => move(i, -1)} disabled={i === 0} className="rounded border border-neutral-500 px-2 py-1 text-sm disabled:opacity-40">
                Lên
              </button>
              <button type="button" onClick={() => move(i, 1)} disabled={i === levels.length - 1} className="rounded border border-neutral-500 px-2 py-1 text-sm disabled:opacity-40">
                Xuống
              </button>
              <button type="button" onClick={() => setLevels((ls) => ls.filter((_, j) => j !== i))} disabled={levels.length === 1} className="rounded border border-danger px-2 py-1 text-sm text-danger disabled:opacity-40">
                Bỏ cấp {i + 1}
              </button>
            </div>
            <fieldset className="mt-3">
              <legend className="text-sm font-semibold">Ai duyệt ở cấp này</legend>
              <div className="mt-1 flex flex-wrap gap-4 text-sm">
                {roleChoices.map((r) => (
                  <label key={r.value} className="flex items-center gap-1">
                    <input type="checkbox" checked={level.roles.includes(r.value)} onChange={() => update(i, { roles: toggle(level.roles, r.value) })} />
                    {r.label}
                  </label>
                ))}
                {people.map((p) => (
                  <label key={p.id} className="flex items-center gap-1">
                    <input type="checkbox" checked={level.userIds.includes(p.id)} onChange={() => update(i, { userIds: toggle(level.userIds, p.id) })} />
                    {p.name}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => setLevels((ls) => [...ls, { title: '', roles: [], userIds: [] }])}
          disabled={levels.length >= 6}
          className="rounded border border-neutral-500 bg-white px-4 py-2 font-semibold disabled:opacity-40"
        >
          Thêm cấp duyệt
        </button>
        <button type="submit" disabled={pending} className="rounded bg-masthead px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          Lưu quy trình
        </button>
      </div>
      <p role="status" aria-live="polite" className={`text-sm font-semibold ${state.ok ? 'text-success' : 'text-danger'}`}>
        {state.message}
        {state.fieldErrors ? ` ${Object.values(state.fieldErrors).flat().join(' ')}` : ''}
      </p>
    </form>
  );
}

/** A section goes back to the newsroom's chain. */
export function DropSectionChainButton({ sectionId, action }: { sectionId: number; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="sectionId" value={sectionId} />
      <button type="submit" disabled={pending} className="rounded border border-neutral-500 bg-white px-3 py-1 text-sm font-semibold disabled:opacity-60">
        Dùng quy trình chung
      </button>
      {state.message ? (
        <span role="status" className={`ml-2 ${state.ok ? 'text-success' : 'text-danger'}`}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
