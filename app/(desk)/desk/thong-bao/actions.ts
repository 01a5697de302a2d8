'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deskAction } from '@/lib/actions';
import { markNotificationsRead } from '@/lib/notifications';

const schema = z.object({ id: z.coerce.number().int().positive().optional() });

/** Marks one of the signed-in person's notices read, or all of them when no id is sent. */
export const markNotificationsReadAction = deskAction('desk.enter', schema, async ({ id }, user) => {
  await markNotificationsRead({ userId: user.id, id });
  revalidatePath('/desk', 'layout');
  return { ok: true, message: id ? 'Đã đánh dấu đã đọc.' : 'Đã đánh dấu tất cả là đã đọc.' };
});
