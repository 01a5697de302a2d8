import Link from 'next/link';
import { AddTermForm, RemoveTermButton } from '@/components/comments/term-forms';
import { requireDeskUser } from '@/lib/auth/session';
import { listBannedTerms } from '@/lib/comments/banned-terms';
import { addBannedTermAction, removeBannedTermAction } from '../actions';

export default async function BannedTermsPage() {
  const user = await requireDeskUser('comment.moderate', '/desk/binh-luan/tu-ngu');
  const terms = await listBannedTerms({ actor: user });
  return (
    <>
      <p className="text-sm">
        <Link href="/desk/binh-luan" className="underline">
          Kiểm duyệt bình luận
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold">Từ ngữ cấm và cần xem xét</h1>
      <p className="mt-1 text-sm text-muted">
        So khớp theo nguyên âm tiết, không phân biệt hoa thường; “Bắt cả khi viết không dấu” khiến “ngu” khớp cả “ngũ”, “ngụ”.
      </p>
      <div className="mt-4">
        <AddTermForm action={addBannedTermAction} />
      </div>
      <table className="table-cards mt-4 w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="p-2">Từ ngữ</th>
            <th scope="col" className="p-2">Xử lý</th>
            <th scope="col" className="p-2">Không dấu</th>
            <th scope="col" className="p-2">
              <span className="sr-only">Xóa</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {terms.map((t) => (
            <tr key={t.id} className="border-b border-line">
              <td className="p-2 font-semibold">{t.term}</td>
              <td className="p-2" data-label="Xử lý">{t.action === 'reject' ? 'Từ chối ngay' : 'Giữ lại chờ duyệt'}</td>
              <td className="p-2" data-label="Không dấu">{t.ignoreDiacritics ? 'Có' : 'Không'}</td>
              <td className="p-2 text-right">
                <RemoveTermButton id={t.id} term={t.term} action={removeBannedTermAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
