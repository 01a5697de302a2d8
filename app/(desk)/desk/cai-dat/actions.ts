'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deskAction } from '@/lib/actions';
import { formatPublishedAt, parseVietnamDay } from '@/lib/dates';
import { idParam } from '@/lib/ids';
import { expireFor, readSectionSlug, readStoryFootprint } from '@/lib/cache/invalidation';
import { MEDIA_MAX_MEGABYTES_CEILING, saveSiteSettings, setCommentsMode } from '@/lib/settings';

const mode = z.enum(['open', 'premoderated', 'closed'], { message: 'Chọn chế độ bình luận.' });

/** One line of text, trimmed, that may be left empty. */
function line(max: number, what: string) {
  return z.string().trim().max(max, `${what} dài quá ${max} ký tự.`);
}

/** A phone number as people write it: digits, spaces, dots, dashes, a leading + and brackets. */
function phone(what: string) {
  return z
    .string()
    .trim()
    .refine((v) => v === '' || (/^\+?[\d\s.()-]{6,24}$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 6), `${what} không hợp lệ (ví dụ: 0236 3822 123).`);
}

const settingsSchema = z.object({
  siteName: z.string().trim().min(2, 'Tên báo cần ít nhất 2 ký tự.').max(80, 'Tên báo dài quá 80 ký tự.'),
  dateline: z.string().max(30, 'Tiền tố sapo dài quá 30 ký tự.'),
  defaultCommentsMode: mode,
  commentsCloseAfterDays: z
    .string()
    .trim()
    .regex(/^\d{0,4}$/, 'Số ngày không hợp lệ.')
    .transform((v) => (v === '' || v === '0' ? null : Number(v))),
  commentMaxLinks: z.coerce.number({ message: 'Số liên kết không hợp lệ.' }).int('Số liên kết không hợp lệ.').min(0, 'Không được âm.').max(20, 'Nhiều nhất 20.'),
  mediaMaxMegabytes: z.coerce
    .number({ message: 'Dung lượng không hợp lệ.' })
    .int('Dung lượng phải là số nguyên (MB).')
    .min(1, 'Ít nhất 1 MB.')
    .max(MEDIA_MAX_MEGABYTES_CEILING, `Nhiều nhất ${MEDIA_MAX_MEGABYTES_CEILING} MB.`),
  // The footer's legal identity: each may be left empty (the footer then leaves that line out).
  publisher: line(200, 'Tên cơ quan chủ quản'),
  licenceNumber: line(60, 'Số giấy phép').refine((v) => v === '' || /\d/.test(v), 'Số giấy phép cần có số, ví dụ: 123/GP-BTTTT.'),
  licenceDate: z
    .string()
    .trim()
    .refine((v) => v === '' || parseVietnamDay(v) !== null, 'Ngày cấp phải là một ngày có thật, viết dạng dd/mm/yyyy (ví dụ: 05/03/2024).')
    // "5/3/2024" is kept as the licence prints it: "05/03/2024".
    .transform((v) => {
      const day = parseVietnamDay(v);
      return day ? formatPublishedAt(day.start).slice(0, 10) : '';
    }),
  licenceIssuer: line(200, 'Tên cơ quan cấp phép'),
  editorInChief: line(100, 'Tên Tổng biên tập'),
  address: line(300, 'Địa chỉ'),
  phone: phone('Số điện thoại'),
  email: z.union([z.literal(''), z.email('Email không hợp lệ.').max(254, 'Email dài quá 254 ký tự.')], { message: 'Email không hợp lệ.' }),
  hotline: phone('Số đường dây nóng'),
  aboutText: z.string().trim().max(20_000, 'Phần giới thiệu dài quá 20.000 ký tự.'),
  logoMediaId: z.union([z.literal(''), idParam], { message: 'Ảnh logo không hợp lệ.' }).transform((v) => (v === '' ? null : v)),
});

export const saveSettingsAction = deskAction('settings.manage', settingsSchema, async (values, user) => {
  await saveSiteSettings({ actor: user, values });
  revalidatePath('/desk/cai-dat');
  expireFor({ kind: 'settings.changed' });
  return { ok: true, message: 'Đã lưu cài đặt.' };
});

const modeSchema = z.object({
  target: z.enum(['section', 'article']),
  id: z.coerce.number().int().positive(),
  mode: z.union([mode, z.literal('')]).transform((v) => (v === '' ? null : v)),
});

export const setCommentsModeAction = deskAction('desk.enter', modeSchema, async ({ target, id, mode: m }, user) => {
  await setCommentsMode({ actor: user, target, id, mode: m });
  revalidatePath('/desk', 'layout');
  if (target === 'section') expireFor({ kind: 'comments.modeChanged', sectionSlug: (await readSectionSlug(id)) ?? undefined });
  else expireFor({ kind: 'comments.modeChanged', story: (await readStoryFootprint(id)) ?? undefined });
  return { ok: true, message: 'Đã đổi chế độ bình luận.' };
});
