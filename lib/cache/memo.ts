/**
 * Small, rarely changing reads (site settings, the section list) are asked for on every page
 * render. They are kept per process for a few seconds and forgotten at once when this instance
 * changes them; another instance sees a change within the lifetime.
 */
type Entry = { at: number; value: Promise<unknown> };
const entries = ((globalThis as { __toasoanMemo?: Map<string, Entry> }).__toasoanMemo ??= new Map());

export function memoize<T>(key: string, ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  return () => {
    const hit = entries.get(key);
    if (hit && Date.now() - hit.at < ttlMs) return hit.value as Promise<T>;
    const value = load();
    entries.set(key, { at: Date.now(), value });
    value.catch(() => entries.delete(key));
    return value;
  };
}

export function forgetMemos() {
  entries.clear();
}
