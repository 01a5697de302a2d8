'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { publicAction } from '@/lib/actions';
import { clientAddress } from '@/lib/client-address';
import { setPasswordFromLink } from '@/lib/auth/password-links';
import { PASSWORD_MAX_LENGTH } from '@/lib/auth/password-rules';

const schema = z
  .object({
    token: z.string().max(200),
    password: z.string().min(1, 'Vui lòng nhập mật khẩu mới.').max(PASSWORD_MAX_LENGTH, `Mật khẩu dài quá ${PASSWORD_MAX_LENGTH} ký tự.`),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'Hai lần nhập mật khẩu không khớp.' });

/** The strength rules are checked by the domain function, which knows the person's email. */
export const setPasswordAction = publicAction(schema, async ({ token, password }) => {
  await setPasswordFromLink({ token, password, ip: clientAddress(await headers()) });
  return { ok: true, message: 'Đã đặt mật khẩu. Bây giờ bạn có thể đăng nhập.' };
});
