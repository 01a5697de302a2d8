import Link from 'next/link';
import { BaseSalaryForm, GenreRangesForm, NewGenreForm, RatesForm, RoyaltyTitlesForm } from '@/components/royalties/settings-forms';
import { roleLabels } from '@/lib/auth/permissions';
import { requireDeskUser } from '@/lib/auth/session';
import { listTitleCandidates } from '@/lib/auth/title-holders';
import { now as clockNow } from '@/lib/clock';
import { vietnamIsoDay } from '@/lib/dates';
import { formatVnd } from '@/lib/money';
import { baseSalaryOn, unitValue } from '@/lib/royalties/rules';
import { getRoyaltySettings } from '@/lib/royalties/settings';
import { addBaseSalaryAction, addGenreAction, saveGenreRangesAction, saveRoyaltyRatesAction, saveRoyaltyTitlesAction } from './actions';

const box = 'rounded border border-line bg-white p-4';
const dayLabel = (iso: string) => iso.split('-').reverse().join('/');

/** The admin's settings of nhuận bút: lương cơ sở by date, the unit, genres' ranges, add-ons, thù lao and who chấm / khóa sổ. */
export default async function RoyaltySettingsPage() {
  await requireDeskUser('royalty.manage', '/desk/nhuan-but/cai-dat');
  const [rules, people] = await Promise.all([getRoyaltySettings(), listTitleCandidates()]);
  const today = vietnamIsoDay(clockNow());
  const inForce = baseSalaryOn(rules.baseSalaries, today);
  const salaries = [...rules.baseSalaries].sort((a, b) => b.from.localeCompare(a.from));
  return (
    <div>
      <p className="text-sm">
        <Link href="/desk/nhuan-but" className="underline">
          Nhuận bút
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold">Cài đặt nhuận bút</h1>
      <p className="mt-1 max-w-prose text-sm text-muted">
        Nhuận bút = hệ số × giá trị một đơn vị hệ số (Nghị định 18/2014/NĐ-CP). Đổi cài đặt không sửa những tháng đã khóa sổ; bài đã chấm giữ giá trị đơn vị lúc chấm. Mọi thay đổi được ghi vào nhật ký.
      </p>
      <div className="mt-5 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="luong-co-so" className={box}>
          <h2 id="luong-co-so" className="text-lg font-bold">
            Lương cơ sở
          </h2>
          <p className="mt-1 text-sm">
            Đang áp dụng:{' '}
            <strong data-testid="base-salary-now" className="whitespace-nowrap">{inForce ? `${formatVnd(inForce.amount)} (từ ${dayLabel(inForce.from)})` : 'chưa có'}</strong>
            {inForce ? (
              <>
                {' '}
                · một đơn vị hệ số = <span className="whitespace-nowrap">{formatVnd(unitValue(inForce.amount, rules.unitSharePercent))}</span>
              </>
            ) : null}
          </p>
          <table className="mt-3 w-full border-collapse text-sm">
            <thead>
              <tr className="text-left">
                <th scope="col" className="border-b border-line py-1.5">
                  Áp dụng từ
                </th>
                <th scope="col" className="border-b border-line py-1.5 text-right">
                  Mức lương cơ sở
                </th>
                <th scope="col" className="border-b border-line py-1.5 text-right">
                  Một đơn vị hệ số
                </th>
              </tr>
            </thead>
            <tbody>
              {salaries.map((s) => (
                <tr key={s.from} data-salary-from={s.from}>
                  <td className="border-b border-line py-1.5">{dayLabel(s.from)}</td>
                  <td className="border-b border-line py-1.5 text-right tabular-nums">{formatVnd(s.amount)}</td>
                  <td className="border-b border-line py-1.5 text-right tabular-nums">{formatVnd(unitValue(s.amount, rules.unitSharePercent))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-3 text-sm text-muted">Khi Chính phủ điều chỉnh lương cơ sở, thêm mức mới với ngày áp dụng: bài đăng từ ngày đó tính theo mức mới, các tháng trước giữ mức cũ.</p>
          <div className="mt-3">
            <BaseSalaryForm action={addBaseSalaryAction} />
          </div>
        </section>
        <section aria-labelledby="cach-tinh" className={box}>
          <h2 id="cach-tinh" className="text-lg font-bold">
            Cách tính
          </h2>
          <div className="mt-3">
            <RatesForm action={saveRoyaltyRatesAction} rates={rules} />
          </div>
        </section>
        <section aria-labelledby="khung-he-so" className={box}>
          <h2 id="khung-he-so" className="text-lg font-bold">
            Khung hệ số theo thể loại
          </h2>
          <p className="mt-1 text-sm text-muted">Mặc định là mức trần của khung nhuận bút báo điện tử; tòa soạn có thể thu hẹp theo quy chế của mình.</p>
          <div className="mt-3">
            <GenreRangesForm action={saveGenreRangesAction} genres={rules.genres} />
          </div>
          <h3 className="mt-5 font-semibold">Thêm thể loại</h3>
          <div className="mt-2">
            <NewGenreForm action={addGenreAction} />
          </div>
        </section>
        <section aria-labelledby="nguoi-cham" className={box}>
          <h2 id="nguoi-cham" className="text-lg font-bold">
            Người chấm và người khóa sổ
          </h2>
          <div className="mt-3">
            <RoyaltyTitlesForm
              action={saveRoyaltyTitlesAction}
              clerks={rules.clerks}
              lockers={rules.lockers}
              people={people.map((p) => ({ id: p.id, name: p.name, role: roleLabels[p.role] }))}
            />
          </div>
        </section>
      </div>
    </div>
  );
}
