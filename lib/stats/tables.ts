import 'server-only';
import type { Role } from '@/db/schema';
import { formatPublishedAt, formatVietnamDate, startOfIsoDay } from '@/lib/dates';
import { readsWholeNewsroom } from './access';
import { getModerationTimes, getNewsroomFigures } from './newsroom';
import type { DayRange } from './range';
import { viewSourceLabels, viewSources } from './referrer';
import { getReaderOverview, getSourcesPerDay, listPeopleByViews, listSectionsByViews, listStoriesByViews } from './views';

/**
 * Every table of the statistics pages, once: the page shows it and /desk/thong-ke/tai-ve sends the
 * same rows as CSV. Counts stay numbers; durations are hours with a decimal comma, as Vietnamese
 * Excel reads them.
 */
type Actor = { id: number; role: Role };
export type Cell = string | number;
/** One bar of a chart: its label and its figure as a number (not the table's formatted cell). */
export type ChartBar = { label: string; value: number };
export type StatsTable = {
  key: StatsTableKey;
  title: string;
  columns: { label: string; numeric?: boolean }[];
  rows: { cells: Cell[]; href?: string }[];
  /** Shown instead of an empty table. */
  empty: string;
  /** The figures a page draws for this table, from the same read, when it draws one. */
  chart?: ChartBar[];
};

export const statsTableKeys = [
  'theo-ngay',
  'theo-nguon',
  'nguon-theo-ngay',
  'bai-viet',
  'chuyen-muc',
  'nguoi-viet',
  'san-luong-phong-vien',
  'san-luong-chuyen-muc',
  'thoi-gian-duyet',
  'tra-bai',
  'kiem-duyet',
] as const;
export type StatsTableKey = (typeof statsTableKeys)[number];

/** Tables about the whole newsroom's work that a reporter does not see (nor an editor narrowed to one writer). */
const newsroomOnly: readonly StatsTableKey[] = ['kiem-duyet'];

export function tableVisibleTo(key: StatsTableKey, actor: Actor, authorId: number | null = null): boolean {
  return !newsroomOnly.includes(key) || (readsWholeNewsroom(actor) && authorId === null);
}

/** Hours as the desk reads them: one decimal, a decimal comma (`3,5`); none when there is no figure. */
export function formatHours(hours: number | null): string {
  if (hours === null || !Number.isFinite(hours)) return '—';
  return hours.toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

const dayLabel = (iso: string) => formatVietnamDate(startOfIsoDay(iso));
const percent = (share: number) => `${(share * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %`;

type Args = { actor: Actor; range: DayRange; authorId?: number | null };
/** Reads several tables share, read once per page or download. */
type Shared = { overview: () => ReturnType<typeof getReaderOverview>; newsroom: () => ReturnType<typeof getNewsroomFigures> };

function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= fn());
}

