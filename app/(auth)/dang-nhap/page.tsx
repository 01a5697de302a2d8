import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/desk/sign-in-form';
import { safeDestination } from '@/lib/auth/destination';
import { deskHome } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { getSiteSettings } from '@/lib/settings';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Đăng nhập tòa soạn', robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [params, user, site] = await Promise.all([searchParams, getCurrentUser(), getSiteSettings()]);
  // Only a path on this site survives (lib/auth/destination.ts); anything else means "your desk".
  if (user) redirect(safeDestination(params.next, env().SITE_URL, deskHome(user.role)));
  const next = safeDestination(params.next, env().SITE_URL, '') || undefined;
  return (
    <main id="noi-dung" className="light-only flex min-h-screen items-center justify-center bg-neutral-100 px-4">
      <div className="w-full max-w-sm rounded bg-white p-6 shadow">
        <p className="text-center font-serif text-2xl font-bold text-brand">
          <Link href="/">{site.siteName}</Link>
        </p>
        <h1 className="mt-2 text-center text-lg font-semibold">Đăng nhập tòa soạn</h1>
        <SignInForm next={next} />
      </div>
    </main>
  );
}
