import type { Metadata } from 'next';
import Link from 'next/link';
import { SignOutButton } from '@/components/desk/sign-out-button';
import { can, roleLabels } from '@/lib/auth/permissions';
import { requireDeskUser } from '@/lib/auth/session';
import { countQueues } from '@/lib/comments/comments';
import { countUnreadNotifications } from '@/lib/notifications';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Tòa soạn', robots: { index: false } };

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requireDeskUser('desk.enter', '/desk');
  const [queues, unread] = await Promise.all([
    can(user.role, 'comment.moderate') ? countQueues({ actor: user }) : null,
    countUnreadNotifications({ userId: user.id }),
  ]);
  const links = [
    { href: '/desk', label: 'Tổng quan' },
    can(user.role, 'article.create') && { href: '/desk/bai-viet', label: 'Bài của tôi' },
    can(user.role, 'article.review') && { href: '/desk/duyet-bai', label: 'Duyệt bài' },
    can(user.role, 'topic.propose') && { href: '/desk/de-tai', label: 'Kế hoạch đề tài' },
    can(user.role, 'royalty.read') && { href: '/desk/nhuan-but', label: 'Nhuận bút' },
    can(user.role, 'stats.read') && { href: '/desk/thong-ke', label: 'Thống kê' },
    can(user.role, 'media.upload') && { href: '/desk/anh', label: 'Thư viện ảnh' },
    queues && { href: '/desk/binh-luan', label: `Bình luận: ${queues.pending} chờ duyệt, ${queues.reported} bị báo cáo` },
  ].filter(Boolean) as { href: string; label: string }[];
  // The administration sits in a row of its own, so the working links stay few and in front.
  const adminLinks = [
    can(user.role, 'user.manage') && { href: '/desk/nguoi-dung', label: 'Người dùng' },
    can(user.role, 'section.manage') && { href: '/desk/chuyen-muc', label: 'Chuyên mục' },
    can(user.role, 'tag.manage') && { href: '/desk/the', label: 'Từ khóa' },
    can(user.role, 'workflow.manage') && { href: '/desk/quy-trinh', label: 'Quy trình duyệt' },
    can(user.role, 'settings.manage') && { href: '/desk/cai-dat', label: 'Cài đặt' },
    can(user.role, 'audit.read') && { href: '/desk/nhat-ky', label: 'Nhật ký' },
  ].filter(Boolean) as { href: string; label: string }[];
  return (
    <div className="light-only min-h-screen bg-neutral-50">
      <a href="#noi-dung" className="skip-link">
        Bỏ qua, đến nội dung chính
      </a>
      {/*
        On a phone the header is two short rows: the name, the bell and the account; then the working
        links in one line that scrolls sideways (the administration likewise), not a wall of wrapped links.
      */}
      <header className="bg-neutral-900 text-white">
        <div className="mx-auto grid max-w-6xl grid-cols-[auto_minmax(0,1fr)] items-center gap-x-4 gap-y-1 px-4 py-2 sm:flex sm:flex-wrap sm:py-3">
          <Link href="/desk" className="font-serif text-xl font-bold">
            Tòa soạn
          </Link>
          <nav aria-label="Bàn làm việc" className="order-last col-span-2 -mx-4 overflow-x-auto sm:order-none sm:mx-0 sm:flex-1">
            <ul className="flex gap-1 whitespace-nowrap px-3 text-sm sm:flex-wrap sm:px-0">
              {links.map((l) => (
                <li key={l.href}>
                  <Link href={l.href} className="block rounded px-3 py-1.5 hover:bg-neutral-700 sm:px-2">
                    {l.label}
                  </Link>
                </li>
              ))}
              <li>
                <Link href="/" prefetch={false} className="block rounded px-3 py-1.5 hover:bg-neutral-700 sm:px-2">
                  Xem trang báo
                </Link>
              </li>
            </ul>
          </nav>
          <div className="flex min-w-0 items-center justify-end gap-3">
            <Link
              href="/desk/thong-bao"
              data-testid="notification-bell"
              aria-label={unread ? `Thông báo: ${unread} chưa đọc` : 'Thông báo: không có thông báo mới'}
              className="relative shrink-0 rounded px-2 py-1.5 text-sm hover:bg-neutral-700"
            >
              {/* An SVG, not the emoji: a machine without an emoji font shows an empty box. */}
              <svg aria-hidden="true" viewBox="0 0 24 24" className="inline h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
                <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
                <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
              </svg>
              {unread ? (
                <span aria-hidden="true" className="ml-1 rounded-full bg-brand px-1.5 text-xs font-bold" data-testid="notification-count">
                  {unread > 99 ? '99+' : unread}
                </span>
              ) : null}
            </Link>
            <p className="min-w-0 truncate text-sm">
              <Link href="/desk/tai-khoan" className="underline-offset-2 hover:underline" aria-label={`Tài khoản của tôi: ${user.name}`}>
                <span data-testid="desk-user">{user.name}</span>
              </Link>
              <span className="hidden sm:inline"> · {roleLabels[user.role]}</span>
            </p>
            <SignOutButton />
          </div>
        </div>
        {adminLinks.length ? (
          <nav aria-label="Quản trị" className="overflow-x-auto border-t border-neutral-700">
            <ul className="mx-auto flex max-w-6xl items-center gap-1 whitespace-nowrap px-4 py-1 text-sm sm:flex-wrap">
              <li className="pr-2 text-xs font-semibold uppercase tracking-wide text-neutral-400" aria-hidden="true">
                Quản trị
              </li>
              {adminLinks.map((l) => (
                <li key={l.href}>
                  <Link href={l.href} className="block rounded px-3 py-1 hover:bg-neutral-700">
                    {l.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
