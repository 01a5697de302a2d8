import Link from 'next/link';
import { ArticleTable } from '@/components/desk/article-table';
import { listDeskAuthors, listMyDesk } from '@/lib/articles/my-desk';
import { type DeskList, deskLists, parseDeskFilters } from '@/lib/articles/my-desk-filters';
import { listSections } from '@/lib/articles/public';
import { statusLabels } from '@/lib/articles/workflow';
import { can } from '@/lib/auth/permissions';
import { requireDeskUser } from '@/lib/auth/session';
import { displayDay } from '@/lib/dates';
import { DateTimeField } from '@/components/ui/date-time-field';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const empty: Record<DeskList, string> = {
  'cua-toi': 'Bạn chưa có bài nào. Bấm “Viết bài mới” để bắt đầu.',
  'cho-toi': 'Không có bài nào chờ bạn duyệt.',
  nhap: 'Không có bản nháp nào.',
  'tra-lai': 'Không có bài nào bị trả lại.',
  'hen-gio': 'Không có bài nào hẹn giờ.',
  'da-dang': 'Chưa có bài nào xuất bản.',
};

/** The desk of one person: their lists, each searchable and filterable through the address bar. */
export default async function MyArticles({ searchParams }: Props) {
  const user = await requireDeskUser('article.create', '/desk/bai-viet');
  const filters = parseDeskFilters(await searchParams);
  const list: DeskList = filters.ds ?? 'cua-toi';
  const lists = (Object.keys(deskLists) as DeskList[]).filter((l) => l !== 'cho-toi' || can(user.role, 'article.review'));
  const [rows, sections, authors] = await Promise.all([listMyDesk({ actor: user, list, filters }), listSections(), listDeskAuthors({ actor: user })]);
  const href = (ds: DeskList) => {
    const p = new URLSearchParams();
    p.set('ds', ds);
    for (const key of ['q', 'chuyen-muc', 'trang-thai', 'tac-gia', 'tu', 'den'] as const) if (filters[key]) p.set(key, String(filters[key]));
    return `/desk/bai-viet?${p}`;
  };
  const input = 'mt-1 block rounded border border-neutral-400 bg-white px-2 py-1 text-sm';
  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">Bài của tôi</h1>
        <Link href="/desk/bai-viet/moi" className="rounded bg-masthead px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          Viết bài mới
        </Link>
      </div>
      <nav aria-label="Danh sách bài" className="mt-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {lists.map((l) => (
            <li key={l}>
              <Link
                href={href(l)}
                aria-current={l === list ? 'page' : undefined}
                className={`block rounded border px-3 py-1.5 ${l === list ? 'border-neutral-900 bg-neutral-900 text-white' : 'border-neutral-400 bg-white'}`}
              >
                {deskLists[l]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/desk/bai-viet" role="search" aria-label="Tìm và lọc bài" className="mt-4 flex flex-wrap items-end gap-3 rounded border border-line bg-white p-3">
        <input type="hidden" name="ds" value={list} />
        <div>
          <label htmlFor="loc-q" className="text-sm">Tìm theo tiêu đề</label>
          <input id="loc-q" name="q" type="search" defaultValue={filters.q} className={input} />
        </div>
        <div>
          <label htmlFor="loc-chuyen-muc" className="text-sm">Chuyên mục</label>
          <select id="loc-chuyen-muc" name="chuyen-muc" defaultValue={filters['chuyen-muc'] ?? ''} className={input}>
            <option value="">Tất cả</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="loc-trang-thai" className="text-sm">Trạng thái</label>
          <select id="loc-trang-thai" name="trang-thai" defaultValue={filters['trang-thai'] ?? ''} className={input}>
            <option value="">Tất cả</option>
            {Object.entries(statusLabels).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="loc-tac-gia" className="text-sm">Người viết</label>
          <select id="loc-tac-gia" name="tac-gia" defaultValue={filters['tac-gia'] ?? ''} className={input}>
            <option value="">Tất cả</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>{a.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="loc-tu" className="text-sm">Từ ngày</label>
          <DateTimeField id="loc-tu" name="tu" defaultValue={displayDay(filters.tu)} className={input} />
        </div>
        <div>
          <label htmlFor="loc-den" className="text-sm">Đến ngày</label>
          <DateTimeField id="loc-den" name="den" defaultValue={displayDay(filters.den)} className={input} />
        </div>
        <button type="submit" className="rounded border border-neutral-500 px-3 py-1.5 text-sm font-semibold">Lọc</button>
      </form>
      <section aria-label={deskLists[list]}>
        <ArticleTable rows={rows} empty={empty[list]} />
      </section>
    </>
  );
}
