import { UserAccessForm } from '@/components/desk/user-access-form';
import { listUsers } from '@/lib/auth/admin';
import { roleLabels, roles } from '@/lib/auth/permissions';
import { requireDeskUser } from '@/lib/auth/session';
import { changeUserAccessAction } from './actions';

export default async function UsersPage() {
  const me = await requireDeskUser('user.manage', '/desk/nguoi-dung');
  const people = await listUsers();
  const roleOptions = roles.map((r) => ({ value: r, label: roleLabels[r] }));
  return (
    <>
      <h1 className="text-2xl font-bold">Người dùng</h1>
      <table className="mt-4 w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="p-2">Họ tên</th>
            <th scope="col" className="p-2">Email</th>
            <th scope="col" className="p-2">Vai trò</th>
            <th scope="col" className="p-2">Trạng thái</th>
            <th scope="col" className="p-2">Thay đổi</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id} className="border-b border-line">
              <td className="p-2 font-semibold">{p.name}</td>
              <td className="p-2">{p.email}</td>
              <td className="p-2">{roleLabels[p.role]}</td>
              <td className="p-2">{p.active ? 'Đang hoạt động' : 'Đã khóa'}</td>
              <td className="p-2">
                {p.id === me.id ? (
                  <span className="text-muted">Tài khoản của bạn</span>
                ) : (
                  <UserAccessForm userId={p.id} active={p.active} role={p.role} roles={roleOptions} action={changeUserAccessAction} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
