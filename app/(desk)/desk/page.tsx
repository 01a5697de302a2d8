import Link from 'next/link';
import { redirect } from 'next/navigation';
import { listArticlesByStatus } from '@/lib/articles/desk';
import { deskHome } from '@/lib/auth/permissions';
import { requireDeskUser } from '@/lib/auth/session';
import { countPendingComments } from '@/lib/comments/comments';

export default async function DeskHome() {
  const user = await requireDeskUser('desk.enter', '/desk');
  if (user.role !== 'admin') redirect(deskHome(user.role));
  const [waiting, pending] = await Promise.all([listArticlesByStatus({ actor: user, statuses: ['in_review', 'approved'] }), countPendingComments({ actor: user })]);
  const cards = [
    { href: '/desk/duyet-bai', label: 'Bài chờ duyệt và chờ xuất bản', value: waiting.length },
    { href: '/desk/binh-luan', label: 'Bình luận chờ duyệt', value: pending },
    { href: '/desk/bai-viet', label: 'Bài của tôi', value: null },
    { href: '/desk/nguoi-dung', label: 'Người dùng và vai trò', value: null },
  ];
  return (
    <>
      <h1 className="text-2xl font-bold">Tổng quan tòa soạn</h1>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {cards.map((c) => (
          <li key={c.href}>
            <Link href={c.href} className="block rounded border border-line bg-white p-4 hover:border-brand">
              <span className="block text-sm text-muted">{c.label}</span>
              {c.value !== null ? <span className="text-3xl font-bold">{c.value}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
