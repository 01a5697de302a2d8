import Link from 'next/link';
import type { DeskArticleRow } from '@/lib/articles/desk';
import { statusLabels } from '@/lib/articles/workflow';
import { formatPublishedAt } from '@/lib/dates';

export function ArticleTable({ rows, empty }: { rows: DeskArticleRow[]; empty: string }) {
  if (rows.length === 0) return <p className="mt-4 text-muted">{empty}</p>;
  return (
    <table className="mt-4 w-full border-collapse bg-white text-sm">
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
            <td className="p-2">{r.sectionName ?? <span className="text-muted">Chưa có chuyên mục</span>}</td>
            <td className="p-2">{r.authorName}</td>
            <td className="p-2" data-testid="status">{statusLabels[r.status]}</td>
            <td className="p-2 whitespace-nowrap">{formatPublishedAt(r.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
