import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="noi-dung" className="mx-auto max-w-2xl px-4 py-20 text-center">
      <h1 className="font-serif text-3xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-3 text-muted">Trang bạn tìm không tồn tại hoặc đã được chuyển đi.</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand underline">
          Về trang chủ
        </Link>
      </p>
    </main>
  );
}