const builders: Record<StatsTableKey, (a: Args, shared: Shared) => Promise<Omit<StatsTable, 'key'>>> = {
  'theo-ngay': async (_a, shared) => {
    const o = await shared.overview();
    return { title: 'Lượt đọc theo ngày', columns: [{ label: 'Ngày' }, { label: 'Lượt đọc', numeric: true }], rows: o.perDay.map((d) => ({ cells: [dayLabel(d.day), d.views] })), empty: 'Chưa có lượt đọc.' };
  },
  'theo-nguon': async (_a, shared) => {
    const o = await shared.overview();
    return {
      title: 'Bạn đọc đến từ đâu',
      columns: [{ label: 'Nguồn' }, { label: 'Lượt đọc', numeric: true }, { label: 'Tỷ lệ', numeric: true }],
      rows: o.perSource.map((s) => ({ cells: [viewSourceLabels[s.source], s.views, percent(s.share)] })),
      empty: 'Chưa có lượt đọc.',
      chart: o.perSource.map((s) => ({ label: viewSourceLabels[s.source], value: s.views })),
    };
  },
  'nguon-theo-ngay': async (a) => {
    const rows = await getSourcesPerDay(a);
    return {
      title: 'Nguồn đọc theo ngày',
      columns: [{ label: 'Ngày' }, ...viewSources.map((s) => ({ label: viewSourceLabels[s], numeric: true }))],
      rows: rows.map((r) => ({ cells: [dayLabel(r.day), ...viewSources.map((s) => r[s])] })),
      empty: 'Chưa có lượt đọc.',
    };
  },
  'bai-viet': async (a) => {
    const rows = await listStoriesByViews({ ...a, limit: 100 });
    return {
      title: 'Bài được đọc nhiều nhất',
      columns: [{ label: 'Bài' }, { label: 'Chuyên mục' }, { label: 'Người viết' }, { label: 'Xuất bản' }, { label: 'Lượt đọc', numeric: true }, { label: 'Nguồn chính' }],
      rows: rows.map((r) => ({
        cells: [r.title, r.section ?? 'Chưa có chuyên mục', r.author, r.publishedAt ? formatPublishedAt(r.publishedAt) : '—', r.views, r.topSource ? viewSourceLabels[r.topSource] : '—'],
        href: `/desk/bai-viet/${r.id}`,
      })),
      empty: 'Chưa có bài nào được đọc trong khoảng này.',
    };
  },
  'chuyen-muc': async (a) => {
    const rows = await listSectionsByViews(a);
    return {
      title: 'Lượt đọc theo chuyên mục',
      columns: [{ label: 'Chuyên mục' }, { label: 'Số bài được đọc', numeric: true }, { label: 'Lượt đọc', numeric: true }],
      rows: rows.map((r) => ({ cells: [r.name, r.stories, r.views] })),
      empty: 'Chưa có lượt đọc.',
      chart: rows.map((r) => ({ label: r.name, value: r.views })),
    };
  },
  'nguoi-viet': async (a) => {
    const rows = await listPeopleByViews(a);
    return {
      title: 'Lượt đọc theo người đứng tên',
      columns: [{ label: 'Người đứng tên (dòng tác giả)' }, { label: 'Số bài được đọc', numeric: true }, { label: 'Lượt đọc', numeric: true }],
      rows: rows.map((r) => ({ cells: [r.name, r.stories, r.views] })),
      empty: 'Chưa có bài có dòng tác giả được đọc.',
      chart: rows.map((r) => ({ label: r.name, value: r.views })),
    };
  },
  'san-luong-phong-vien': async (_a, shared) => {
    const { perReporter } = (await shared.newsroom()).output;
    return {
      title: 'Bài lên trang theo phóng viên',
      columns: [{ label: 'Phóng viên' }, { label: 'Bài lên trang', numeric: true }, { label: 'Lần bị trả', numeric: true }, { label: 'Từ gửi đến đăng, trung vị (giờ)', numeric: true }],
      rows: perReporter.map((r) => ({ cells: [r.name, r.stories, r.returns, formatHours(r.medianHours)] })),
      empty: 'Chưa có bài lên trang trong khoảng này.',
    };
  },
  'san-luong-chuyen-muc': async (_a, shared) => {
    const { perSection } = (await shared.newsroom()).output;
    return {
      title: 'Bài lên trang theo chuyên mục',
      columns: [{ label: 'Chuyên mục' }, { label: 'Bài lên trang', numeric: true }, { label: 'Lần bị trả', numeric: true }, { label: 'Từ gửi đến đăng, trung vị (giờ)', numeric: true }],
      rows: perSection.map((r) => ({ cells: [r.name, r.stories, r.returns, formatHours(r.medianHours)] })),
      empty: 'Chưa có bài lên trang trong khoảng này.',
    };
  },
  'thoi-gian-duyet': async (_a, shared) => {
    const rows = (await shared.newsroom()).signoffTimes;
    return {
      title: 'Thời gian duyệt theo từng cấp',
      columns: [{ label: 'Bước' }, { label: 'Số bài', numeric: true }, { label: 'Trung vị (giờ)', numeric: true }, { label: '90 % số bài trong vòng (giờ)', numeric: true }],
      rows: rows.map((r) => ({ cells: [r.label, r.stories, formatHours(r.medianHours), formatHours(r.p90Hours)] })),
      empty: 'Chưa có bài lên trang trong khoảng này.',
      chart: rows.map((r) => ({ label: r.label, value: r.medianHours ?? 0 })),
    };
  },
  'tra-bai': async (_a, shared) => {
    const r = (await shared.newsroom()).returns;
    return {
      title: `Bài bị trả: ${r.returned} trong ${r.stories} bài lên trang`,
      columns: [{ label: 'Bài' }, { label: 'Người viết' }, { label: 'Lần bị trả', numeric: true }],
      rows: r.mostReturned.map((s) => ({ cells: [s.title, s.author, s.returns], href: `/desk/bai-viet/${s.id}` })),
      empty: 'Không bài nào lên trang trong khoảng này bị trả lại.',
    };
  },
  'kiem-duyet': async (a) => {
    const m = await getModerationTimes(a);
    const labels = { approved: 'Được duyệt', rejected: 'Bị từ chối', spam: 'Thư rác' } as const;
    const minutes = (v: number | null) => (v === null ? '—' : Math.round(v));
    return {
      title: `Kiểm duyệt bình luận: trung vị ${minutes(m.medianMinutes)} phút, 90 % trong vòng ${minutes(m.p90Minutes)} phút`,
      columns: [{ label: 'Kết quả' }, { label: 'Số bình luận', numeric: true }, { label: 'Chờ duyệt, trung vị (phút)', numeric: true }],
      rows: m.moderated ? m.perOutcome.map((o) => ({ cells: [labels[o.status], o.comments, minutes(o.medianMinutes)] })) : [],
      empty: 'Chưa có bình luận nào được kiểm duyệt trong khoảng này.',
    };
  },
};

/**
 * Tables for this person over the range, in the order asked (refused inside the reads when they are
 * not theirs to see); reads several tables share are made once.
 */
export async function loadStatsTables(keys: readonly StatsTableKey[], args: Args): Promise<StatsTable[]> {
  const shared: Shared = { overview: once(() => getReaderOverview(args)), newsroom: once(() => getNewsroomFigures(args)) };
  return Promise.all(keys.map(async (key) => ({ key, ...(await builders[key](args, shared)) })));
}

/** The CSV rows of a table: its header, then its rows. */
export function tableRows(table: StatsTable): Cell[][] {
  return [table.columns.map((c) => c.label), ...table.rows.map((r) => r.cells)];
}
