'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deskAction } from '@/lib/actions';
import { expireReaderPages } from '@/lib/cache/reader-cache';
import { MEDIA_MAX_MEGABYTES_CEILING, saveSiteSettings, setCommentsMode } from '@/lib/settings';

const mode = z.enum(['open', 'premoderated', 'closed'], { message: 'Chọn chế độ bình luận.' });

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
});

export const saveSettingsAction = deskAction('settings.manage', settingsSchema, async (values, user) => {
  await saveSiteSettings({ actor: user, values });
  revalidatePath('/desk/cai-dat');
  expireReaderPages();
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
  expireReaderPages();
  return { ok: true, message: 'Đã đổi chế độ bình luận.' };
});
