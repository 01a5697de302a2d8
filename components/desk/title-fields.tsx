/**
 * The boxes of one title (thư ký tòa soạn, tổng biên tập…): every editor and/or admin, and/or named
 * people. Read back by `titleFromForm` with the same prefix (lib/auth/titles.ts).
 */
export function TitleFields({ prefix = '', value, people, resetKey }: { prefix?: string; value: { roles: readonly string[]; userIds: readonly number[] }; people: { id: number; name: string; role: string }[]; resetKey?: string }) {
  return (
    <>
      <fieldset>
        <legend className="text-sm font-semibold">Mọi người giữ vai trò</legend>
        <label className="mr-4 inline-flex items-center gap-2 text-sm">
          <input type="checkbox" name={`${prefix}role-editor`} value="1" defaultChecked={value.roles.includes('editor')} key={resetKey} /> Biên tập viên
        </label>
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="checkbox" name={`${prefix}role-admin`} value="1" defaultChecked={value.roles.includes('admin')} key={resetKey} /> Quản trị
        </label>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-semibold">Và/hoặc những người được chỉ định</legend>
        <ul className="mt-1 grid gap-1 sm:grid-cols-2">
          {people.map((p) => (
            <li key={p.id}>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={`${prefix}person-${p.id}`} value="1" defaultChecked={value.userIds.includes(p.id)} key={resetKey} />
                {p.name} <span className="text-xs text-muted">{p.role}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}
