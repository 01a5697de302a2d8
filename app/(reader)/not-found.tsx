import Link from 'next/link';

/** Inside the paper's own layout (which already holds the <main>), for pages that do not exist. */
export default function ReaderNotFound() {
  return (
    <div className="mx-auto max-w-2xl py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-3 text-muted">Trang bạn tìm không tồn tại hoặc đã được chuyển đi.</p>
      <p className="mt-6 flex flex-wrap justify-center gap-4">
        <Link href="/" className="font-semibold text-brand underline">
          Về trang chủ
        </Link>
        <Link href="/tim-kiem" className="font-semibold text-brand underline">
          Tìm kiếm bài viết
        </Link>
      </p>
    </div>
  );
}
