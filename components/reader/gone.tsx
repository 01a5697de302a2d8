import Link from 'next/link';

/** Shown for a story the newsroom took down: proxy.ts answers its old URL with 410, a router request (RSC) gets this page. */
export function Gone() {
  return (
    <div className="py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">Bài viết đã được gỡ</h1>
      <p className="mt-3 text-muted">Bài viết này đã được tòa soạn gỡ xuống và không còn được phát hành.</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand underline">
          Về trang chủ
        </Link>
      </p>
    </div>
  );
}
