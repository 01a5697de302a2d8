import Link from 'next/link';
import { ArticleTable } from '@/components/desk/article-table';
import { listMyDesk } from '@/lib/articles/my-desk';
import { requireDeskUser } from '@/lib/auth/session';

/** What waits at this editor's level of the sign-off chain, then what waits for a publisher. */
export default async function ReviewQueue() {
  const user = await requireDeskUser('article.review', '/desk/duyet-bai');
  const rows = await listMyDesk({ actor: user, list: 'cho-toi', filters: {} });
  const readyToPublish = (r: (typeof rows)[number]) => r.status === 'approved' || r.pendingEdit?.status === 'approved';
  const waiting = rows.filter((r) => !readyToPublish(r));
  const approved = rows.filter(readyToPublish);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Duyệt bài</h1>
        <Link href="/desk/bai-viet?ds=cho-toi" className="text-sm underline">
          Tìm và lọc bài chờ tôi duyệt
        </Link>
      </div>
      <section aria-labelledby="cho-duyet" className="mt-6">
        <h2 id="cho-duyet" className="text-lg font-semibold">Chờ duyệt ở cấp của tôi ({waiting.length})</h2>
        <ArticleTable rows={waiting} empty="Không có bài nào chờ duyệt ở cấp của bạn." />
      </section>
      <section aria-labelledby="cho-xuat-ban" className="mt-8">
        <h2 id="cho-xuat-ban" className="text-lg font-semibold">Đã duyệt, chờ xuất bản ({approved.length})</h2>
        <ArticleTable rows={approved} empty="Không có bài nào chờ xuất bản." />
      </section>
    </>
  );
}
