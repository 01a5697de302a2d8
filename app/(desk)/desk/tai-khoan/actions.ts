'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deskAction } from '@/lib/actions';
import { changeOwnPassword, updateOwnName } from '@/lib/auth/account';
import { PASSWORD_MAX_LENGTH } from '@/lib/auth/password-rules';
import { renewSessionCookie } from '@/lib/auth/session';

const nameSchema = z.object({ name: z.string().trim().min(2, 'Họ tên cần ít nhất 2 ký tự.').max(100, 'Họ tên dài quá 100 ký tự.') });

export const updateOwnNameAction = deskAction('desk.enter', nameSchema, async ({ name }, user) => {
  await updateOwnName({ actor: user, name });
  revalidatePath('/desk', 'layout');
  return { ok: true, message: 'Đã lưu họ tên.' };
});

const passwordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Vui lòng nhập mật khẩu hiện tại.').max(PASSWORD_MAX_LENGTH),
    password: z.string().min(1, 'Vui lòng nhập mật khẩu mới.').max(PASSWORD_MAX_LENGTH, `Mật khẩu dài quá ${PASSWORD_MAX_LENGTH} ký tự.`),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'Hai lần nhập mật khẩu không khớp.' });

export const changeOwnPasswordAction = deskAction('desk.enter', passwordSchema, async ({ currentPassword, password }, user) => {
  const { sessionVersion } = await changeOwnPassword({ actor: user, currentPassword, newPassword: password });
  await renewSessionCookie(sessionVersion);
  return { ok: true, message: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã bị đăng xuất.' };
});
