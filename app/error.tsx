'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="noi-dung" className="mx-auto max-w-2xl px-4 py-20 text-center">
      <h1 className="font-serif text-3xl font-bold">Đã có lỗi xảy ra</h1>
      <p className="mt-3 text-muted">Hệ thống gặp sự cố khi hiển thị trang này. Vui lòng thử lại.</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-masthead px-4 py-2 font-semibold text-white">
        Thử lại
      </button>
    </main>
  );
}
