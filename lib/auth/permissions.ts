import type { Role } from '@/db/schema';

/** The one permission table: every action and route asks it, never the UI alone. */
export const permissionTable = {
  'desk.enter': ['admin', 'editor', 'reporter', 'moderator', 'accountant'],
  'article.create': ['admin', 'editor', 'reporter'],
  'article.editOwn': ['admin', 'editor', 'reporter'],
  'article.editAny': ['admin', 'editor'],
  'article.submit': ['admin', 'editor', 'reporter'],
  'article.review': ['admin', 'editor'],
  'article.publish': ['admin', 'editor'],
  'article.unpublish': ['admin', 'editor'],
  'article.trash': ['admin', 'editor'],
  // Uploading also lets a reporter edit and delete their own images; media.manage is anyone's.
  'media.upload': ['admin', 'editor', 'reporter'],
  'media.manage': ['admin', 'editor'],
  'comment.moderate': ['admin', 'moderator'],
  'user.manage': ['admin'],
  'section.manage': ['admin'],
  'tag.manage': ['admin', 'editor'],
  'settings.manage': ['admin'],
  'audit.read': ['admin'],
  'workflow.manage': ['admin'],
  'article.correct': ['admin', 'editor'],
  // Story planning (đề tài, lib/planning): reporters propose and see their own topics; approving,
  // declining and assigning also need the thư ký's title (a role or named people, /desk/cai-dat).
  'topic.propose': ['admin', 'editor', 'reporter'],
  'topic.plan': ['admin', 'editor'],
  // The weekly report: everyone's rows. A reporter who may propose sees their own row only.
  'topic.report': ['admin', 'editor'],
  'topic.managePlanners': ['admin'],
  // Nhuận bút (lib/royalties): everyone paid reads their own statement; the kế toán and admins
  // read everyone's. Setting coefficients also needs the thư ký's title, locking the tổng biên
  // tập's (roles or named people, /desk/nhuan-but/cai-dat).
  'royalty.read': ['admin', 'editor', 'reporter', 'accountant'],
  'royalty.readAll': ['admin', 'accountant'],
  'royalty.set': ['admin', 'editor'],
  'royalty.lock': ['admin', 'editor'],
  'royalty.manage': ['admin'],
  // The desk's statistics (lib/stats): a reporter reads the figures of their own stories; editors
  // and admins read the whole newsroom's, and each person's.
  'stats.read': ['admin', 'editor', 'reporter'],
  'stats.readAll': ['admin', 'editor'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionTable;

export const roles: readonly Role[] = ['admin', 'editor', 'reporter', 'moderator', 'accountant'];

export const roleLabels: Record<Role, string> = {
  admin: 'Quản trị',
  editor: 'Biên tập viên',
  reporter: 'Phóng viên',
  moderator: 'Kiểm duyệt viên',
  accountant: 'Kế toán',
};

export function can(role: Role, permission: Permission): boolean {
  return (permissionTable[permission] as readonly Role[]).includes(role);
}

/** Where each role starts its day on the desk. */
export function deskHome(role: Role): string {
  switch (role) {
    case 'editor':
      return '/desk/duyet-bai';
    case 'moderator':
      return '/desk/binh-luan';
    case 'accountant':
      return '/desk/nhuan-but';
    case 'admin':
      return '/desk';
    default:
      return '/desk/bai-viet';
  }
}
