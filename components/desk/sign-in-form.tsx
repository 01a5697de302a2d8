'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';

export function SignInForm({ next }: { next?: string }) {
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);
  const [email, setEmail] = useState('');

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const password = String(data.get('password') ?? '');
    if (!email.trim() || !password) {
      setError('Vui lòng nhập email và mật khẩu.');
      return;
    }
    setPending(true);
    setError('');
    try {
      const res = await signIn('credentials', { email, password, redirect: false });
      if (!res || res.error) {
        setError(res?.error && res.error !== 'CredentialsSignin' ? res.error : 'Email hoặc mật khẩu không đúng.');
        return;
      }
      // A full navigation, so that the desk renders with the new session cookie. The sign-in page,
      // now signed in, sends the person on: to `next` if it is ours, else to their own desk home.
      window.location.assign(next ? `/dang-nhap?next=${encodeURIComponent(next)}` : '/dang-nhap');
    } catch {
      setError('Không kết nối được máy chủ. Vui lòng thử lại.');
    } finally {
      setPending(false);
    }
  }

  const input = 'mt-1 w-full rounded border border-neutral-400 px-3 py-2';
  return (
    // POST: a submit before the script has loaded (slow network) must never put the password in the address bar.
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <div>
        <label htmlFor="email" className="text-sm font-semibold">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} maxLength={254} className={input} />
      </div>
      <div>
        <label htmlFor="password" className="text-sm font-semibold">
          Mật khẩu
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" maxLength={256} className={input} />
      </div>
      <p role="alert" className="min-h-6 text-sm font-semibold text-danger">
        {error}
      </p>
      <button type="submit" disabled={pending} className="w-full rounded bg-masthead py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? 'Đang đăng nhập…' : 'Đăng nhập'}
      </button>
    </form>
  );
}
