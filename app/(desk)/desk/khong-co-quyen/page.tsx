import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="py-12 text-center">
      <h1 className="text-2xl font-bold">Bạn không có quyền truy cập trang này</h1>
      <p className="mt-3 text-muted">Vai trò của bạn không được phép dùng chức năng này. Hãy liên hệ quản trị viên nếu cần.</p>
      <p className="mt-6">
        <Link href="/desk" className="font-semibold text-brand underline">
          Về bàn làm việc
        </Link>
      </p>
    </div>
  );
}
