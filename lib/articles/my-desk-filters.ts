import { z } from 'zod';
import { dayParam } from '@/lib/day-param';

/** The lists of "Bàn làm việc" and their names in the address bar. */
export const deskLists = {
  'cua-toi': 'Tất cả bài của tôi',
  'cho-toi': 'Chờ tôi duyệt',
  nhap: 'Bản nháp của tôi',
  'tra-lai': 'Bị trả lại',
  'hen-gio': 'Hẹn giờ xuất bản',
  'da-dang': 'Mới xuất bản',
} as const;
export type DeskList = keyof typeof deskLists;

const id = z.coerce.number().int().positive();

/** Search params of the desk lists; anything malformed is dropped, never a 500. */
export const deskFilterSchema = z.object({
  ds: z.enum(Object.keys(deskLists) as [DeskList, ...DeskList[]]).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  'chuyen-muc': id.optional().catch(undefined),
  'trang-thai': z.enum(['draft', 'in_review', 'returned', 'approved', 'published', 'unpublished', 'trashed']).optional().catch(undefined),
  'tac-gia': id.optional().catch(undefined),
  tu: dayParam.optional().catch(undefined),
  den: dayParam.optional().catch(undefined),
});
export type DeskFilterParams = z.output<typeof deskFilterSchema>;

export function parseDeskFilters(searchParams: Record<string, string | string[] | undefined>): DeskFilterParams {
  const raw = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  return deskFilterSchema.parse(raw);
}
