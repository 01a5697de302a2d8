import Link from 'next/link';
import { z } from 'zod';
import { ModerationBoard } from '@/components/comments/moderation-board';
import { articlePath, getSectionBySlug, listSections } from '@/lib/articles/public';
import { requireDeskUser } from '@/lib/auth/session';
import { countQueues, listModerationQueue, type Queue, queueLabels } from '@/lib/comments/comments';
import { compileTerms, highlightMatches } from '@/lib/comments/terms';
import { reportReasons } from '@/lib/comments/reader';
import { dayParam } from '@/lib/day-param';
import { displayDay } from '@/lib/dates';
import { DateTimeField } from '@/components/ui/date-time-field';
import { editAndApproveAction, moderateCommentsAction, replyAsNewsroomAction, undoModerationAction } from './actions';

const filterSchema = z.object({
  hang: z.enum(['pending', 'reported', 'approved', 'rejected', 'spam']).catch('pending'),
  bai: z.coerce.number().int().positive().optional().catch(undefined),
  'chuyen-muc': z.string().max(80).optional().catch(undefined),
  tu: dayParam.optional().catch(undefined),
  den: dayParam.optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
});

export default async function ModerationQueue({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireDeskUser('comment.moderate', '/desk/binh-luan');
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const f = filterSchema.parse(raw);
  const section = f['chuyen-muc'] ? await getSectionBySlug({ slug: f['chuyen-muc'] }) : null;
  const [counts, items, sections] = await Promise.all([
    countQueues({ actor: user }),
    listModerationQueue({
      actor: user,
      queue: f.hang as Queue,
      filter: {
        articleId: f.bai,
        sectionId: section?.id,
        from: f.tu ? new Date(`${f.tu}T00:00:00+07:00`) : undefined,
        to: f.den ? new Date(new Date(`${f.den}T00:00:00+07:00`).getTime() + 24 * 3600_000) : undefined,
        q: f.q || undefined,
      },
    }),
    listSections(),
  ]);
  const keep = (queue: string) => {
    const p = new URLSearchParams();
    p.set('hang', queue);
    for (const key of ['bai', 'chuyen-muc', 'tu', 'den', 'q'] as const) if (raw[key]) p.set(key, String(raw[key]));
    return `/desk/binh-luan?${p}`;
  };
  const highlight = compileTerms(items.flatMap((c) => (c.matchedTerms ?? []).map((term) => ({ term, action: 'hold' as const, ignoreDiacritics: true }))));
  const rows = items.map((c) => ({
    id: c.id,
    authorName: c.authorName,
    body: c.body,
    segments: highlightMatches(c.body.normalize('NFC'), highlight.match(c.body).matches),
    createdAt: c.createdAt.toISOString(),
    heldFor: c.heldFor,
    reports: c.reports,
    reportReasons: (Object.keys(reportReasons) as (keyof typeof reportReasons)[])
      .filter((r) => c.reportReasons?.[r])
      .map((r) => ({ label: reportReasons[r], count: c.reportReasons![r]! })),
    reportNotes: c.reportNotes ?? [],
    staff: c.staff,
    parentBody: c.parentBody,
    articleTitle: c.articleTitle,
    articleHref: articlePath({ id: c.articleId, slug: c.articleSlug }, c.sectionSlug),
    sectionName: c.sectionName,
  }));
  const input = 'mt-1 block rounded border border-neutral-400 bg-white px-2 py-1 text-sm';
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Kiểm duyệt bình luận</h1>
        <p className="flex flex-wrap gap-x-4 gap-y-1 whitespace-nowrap text-sm">
          <Link href="/desk/binh-luan/chan" className="underline">
            Đang bị chặn
          </Link>
          <Link href="/desk/binh-luan/tu-ngu" className="underline">
            Từ ngữ cấm và cần xem xét
          </Link>
          <Link href="/desk/binh-luan/thong-ke" className="underline">
            Thống kê
          </Link>
        </p>
      </div>
      <nav aria-label="Hàng đợi" className="mt-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {(Object.keys(queueLabels) as Queue[]).map((q) => (
            <li key={q}>
              <Link
                href={keep(q)}
                aria-current={q === f.hang ? 'page' : undefined}
                className={`block rounded border px-3 py-1.5 ${q === f.hang ? 'border-neutral-900 bg-neutral-900 text-white' : 'border-neutral-400 bg-white'}`}
              >
                {queueLabels[q]} ({counts[q].toLocaleString('vi-VN')})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3 rounded border border-line bg-white p-3">
        <input type="hidden" name="hang" value={f.hang} />
        <label className="text-sm">
          Tìm trong nội dung
          <input name="q" defaultValue={f.q} className={input} />
        </label>
        <label className="text-sm">
          Chuyên mục
          <select name="chuyen-muc" defaultValue={f['chuyen-muc'] ?? ''} className={input}>
            <option value="">Tất cả</option>
            {sections.map((s) => (
              <option key={s.id} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Mã bài viết
          <input name="bai" inputMode="numeric" defaultValue={f.bai} className={input} size={8} />
        </label>
        <div className="text-sm">
          <label htmlFor="loc-tu">Từ ngày</label>
          <DateTimeField id="loc-tu" name="tu" defaultValue={displayDay(f.tu)} className={input} />
        </div>
        <div className="text-sm">
          <label htmlFor="loc-den">Đến ngày</label>
          <DateTimeField id="loc-den" name="den" defaultValue={displayDay(f.den)} className={input} />
        </div>
        <button type="submit" className="rounded border border-neutral-500 bg-white px-3 py-1.5 text-sm font-semibold">
          Lọc
        </button>
      </form>
      {/* Keyed by the queue and filter: a message from one queue never shows on another. */}
      <ModerationBoard
        key={keep(f.hang)}
        queue={f.hang as Queue}
        items={rows}
        moderate={moderateCommentsAction}
        undo={undoModerationAction}
        reply={replyAsNewsroomAction}
        editApprove={editAndApproveAction}
      />
    </>
  );
}
