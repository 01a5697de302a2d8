import { AccountNameForm, PasswordForm } from '@/components/desk/admin-forms';
import { roleLabels } from '@/lib/auth/permissions';
import { requireDeskUser } from '@/lib/auth/session';
import { changeOwnPasswordAction, updateOwnNameAction } from './actions';

export default async function MyAccountPage() {
  const me = await requireDeskUser('desk.enter', '/desk/tai-khoan');
  return (
    <>
      <h1 className="text-2xl font-bold">Tài khoản của tôi</h1>
      <p className="mt-1 text-muted">
        {me.email} · {roleLabels[me.role]}
      </p>
      <div className="mt-4 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="ho-ten">
          <h2 id="ho-ten" className="mb-2 text-lg font-bold">
            Họ tên
          </h2>
          <AccountNameForm action={updateOwnNameAction} name={me.name} />
        </section>
        <section aria-labelledby="doi-mat-khau">
          <h2 id="doi-mat-khau" className="mb-2 text-lg font-bold">
            Đổi mật khẩu
          </h2>
          <div className="rounded border border-line bg-white p-4">
            <PasswordForm action={changeOwnPasswordAction} email={me.email} needsCurrent submitLabel="Đổi mật khẩu" />
          </div>
        </section>
      </div>
    </>
  );
}
