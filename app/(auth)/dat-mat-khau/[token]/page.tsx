import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { PasswordForm } from '@/components/desk/admin-forms';
import { clientAddress } from '@/lib/client-address';
import { findPasswordLink, passwordLinkMessages } from '@/lib/auth/password-links';
import { isDomainError } from '@/lib/errors';
import { getSiteSettings } from '@/lib/settings';
import { setPasswordAction } from './actions';

export const dynamic = 'force-dynamic';
// The token is in the address: never let it leave in a Referer header.
export const metadata: Metadata = { title: 'Đặt mật khẩu', robots: { index: false }, referrer: 'no-referrer' };

type Props = { params: Promise<{ token: string }> };

async function lookUp(token: string, ip: string) {
  try {
    const link = await findPasswordLink({ token, ip });
    return link ? { link } : { refusal: passwordLinkMessages.invalid };
  } catch (err) {
    if (isDomainError(err)) return { refusal: err.message };
    throw err;
  }
}

export default async function SetPasswordPage({ params }: Props) {
  const [{ token }, site, h] = await Promise.all([params, getSiteSettings(), headers()]);
  const found = await lookUp(token, clientAddress(h));
  return (
    <main id="noi-dung" className="light-only flex min-h-screen items-center justify-center bg-neutral-100 px-4">
      <div className="w-full max-w-md rounded bg-white p-6 shadow">
        <p className="text-center font-serif text-2xl font-bold text-brand">{site.siteName}</p>
        <h1 className="mt-2 text-center text-lg font-semibold">{found.link?.purpose === 'reset' ? 'Đặt lại mật khẩu' : 'Đặt mật khẩu'}</h1>
        {found.link ? (
          <>
            <p className="mt-4 text-sm">
              Xin chào <strong>{found.link.name}</strong> ({found.link.email}). Hãy chọn mật khẩu để đăng nhập tòa soạn.
            </p>
            <div className="mt-4">
              <PasswordForm
                action={setPasswordAction}
                email={found.link.email}
                needsCurrent={false}
                submitLabel="Đặt mật khẩu"
                hidden={{ token }}
                afterSuccess={
                  <Link href="/dang-nhap" className="inline-block rounded bg-masthead px-4 py-2 font-semibold text-white">
                    Đăng nhập
                  </Link>
                }
              />
            </div>
          </>
        ) : (
          <p role="alert" className="mt-4 text-danger">
            {found.refusal}
          </p>
        )}
      </div>
    </main>
  );
}
