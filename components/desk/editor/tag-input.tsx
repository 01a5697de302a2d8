'use client';

import { useEffect, useState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import { TAG_MAX, TAGS_MAX } from '@/lib/articles/schema';
import { slugify } from '@/lib/text';

/**
 * Tags as chips; the newsroom's tags are suggested while typing, matched without accents ("ky niem"
 * offers "Kỷ niệm"), in a list of our own: a <datalist> hides every suggestion whose text does not
 * contain what was typed, accents and all. Enter or a comma adds what was typed, or the suggestion
 * picked with the arrow keys.
 */
export function TagInput({ tags, onChange, errors }: { tags: string[]; onChange: (tags: string[]) => void; errors?: string[] }) {
  const [typed, setTyped] = useState('');
  const [suggestions, setSuggestions] = useState<{ id: number; name: string }[]>([]);
  const [active, setActive] = useState(-1);
  useEffect(() => {
    const q = typed.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        const res = await fetch(`/api/the?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (res.ok) {
          setSuggestions((await res.json()).tags);
          setActive(-1);
        }
      } catch {
        /* typing on: an aborted lookup is fine */
      }
    }, 200);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [typed]);

  const shown = typed.trim() ? suggestions.filter((s) => !tags.some((t) => slugify(t) === slugify(s.name))) : [];
  const open = shown.length > 0;

  function add(name: string) {
    const clean = name.replace(/\s+/g, ' ').trim().slice(0, TAG_MAX);
    setTyped('');
    setSuggestions([]);
    setActive(-1);
    if (!clean || tags.length >= TAGS_MAX || tags.some((t) => slugify(t) === slugify(clean))) return;
    // Typed without accents, an existing tag is the same tag: the chip shows its spelling.
    const existing = suggestions.find((s) => slugify(s.name) === slugify(clean));
    onChange([...tags, existing ? existing.name : clean]);
  }

  return (
    <div>
      <label htmlFor="tag-input" className="font-semibold">
        Từ khóa
      </label>
      <ul className="mt-1 flex flex-wrap gap-2" aria-label="Từ khóa đã gắn">
        {tags.map((t) => (
          <li key={t} className="flex items-center gap-1 rounded bg-neutral-200 px-2 py-0.5 text-sm" data-testid="tag-chip">
            {t}
            <button type="button" aria-label={`Bỏ từ khóa ${t}`} onClick={() => onChange(tags.filter((x) => x !== t))} className="px-1">
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="relative">
        <input
          id="tag-input"
          role="combobox"
          aria-expanded={open}
          aria-controls="tag-suggestions"
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `tag-suggestion-${shown[active].id}` : undefined}
          value={typed}
          onChange={(e) => {
            const v = e.target.value;
            if (v.endsWith(',')) add(v.slice(0, -1));
            else setTyped(v);
          }}
          onKeyDown={(e) => {
            if (e.nativeEvent.isComposing) return;
            if (e.key === 'ArrowDown' && open) {
              e.preventDefault();
              setActive((a) => Math.min(a + 1, shown.length - 1));
            } else if (e.key === 'ArrowUp' && open) {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, -1));
            } else if (e.key === 'Escape' && open) {
              e.preventDefault();
              setSuggestions([]);
            } else if (e.key === 'Enter') {
              e.preventDefault();
              add(open && active >= 0 ? shown[active].name : typed);
            }
          }}
          onBlur={() => setSuggestions([])}
          maxLength={TAG_MAX}
          placeholder="Gõ từ khóa rồi Enter (hoặc dấu phẩy)"
          className="mt-1 w-full rounded border border-neutral-400 bg-white px-3 py-2"
          aria-describedby="tags-error"
        />
        <ul id="tag-suggestions" role="listbox" aria-label="Từ khóa đã có" hidden={!open} className="absolute z-10 mt-1 max-h-60 w-full overflow-y-auto rounded border border-neutral-400 bg-white shadow">
          {shown.map((s, i) => (
            <li
              key={s.id}
              id={`tag-suggestion-${s.id}`}
              role="option"
              aria-selected={i === active}
              // Keeps the focus in the box: a click picks the tag before the box's blur closes the list.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => add(s.name)}
              className={`cursor-pointer px-3 py-1.5 ${i === active ? 'bg-neutral-200' : 'hover:bg-neutral-100'}`}
            >
              {s.name}
            </li>
          ))}
        </ul>
      </div>
      <FieldError id="tags-error" errors={errors} />
    </div>
  );
}
