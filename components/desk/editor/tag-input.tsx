'use client';

import { useEffect, useState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import { TAG_MAX, TAGS_MAX } from '@/lib/articles/schema';
import { slugify } from '@/lib/text';

/** Tags as chips; suggestions from the newsroom's tags while typing; Enter or comma adds a new one. */
export function TagInput({ tags, onChange, errors }: { tags: string[]; onChange: (tags: string[]) => void; errors?: string[] }) {
  const [typed, setTyped] = useState('');
  const [suggestions, setSuggestions] = useState<{ id: number; name: string }[]>([]);
  useEffect(() => {
    const q = typed.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        const res = await fetch(`/api/the?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (res.ok) setSuggestions((await res.json()).tags);
      } catch {
        /* typing on: an aborted lookup is fine */
      }
    }, 200);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [typed]);

  function add(name: string) {
    const clean = name.replace(/\s+/g, ' ').trim().slice(0, TAG_MAX);
    setTyped('');
    setSuggestions([]);
    if (!clean || tags.length >= TAGS_MAX || tags.some((t) => slugify(t) === slugify(clean))) return;
    onChange([...tags, clean]);
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
      <input
        id="tag-input"
        value={typed}
        onChange={(e) => {
          const v = e.target.value;
          if (v.endsWith(',')) add(v.slice(0, -1));
          else setTyped(v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            add(typed);
          }
        }}
        list="tag-suggestions"
        maxLength={TAG_MAX}
        placeholder="Gõ từ khóa rồi Enter (hoặc dấu phẩy)"
        className="mt-1 w-full rounded border border-neutral-400 bg-white px-3 py-2"
        aria-describedby="tags-error"
      />
      <datalist id="tag-suggestions">
        {(typed.trim() ? suggestions : []).map((s) => (
          <option key={s.id} value={s.name} />
        ))}
      </datalist>
      <FieldError id="tags-error" errors={errors} />
    </div>
  );
}
