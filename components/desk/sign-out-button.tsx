'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: '/dang-nhap' })} className="shrink-0 whitespace-nowrap rounded border border-neutral-500 px-3 py-1 text-sm hover:bg-neutral-700">
      Đăng xuất
    </button>
  );
}
