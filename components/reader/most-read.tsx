import Link from 'next/link';
import { weekListRepeatsDay } from '@/lib/articles/most-read';
import { articlePath, listMostRead } from '@/lib/articles/public';

const windows = [
  { id: 'doc-nhieu-24h', label: 'Đọc nhiều 24 giờ', hours: 24 },
  { id: 'doc-nhieu-7-ngay', label: 'Đọc nhiều trong tuần', hours: 24 * 7 },
] as const;

export async function MostRead() {
  const lists = await Promise.all(windows.map((w) => listMostRead({ hours: w.hours, limit: 5 })));
  if (weekListRepeatsDay(lists[0], lists[1])) lists[1] = [];
  return (
    <>
      {windows.map((w, i) =>
        lists[i].length ? (
          <section key={w.id} aria-labelledby={w.id}>
            <h2 id={w.id} className="mb-3 border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand">
              {w.label}
            </h2>
            <ol className="space-y-3">
              {lists[i].map((a, n) => (
                <li key={a.id} className="flex gap-3">
                  <span className="font-serif text-2xl font-bold text-brand" aria-hidden="true">
                    {n + 1}
                  </span>
                  <Link href={articlePath(a, a.sectionSlug)} className="font-serif font-semibold leading-snug hover:text-brand">
                    {a.title}
                  </Link>
                </li>
              ))}
            </ol>
          </section>
        ) : null,
      )}
    </>
  );
}
