import { formatPublishedAt } from '@/lib/dates';

/** The newsroom's corrections of a story, newest first, each dated in Vietnam's time. */
export function Corrections({ items }: { items: { id: number; body: string; createdAt: Date }[] }) {
  if (!items.length) return null;
  return (
    <aside aria-labelledby="dinh-chinh" className="mt-6 border-l-4 border-amber-500 bg-amber-50 p-4" data-testid="corrections">
      <h2 id="dinh-chinh" className="font-bold uppercase">
        Đính chính
      </h2>
      <ul className="mt-2 space-y-2">
        {items.map((c) => (
          <li key={c.id} data-testid="correction">
            <time dateTime={c.createdAt.toISOString()} className="text-sm font-semibold">
              {formatPublishedAt(c.createdAt)}
            </time>
            <p className="whitespace-pre-line">{c.body}</p>
          </li>
        ))}
      </ul>
    </aside>
  );
}
