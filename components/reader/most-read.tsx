import Link from 'next/link';
import { articlePath, listMostRead } from '@/lib/articles/public';

export async function MostRead() {
  const items = await listMostRead({ limit: 5 });
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="doc-nhieu">
      <h2 id="doc-nhieu" className="mb-3 border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand">
        Đọc nhiều
      </h2>
      <ol className="space-y-3">
        {items.map((a, i) => (
          <li key={a.id} className="flex gap-3">
            <span className="font-serif text-2xl font-bold text-brand" aria-hidden="true">
              {i + 1}
            </span>
            <Link href={articlePath(a, a.sectionSlug)} className="font-serif font-semibold leading-snug hover:text-brand">
              {a.title}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
