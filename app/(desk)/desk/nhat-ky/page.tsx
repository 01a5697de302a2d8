import Link from 'next/link';
import { z } from 'zod';
import { AUDIT_PAGE_SIZE, type AuditFilter, auditFilterChoices, listAuditLog } from '@/lib/audit-log';
import { auditActionLabel, auditSubjectHref, auditSubjectLabels, auditSubjectText, describeAuditChanges } from '@/lib/audit-view';
import { requireDeskUser } from '@/lib/auth/session';
import { formatPublishedAt, parseVietnamDay } from '@/lib/dates';

type Params = Record<string, string | string[] | undefined>;

const paramsSchema = z.object({
  nguoi: z.coerce.number().int().positive().optional().catch(undefined),
  'hanh-dong': z.string().max(80).optional().catch(undefined),
  loai: z.string().max(40).optional().catch(undefined),
  ma: z.string().trim().max(80).optional().catch(undefined),
  tu: z.string().trim().max(20).optional().catch(undefined),
  den: z.string().trim().max(20).optional().catch(undefined),
  trang: z.coerce.number().int().min(1).max(100_000).catch(1),
});

function readParams(raw: Params) {
  const one = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined]));
  const p = paramsSchema.parse({ ...one, trang: one.trang ?? 1 });
  const from = p.tu ? parseVietnamDay(p.tu) : null;
  const to = p.den ? parseVietnamDay(p.den) : null;
  const filter: AuditFilter = {
    actorId: p.nguoi,
    action: p['hanh-dong'],
    subjectType: p.loai,
    subjectId: p.ma,
    from: from?.start,
    to: to?.end,
  };
  const errors = {
    tu: p.tu && !from ? 'Ngày không hợp lệ (dd/mm/yyyy).' : undefined,
    den: p.den && !to ? 'Ngày không hợp lệ (dd/mm/yyyy).' : undefined,
  };
  return { p, filter, errors };
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Params> }) {
  const me = await requireDeskUser('audit.read', '/desk/nhat-ky');
  const { p, filter, errors } = readParams(await searchParams);
  const [{ entries, total, pages }, choices] = await Promise.all([listAuditLog({ actor: me, filter, page: p.trang }), auditFilterChoices({ actor: me })]);
  const names = new Map(choices.people.map((u) => [u.id, u.name]));
  const query = (page: number) => {
    const q = new URLSearchParams();
    for (const key of ['nguoi', 'hanh-dong', 'loai', 'ma', 'tu', 'den'] as const) if (p[key]) q.set(key, String(p[key]));
    q.set('trang', String(page));
    return `/desk/nhat-ky?${q}`;
  };
  const field = 'mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1';
  return (
    <>
      <h1 className="text-2xl font-bold">Nhật ký hoạt động</h1>
      <form method="get" action="/desk/nhat-ky" className="mt-4 grid gap-3 rounded border border-line bg-white p-4 sm:grid-cols-3 lg:grid-cols-6" aria-label="Lọc nhật ký">
        <label className="text-sm font-semibold">
          Người thực hiện
          <select name="nguoi" defaultValue={p.nguoi ?? ''} className={field}>
            <option value="">Tất cả</option>
            {choices.people.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.email})
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Hành động
          <select name="hanh-dong" defaultValue={p['hanh-dong'] ?? ''} className={field}>
            <option value="">Tất cả</option>
            {choices.actions.map((a) => (
              <option key={a} value={a}>
                {auditActionLabel(a)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Đối tượng
          <select name="loai" defaultValue={p.loai ?? ''} className={field}>
            <option value="">Tất cả</option>
            {Object.entries(auditSubjectLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Mã đối tượng
          <input name="ma" defaultValue={p.ma ?? ''} className={field} inputMode="numeric" />
        </label>
        <div>
          <label className="text-sm font-semibold">
            Từ ngày
            <input name="tu" defaultValue={p.tu ?? ''} placeholder="dd/mm/yyyy" className={field} aria-describedby="tu-error" />
          </label>
          {errors.tu ? (
            <p id="tu-error" className="mt-1 text-sm text-danger">
              {errors.tu}
            </p>
          ) : null}
        </div>
        <div>
          <label className="text-sm font-semibold">
            Đến ngày
            <input name="den" defaultValue={p.den ?? ''} placeholder="dd/mm/yyyy" className={field} aria-describedby="den-error" />
          </label>
          {errors.den ? (
            <p id="den-error" className="mt-1 text-sm text-danger">
              {errors.den}
            </p>
          ) : null}
        </div>
        <div className="flex items-center gap-3 sm:col-span-3 lg:col-span-6">
          <button type="submit" className="rounded bg-masthead px-4 py-1.5 font-semibold text-white">
            Lọc
          </button>
          <Link href="/desk/nhat-ky" className="text-sm underline">
            Bỏ lọc
          </Link>
          <span className="text-sm text-muted">{total} mục</span>
        </div>
      </form>
      <table className="table-cards mt-4 w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="p-2">Thời gian</th>
            <th scope="col" className="p-2">Người thực hiện</th>
            <th scope="col" className="p-2">Hành động</th>
            <th scope="col" className="p-2">Đối tượng</th>
            <th scope="col" className="p-2">Thay đổi</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const href = auditSubjectHref(e.subjectType, e.subjectId);
            const subject = auditSubjectText(e.subjectType, e.subjectId, e.subjectName);
            const changes = describeAuditChanges(e.before, e.after);
            return (
              <tr key={e.id} className="border-b border-line align-top" data-testid="audit-entry">
                <td className="whitespace-nowrap p-2" data-label="Thời gian">
                  <time dateTime={e.at.toISOString()}>{formatPublishedAt(e.at)}</time>
                </td>
                <td className="p-2" data-label="Người thực hiện">{e.actorName ?? (e.actorId ? names.get(e.actorId) : null) ?? 'Hệ thống'}</td>
                <td className="p-2" data-label="Hành động">{auditActionLabel(e.action)}</td>
                <td className="p-2" data-label="Đối tượng">
                  {href ? (
                    <Link href={href} prefetch={false} className="underline">
                      {subject}
                    </Link>
                  ) : (
                    subject
                  )}
                </td>
                <td className="p-2" data-label="Thay đổi">
                  {changes.length ? (
                    <dl className="grid grid-cols-[auto_1fr] gap-x-3">
                      {changes.map((c) => (
                        <div key={c.field} className="contents">
                          <dt className="text-muted">{c.label}</dt>
                          <dd className={c.changed ? '' : 'text-muted'}>
                            {c.before && c.after && c.changed ? (
                              <>
                                <del className="text-danger">{c.before}</del> → <ins className="text-success no-underline">{c.after}</ins>
                              </>
                            ) : (
                              c.after || c.before
                            )}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {entries.length === 0 ? <p className="mt-4 text-muted">Không có mục nào khớp bộ lọc.</p> : null}
      {pages > 1 ? (
        <nav aria-label="Phân trang" className="mt-4 flex gap-3 text-sm">
          {p.trang > 1 ? <Link href={query(p.trang - 1)}>← Mới hơn</Link> : null}
          <span>
            Trang {p.trang}/{pages} · {AUDIT_PAGE_SIZE} mục mỗi trang
          </span>
          {p.trang < pages ? <Link href={query(p.trang + 1)}>Cũ hơn →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
