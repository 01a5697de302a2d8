import Link from 'next/link';
import { z } from 'zod';
import { ActionButton, TagMergeForm, TagRenameForm } from '@/components/desk/admin-forms';
import { requireDeskUser } from '@/lib/auth/session';
import { listTagsForDesk } from '@/lib/tags';
import { deleteTagAction, mergeTagAction, renameTagAction } from './actions';

const paramsSchema = z.object({
  q: z.string().max(100).catch(''),
  ma: z.coerce.number().int().positive().optional().catch(undefined),
  trang: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export default async function TagsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requireDeskUser('tag.manage', '/desk/the');
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const { q, ma, trang } = paramsSchema.parse({ q: first(raw.q) ?? '', ma: first(raw.ma), trang: first(raw.trang) ?? 1 });
  const { tags, total, pages } = await listTagsForDesk({ actor: me, q, id: ma, page: trang });
  const pageHref = (n: number) => `/desk/the?${new URLSearchParams({ ...(q ? { q } : {}), trang: String(n) })}`;
  return (
    <>
      <h1 className="text-2xl font-bold">Từ khóa</h1>
      <form method="get" action="/desk/the" className="mt-4 flex flex-wrap items-end gap-2" role="search">
        <label className="text-sm font-semibold">
          Tìm từ khóa
          <input name="q" defaultValue={q} className="mt-1 block rounded border border-neutral-400 bg-white px-2 py-1" />
        </label>
        <button type="submit" className="rounded bg-masthead px-4 py-1.5 font-semibold text-white">
          Tìm
        </button>
        {q || ma ? (
          <Link href="/desk/the" className="px-2 py-1.5 text-sm underline">
            Xem tất cả
          </Link>
        ) : null}
      </form>
      <p className="mt-2 text-sm text-muted">{total} từ khóa</p>
      <table className="table-cards mt-2 w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="p-2">Từ khóa</th>
            <th scope="col" className="p-2">Số bài</th>
            <th scope="col" className="p-2">Đổi tên</th>
            <th scope="col" className="p-2">Gộp vào từ khóa khác</th>
            <th scope="col" className="p-2">
              <span className="sr-only">Xóa</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tags.map((t) => (
            <tr key={t.id} className="border-b border-line align-top" data-testid="tag-row">
              <td className="p-2">
                <Link href={`/chu-de/${t.slug}`} prefetch={false} className="font-semibold underline">
                  {t.name}
                </Link>
              </td>
              <td className="p-2" data-label="Số bài">{t.articleCount}</td>
              <td className="p-2" data-label="Đổi tên">
                <TagRenameForm action={renameTagAction} id={t.id} name={t.name} />
              </td>
              <td className="p-2" data-label="Gộp vào thẻ khác">
                <TagMergeForm action={mergeTagAction} id={t.id} name={t.name} />
              </td>
              <td className="p-2">
                <ActionButton
                  action={deleteTagAction}
                  fields={{ id: t.id }}
                  label="Xóa"
                  confirm={t.articleCount ? `Xóa từ khóa “${t.name}”? Từ khóa sẽ bị gỡ khỏi ${t.articleCount} bài viết.` : `Xóa từ khóa “${t.name}”?`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 ? (
        <nav aria-label="Phân trang" className="mt-4 flex gap-3 text-sm">
          {trang > 1 ? <Link href={pageHref(trang - 1)}>← Trang trước</Link> : null}
          <span>
            Trang {trang}/{pages}
          </span>
          {trang < pages ? <Link href={pageHref(trang + 1)}>Trang sau →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
