import { z } from 'zod';
import type { Role } from '@/db/schema';
import { can, type Permission } from './permissions';
import '@/lib/zod-vi';

/**
 * A post in the newsroom that an admin gives to roles and/or named people: a level of the sign-off
 * chain, the thư ký tòa soạn of the planning board and of nhuận bút, the tổng biên tập who locks a
 * month. Only editors and admins can hold one, and holding it still needs the permission of the
 * permission table for the act. Pure: who the people are lives in lib/auth/title-holders.ts.
 */
export const titleHolderRoles = ['editor', 'admin'] as const satisfies readonly Role[];

export const titleSchema = z.object({
  roles: z.array(z.enum(titleHolderRoles)).max(2),
  userIds: z.array(z.number().int().positive()).max(50),
});
export type Title = { roles: readonly Role[]; userIds: readonly number[] };

/** Whether this person holds the title, and their role may take the act it is for. */
export function holdsTitle(title: Title, actor: { id: number; role: Role }, permission: Permission): boolean {
  if (!can(actor.role, permission)) return false;
  return title.roles.includes(actor.role) || title.userIds.includes(actor.id);
}

/**
 * A title as a form sends it: checkboxes `<prefix>role-editor`, `<prefix>role-admin` and
 * `<prefix>person-<id>` (components/desk/title-fields.tsx); a box left unticked is not sent.
 */
export function titleFromForm(values: Record<string, unknown>, prefix = ''): z.output<typeof titleSchema> {
  const keys = Object.keys(values);
  const person = new RegExp(`^${prefix}person-(\\d{1,9})$`);
  return {
    roles: titleHolderRoles.filter((r) => keys.includes(`${prefix}role-${r}`)),
    userIds: [...new Set(keys.map((k) => person.exec(k)?.[1]).filter((id): id is string => !!id).map(Number))],
  };
}
