'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deskAction } from '@/lib/actions';
import { changeUserAccess } from '@/lib/auth/admin';

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
