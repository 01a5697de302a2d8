import Link from 'next/link';
import { ArticleTable } from '@/components/desk/article-table';
import { listMyArticles } from '@/lib/articles/desk';
import { requireDeskUser } from '@/lib/auth/session';

export default async function MyArticles() {
  const user = await requireDeskUser('article.create', '/desk/bai-viet');
  const rows = await listMyArticles({ authorId: user.id });
  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">Bài của tôi</h1>
        <Link href="/desk/bai-viet/moi" className="rounded bg-masthead px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          Viết bài mới
        </Link>
      </div>
      <ArticleTable rows={rows} empty="Bạn chưa có bài nào. Bấm “Viết bài mới” để bắt đầu." />
    </>
  );
}
