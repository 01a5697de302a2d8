import { ActionButton, InviteUserForm } from '@/components/desk/admin-forms';
import { UserAccessForm } from '@/components/desk/user-access-form';
import { listUsers } from '@/lib/auth/admin';
import { roleLabels, roles } from '@/lib/auth/permissions';
import { requireDeskUser } from '@/lib/auth/session';
import { changeUserAccessAction, inviteUserAction, resetPasswordAction } from './actions';

export default async function UsersPage() {
  const me = await requireDeskUser('user.manage', '/desk/nguoi-dung');
  const people = await listUsers({ actor: me });
  const roleOptions = roles.map((r) => ({ value: r, label: roleLabels[r] }));
  return (
    <>
      <h1 className="text-2xl font-bold">Người dùng</h1>
      <section aria-labelledby="moi-nguoi-dung" className="mt-4">
        <h2 id="moi-nguoi-dung" className="mb-2 text-lg font-bold">
          Mời người dùng mới
        </h2>
        <InviteUserForm action={inviteUserAction} roles={roleOptions} />
      </section>
      <table className="table-cards mt-6 w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="p-2">Họ tên</th>
            <th scope="col" className="p-2">Email</th>
            <th scope="col" className="p-2">Vai trò</th>
            <th scope="col" className="p-2">Trạng thái</th>
            <th scope="col" className="p-2">Thay đổi</th>
            <th scope="col" className="p-2">Mật khẩu</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id} id={`nguoi-dung-${p.id}`} className="border-b border-line align-top" data-testid="user-row">
              <td className="p-2 font-semibold">{p.name}</td>
              <td className="p-2 break-all" data-label="Email">{p.email}</td>
              <td className="p-2" data-label="Vai trò">{roleLabels[p.role]}</td>
              <td className="p-2" data-label="Trạng thái">{!p.active ? 'Đã khóa' : p.invited ? 'Chưa đặt mật khẩu' : 'Đang hoạt động'}</td>
              <td className="p-2" data-label="Thay đổi">
                {p.id === me.id ? (
                  <span className="text-muted">Tài khoản của bạn</span>
                ) : (
                  <UserAccessForm userId={p.id} active={p.active} role={p.role} roles={roleOptions} action={changeUserAccessAction} />
                )}
              </td>
              <td className="max-w-xs p-2">
                {p.id !== me.id && p.active ? (
                  <ActionButton
                    action={resetPasswordAction}
                    fields={{ userId: p.id }}
                    label={p.invited ? 'Tạo lại liên kết mời' : 'Cấp lại mật khẩu'}
                    confirm={p.invited ? undefined : `Mật khẩu hiện tại của ${p.name} sẽ hết hiệu lực và người đó bị đăng xuất. Tiếp tục?`}
                    linkLabel={`Liên kết đặt mật khẩu cho ${p.name}`}
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
