'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deskAction } from '@/lib/actions';
import { changeUserAccess, inviteUser, resetUserPassword } from '@/lib/auth/admin';
import { passwordLinkPath } from '@/lib/auth/password-links';
import { getSiteSettings } from '@/lib/settings';

const schema = z.object({
  userId: z.coerce.number().int().positive(),
  change: z.enum(['activate', 'deactivate', 'admin', 'editor', 'reporter', 'moderator'], { message: 'Thao tác không hợp lệ.' }),
});

export const changeUserAccessAction = deskAction('user.manage', schema, async ({ userId, change }, user) => {
  await changeUserAccess({
    actor: user,
    userId,
    change: change === 'activate' || change === 'deactivate' ? { active: change === 'activate' } : { role: change },
  });
  revalidatePath('/desk/nguoi-dung');
  return { ok: true, message: 'Đã cập nhật.' };
});

async function absoluteLink(token: string) {
  return `${(await getSiteSettings()).siteUrl}${passwordLinkPath(token)}`;
}

const inviteSchema = z.object({
  name: z.string().trim().min(2, 'Họ tên cần ít nhất 2 ký tự.').max(100, 'Họ tên dài quá 100 ký tự.'),
  email: z.string().trim().toLowerCase().email('Email không hợp lệ.').max(254, 'Email dài quá.'),
  role: z.enum(['admin', 'editor', 'reporter', 'moderator'], { message: 'Chọn vai trò.' }),
});

export const inviteUserAction = deskAction('user.manage', inviteSchema, async (input, user) => {
  const { user: created, token } = await inviteUser({ actor: user, ...input });
  revalidatePath('/desk/nguoi-dung');
  return { ok: true, message: `Đã tạo tài khoản cho ${created.name}. Gửi liên kết dưới đây để người đó tự đặt mật khẩu.`, link: await absoluteLink(token) };
});

const resetSchema = z.object({ userId: z.coerce.number().int().positive() });

export const resetPasswordAction = deskAction('user.manage', resetSchema, async ({ userId }, user) => {
  const { user: person, token } = await resetUserPassword({ actor: user, userId });
  revalidatePath('/desk/nguoi-dung');
  return { ok: true, message: `Mật khẩu cũ của ${person.name} đã hết hiệu lực và mọi phiên đăng nhập đã bị đăng xuất.`, link: await absoluteLink(token) };
});
