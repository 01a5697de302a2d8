import Link from 'next/link';
import { MonthButton, StoryRoyaltyForm } from '@/components/royalties/story-royalty-form';
import { StorySharesForm } from '@/components/royalties/story-shares-form';
import { can } from '@/lib/auth/permissions';
import { requireDeskUser } from '@/lib/auth/session';
import { formatVietnamDate } from '@/lib/dates';
import { formatVnd } from '@/lib/money';
import { pageMonth, royaltyTitles } from '@/lib/royalties/desk';
import { getMonthStatus, getMyMonthTotal, listMonthStories, listPayees } from '@/lib/royalties/months';
import { type AddOnFlags, formatCoefficient, formatMonth } from '@/lib/royalties/rules';
import { statementParamsSchema } from '@/lib/royalties/schema';
import { lockMonthAction, reviewMonthAction, setStoryRoyaltyAction, setStorySharesAction } from './actions';

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
  const [stories, payees] = await Promise.all([worksheet ? listMonthStories({ actor: user, month }) : [], clerk ? listPayees({ actor: user }) : null]);
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
        {can(user.role, 'royalty.manage') ? (
          <Link href="/desk/nhuan-but/cai-dat" className={link}>
            Cài đặt nhuận bút
          </Link>
        ) : null}
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
                // What the story stands at now: its entry, or the latest adjustment of it after a lock.
                const now = s.latest;
                const addOns = now?.addOns as AddOnFlags | undefined;
                return (
                  <li key={s.id} className="p-3" data-story={s.title}>
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <Link href={`/desk/bai-viet/${s.id}`} className="font-semibold underline-offset-2 hover:underline">
                        {s.title}
                      </Link>
                      <span className="text-sm tabular-nums" data-testid="story-amount">
                        {s.entry && now ? `${genreLabel(now.genre)} · hệ số ${formatCoefficient(now.coefficientTenths)} · ${formatVnd(s.entry.amount)}` : 'Chưa chấm'}
                        {s.entry && now && now.id !== s.entry.id ? ` (điều chỉnh ${formatVnd(now.amount)} tháng ${formatMonth(now.month)})` : ''}
                      </span>
                    </div>
                    <p className="text-xs text-muted">
                      {s.publishedAt ? formatVietnamDate(s.publishedAt) : ''} · {s.credit || 'Chưa ghi tác giả'}
                    </p>
                    {s.shares.length ? (
                      <p className="text-xs" data-testid="story-shares">
                        Chia: {s.shares.map((p) => `${p.payee} ${p.sharePercent}%`).join(' · ')}
                      </p>
                    ) : null}
                    {clerk ? (
                      <div className="mt-2">
                        <StoryRoyaltyForm
                          articleId={s.id}
                          genres={rules.genres}
                          action={setStoryRoyaltyAction}
                          current={now && addOns ? { genre: now.genre, coefficient: formatCoefficient(now.coefficientTenths), ...addOns } : null}
                        />
                        {now && payees ? (
                          <details className="mt-2">
                            <summary className="cursor-pointer text-sm font-semibold">Sửa phần chia nhuận bút</summary>
                            <div className="mt-2">
                              <StorySharesForm articleId={s.id} title={s.title} shares={s.shares} people={payees.people} contributors={payees.contributors} action={setStorySharesAction} />
                            </div>
                          </details>
                        ) : null}
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
