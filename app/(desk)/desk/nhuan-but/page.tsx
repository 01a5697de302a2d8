import Link from 'next/link';
import { MonthButton, StoryRoyaltyForm } from '@/components/royalties/story-royalty-form';
import { can } from '@/lib/auth/permissions';
import { requireDeskUser } from '@/lib/auth/session';
import { formatVietnamDate } from '@/lib/dates';
import { formatVnd } from '@/lib/money';
import { pageMonth, royaltyTitles } from '@/lib/royalties/desk';
import { getMonthStatus, getMyMonthTotal, listMonthStories } from '@/lib/royalties/months';
import { type AddOnFlags, formatCoefficient, formatMonth } from '@/lib/royalties/rules';
import { statementParamsSchema } from '@/lib/royalties/schema';
import { lockMonthAction, reviewMonthAction, setStoryRoyaltyAction } from './actions';

const statusLabels = { draft: 'Đang chấm', reviewed: 'Đã soát, chờ khóa sổ', locked: 'Đã khóa sổ' } as const;
const link = 'rounded border border-neutral-400 bg-white px-3 py-1.5 text-sm';

/** Nhuận bút of a month: the thư ký's worksheet, the tổng biên tập's lock, and everyone's own total. */
export default async function RoyaltiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireDeskUser('royalty.read', '/desk/nhuan-but');
  const raw = await searchParams;
  const params = statementParamsSchema.safeParse({ thang: typeof raw.thang === 'string' ? raw.thang : undefined });
  const { month, previous, next } = pageMonth(params.success ? params.data.thang : undefined);
  const [{ rules, clerk, locker }, status, mine] = await Promise.all([royaltyTitles({ actor: user }), getMonthStatus({ month }), getMyMonthTotal({ actor: user, month })]);
  const worksheet = clerk || locker || can(user.role, 'royalty.readAll');
  const stories = worksheet ? await listMonthStories({ actor: user, month }) : [];
  const genreLabel = (code: string) => rules.genres.find((g) => g.code === code)?.label ?? code;
  return (
    <div>
      <h1 className="text-2xl font-bold">Nhuận bút tháng {formatMonth(month)}</h1>
      <p className="mt-1 text-sm text-muted">
        Trạng thái: <strong data-testid="month-status">{statusLabels[status.status]}</strong>. Nhuận bút = hệ số × giá trị một đơn vị hệ số ({rules.unitSharePercent}% lương cơ sở, Nghị định 18/2014/NĐ-CP).
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Link href={`/desk/nhuan-but?thang=${previous}`} className={link}>
          ‹ Tháng trước
        </Link>
        <Link href={`/desk/nhuan-but?thang=${next}`} className={link}>
          Tháng sau ›
        </Link>
        <Link href={`/desk/nhuan-but/bang-ke?thang=${month}`} className={`${link} font-semibold`}>
          {can(user.role, 'royalty.readAll') ? 'Bảng kê cả tòa soạn' : 'Bảng kê của tôi'}
        </Link>
        {clerk && status.status === 'draft' ? <MonthButton month={month} action={reviewMonthAction} label="Soát xong" /> : null}
        {locker && status.status === 'reviewed' ? <MonthButton month={month} action={lockMonthAction} label="Khóa sổ tháng" /> : null}
      </div>
      <p className="mt-3 text-sm">
        Của tôi tháng này: <strong data-testid="my-total">{formatVnd(mine)}</strong>
      </p>
      {worksheet ? (
        <section className="mt-5" aria-label="Bài đăng trong tháng">
          <h2 className="font-semibold">Bài đăng trong tháng ({stories.length})</h2>
          {status.status === 'locked' && clerk ? <p className="mt-1 text-sm text-muted">Tháng đã khóa sổ: sửa hệ số sẽ ghi một dòng điều chỉnh vào tháng sau, tháng này giữ nguyên.</p> : null}
          {stories.length ? (
            <ul className="mt-2 divide-y divide-line rounded border border-line bg-white">
              {stories.map((s) => {
                const addOns = s.entry?.addOns as AddOnFlags | undefined;
                return (
                  <li key={s.id} className="p-3" data-story={s.title}>
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <Link href={`/desk/bai-viet/${s.id}`} className="font-semibold underline-offset-2 hover:underline">
                        {s.title}
                      </Link>
                      <span className="text-sm tabular-nums" data-testid="story-amount">
                        {s.entry ? `${genreLabel(s.entry.genre)} · hệ số ${formatCoefficient(s.entry.coefficientTenths)} · ${formatVnd(s.entry.amount)}` : 'Chưa chấm'}
                      </span>
                    </div>
                    <p className="text-xs text-muted">
                      {s.publishedAt ? formatVietnamDate(s.publishedAt) : ''} · {s.credit || 'Chưa ghi tác giả'}
                    </p>
                    {clerk ? (
                      <div className="mt-2">
                        <StoryRoyaltyForm
                          articleId={s.id}
                          genres={rules.genres}
                          action={setStoryRoyaltyAction}
                          current={s.entry && addOns ? { genre: s.entry.genre, coefficient: formatCoefficient(s.entry.coefficientTenths), ...addOns } : null}
                        />
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="mt-2 text-sm text-muted">Không có bài nào đăng trong tháng.</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
