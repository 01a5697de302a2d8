import Link from 'next/link';
import type { DeskArticleRow } from '@/lib/articles/desk';
import { statusLabelOf } from '@/lib/articles/workflow';
import { now } from '@/lib/clock';
import { formatPublishedAt } from '@/lib/dates';

export function ArticleTable({ rows, empty }: { rows: DeskArticleRow[]; empty: string }) {
  if (rows.length === 0) return <p className="mt-4 text-muted">{empty}</p>;
  const at = now();
  return (
    <table className="table-cards mt-4 w-full border-collapse bg-white text-sm">
      <thead>
        <tr className="border-b border-line text-left">
          <th scope="col" className="p-2">Tiêu đề</th>
          <th scope="col" className="p-2">Chuyên mục</th>
          <th scope="col" className="p-2">Người viết</th>
          <th scope="col" className="p-2">Trạng thái</th>
          <th scope="col" className="p-2">Cập nhật</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-line">
            <td className="p-2">
              <Link href={`/desk/bai-viet/${r.id}`} className="font-semibold hover:text-brand">
                {r.title}
              </Link>
            </td>
            <td className="p-2" data-label="Chuyên mục">{r.sectionName ?? <span className="text-muted">Chưa có chuyên mục</span>}</td>
            <td className="p-2" data-label="Người viết">{r.authorName}</td>
            <td className="p-2" data-label="Trạng thái" data-testid="status">{statusLabelOf(r, at)}</td>
            <td className="p-2 whitespace-nowrap" data-label="Cập nhật">{formatPublishedAt(r.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
