import { ArticleTable } from '@/components/desk/article-table';
import { listArticlesByStatus } from '@/lib/articles/desk';
import { requireDeskUser } from '@/lib/auth/session';

export default async function ReviewQueue() {
  await requireDeskUser('article.review', '/desk/duyet-bai');
  const [waiting, approved] = await Promise.all([
    listArticlesByStatus({ statuses: ['in_review'] }),
    listArticlesByStatus({ statuses: ['approved'] }),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">Duyệt bài</h1>
      <section aria-labelledby="cho-duyet" className="mt-6">
        <h2 id="cho-duyet" className="text-lg font-semibold">Chờ duyệt ({waiting.length})</h2>
        <ArticleTable rows={waiting} empty="Không có bài nào chờ duyệt." />
      </section>
      <section aria-labelledby="cho-xuat-ban" className="mt-8">
        <h2 id="cho-xuat-ban" className="text-lg font-semibold">Đã duyệt, chờ xuất bản ({approved.length})</h2>
        <ArticleTable rows={approved} empty="Không có bài nào chờ xuất bản." />
      </section>
    </>
  );
}
