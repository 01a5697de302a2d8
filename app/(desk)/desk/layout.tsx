import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminMenu } from '@/components/desk/admin-menu';
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
  // Short labels, so the whole bar is one row on a 1366-pixel screen (the pages' headings say it in full).
  const links = [
    { href: '/desk', label: 'Tổng quan' },
    can(user.role, 'article.create') && { href: '/desk/bai-viet', label: 'Bài của tôi' },
    can(user.role, 'article.review') && { href: '/desk/duyet-bai', label: 'Duyệt bài' },
    can(user.role, 'topic.propose') && { href: '/desk/de-tai', label: 'Đề tài' },
    can(user.role, 'royalty.read') && { href: '/desk/nhuan-but', label: 'Nhuận bút' },
    can(user.role, 'stats.read') && { href: '/desk/thong-ke', label: 'Thống kê' },
    can(user.role, 'media.upload') && { href: '/desk/anh', label: 'Thư viện ảnh' },
  ].filter(Boolean) as { href: string; label: string }[];
  // The administration, used now and then, folds under one "Quản trị", so the working links stay in front.
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
        One row on a desktop: the name, the working links, "Quản trị", the bell and the account. On a phone
        two short rows: the name, the bell and the account; then the working links in one line that
        scrolls sideways, "Quản trị" kept at its end (its panel opens under the whole header).
      */}
      <header className="relative bg-neutral-900 text-white">
        <div className="grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-4 gap-y-1 px-4 py-2 sm:flex sm:flex-wrap sm:py-3">
          <Link href="/desk" className="font-serif text-xl font-bold">
            Tòa soạn
          </Link>
          <div className="order-last col-span-2 -mx-4 flex min-w-0 items-center pr-2 sm:order-none sm:mx-0 sm:flex-1 sm:pr-0">
            <nav aria-label="Bàn làm việc" className="min-w-0 flex-1 overflow-x-auto">
              <ul className="flex gap-1 whitespace-nowrap px-3 text-sm sm:flex-wrap sm:px-0">
                {links.map((l) => (
                  <li key={l.href}>
                    <Link href={l.href} className="block rounded px-3 py-1.5 hover:bg-neutral-700 sm:px-2">
                      {l.label}
                    </Link>
                  </li>
                ))}
                {queues ? (
                  <li>
                    <Link href="/desk/binh-luan" className="relative flex items-center gap-1 rounded px-3 py-1.5 hover:bg-neutral-700 sm:px-2">
                      Bình luận
                      <span className="sr-only">
                        : {queues.pending} chờ duyệt, {queues.reported} bị báo cáo
                      </span>
                      {queues.pending ? (
                        <span aria-hidden="true" title={`${queues.pending} chờ duyệt`} className="rounded-full bg-brand px-1.5 text-xs font-bold tabular-nums">
                          {queues.pending}
                        </span>
                      ) : null}
                      {queues.reported ? (
                        <span aria-hidden="true" title={`${queues.reported} bị báo cáo`} className="rounded-full bg-amber-400 px-1.5 text-xs font-bold tabular-nums text-neutral-900">
                          {queues.reported}
                        </span>
                      ) : null}
                    </Link>
                  </li>
                ) : null}
                <li>
                  <Link href="/" prefetch={false} className="block rounded px-3 py-1.5 hover:bg-neutral-700 sm:px-2">
                    Trang báo
                  </Link>
                </li>
              </ul>
            </nav>
            {adminLinks.length ? <AdminMenu links={adminLinks} /> : null}
          </div>
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
            {/* The role is written out where there is room; the account link always names it. */}
            <p className="min-w-0 truncate text-sm sm:max-w-56">
              <Link href="/desk/tai-khoan" className="underline-offset-2 hover:underline" aria-label={`Tài khoản của tôi: ${user.name}, ${roleLabels[user.role]}`} title={roleLabels[user.role]}>
                <span data-testid="desk-user">{user.name}</span>
              </Link>
              <span className="hidden 2xl:inline"> · {roleLabels[user.role]}</span>
            </p>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
