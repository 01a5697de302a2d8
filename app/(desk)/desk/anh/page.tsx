import Link from 'next/link';
import { z } from 'zod';
import { DeleteMediaForm, MediaDetailsForm, MediaUploadForm } from '@/components/desk/media-library';
import { requireDeskUser } from '@/lib/auth/session';
import { statusLabelOf } from '@/lib/articles/workflow';
import { now } from '@/lib/clock';
import { formatPublishedAt } from '@/lib/dates';
import { canChangeMedia, findMediaUsages, imageTypeLabels, listMedia } from '@/lib/media/library';
import { imageTypes } from '@/lib/media/sniff';
import { getSiteSettings } from '@/lib/settings';
import { deleteMediaAction, updateMediaDetailsAction } from './actions';

const filterSchema = z.object({
  q: z.string().trim().max(200).catch(''),
  loai: z.enum(imageTypes).optional().catch(undefined),
  'cua-toi': z.literal('1').optional().catch(undefined),
  trang: z.coerce.number().int().min(1).max(1000).catch(1),
});

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireDeskUser('media.upload', '/desk/anh');
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const f = filterSchema.parse({ q: raw.q ?? '', loai: raw.loai, 'cua-toi': raw['cua-toi'], trang: raw.trang ?? 1 });
  const [site, page] = await Promise.all([
    getSiteSettings(),
    listMedia({ actor: user, q: f.q, type: f.loai, uploadedBy: f['cua-toi'] ? user.id : undefined, page: f.trang }),
  ]);
  const usages = await findMediaUsages({ actor: user, items: page.items });
  const pageHref = (n: number) => {
    const p = new URLSearchParams();
    if (f.q) p.set('q', f.q);
    if (f.loai) p.set('loai', f.loai);
    if (f['cua-toi']) p.set('cua-toi', '1');
    p.set('trang', String(n));
    return `/desk/anh?${p}`;
  };
  const control = 'mt-1 block rounded border border-neutral-400 bg-white px-2 py-1 text-sm';
  return (
    <>
      <h1 className="text-2xl font-bold">Thư viện ảnh</h1>
      <section aria-labelledby="tai-anh" className="mt-4">
        <h2 id="tai-anh" className="mb-2 text-lg font-bold">
          Tải ảnh mới
        </h2>
        <MediaUploadForm maxMegabytes={site.mediaMaxMegabytes} />
        <p className="mt-1 text-sm text-muted">Thông tin EXIF và vị trí GPS trong ảnh được xóa khi tải lên.</p>
      </section>

      <form method="get" action="/desk/anh" role="search" aria-label="Tìm ảnh" className="mt-6 flex flex-wrap items-end gap-3">
        <label className="text-sm">
          Tìm ảnh (mô tả, chú thích, nguồn, tên tệp)
          <input type="search" name="q" defaultValue={f.q} className={`${control} w-72`} />
        </label>
        <label className="text-sm">
          Định dạng
          <select name="loai" defaultValue={f.loai ?? ''} className={control}>
            <option value="">Mọi định dạng</option>
            {imageTypes.map((t) => (
              <option key={t} value={t}>
                {imageTypeLabels[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 pb-1 text-sm">
          <input type="checkbox" name="cua-toi" value="1" defaultChecked={!!f['cua-toi']} />
          Chỉ ảnh của tôi
        </label>
        <button type="submit" className="rounded border border-neutral-500 bg-white px-3 py-1 text-sm font-semibold">
          Lọc
        </button>
      </form>

      {page.items.length === 0 ? (
        <p className="mt-6 text-muted">{f.q || f.loai || f['cua-toi'] ? 'Không có ảnh nào khớp với điều kiện tìm.' : 'Thư viện chưa có ảnh nào.'}</p>
      ) : (
        <ul className="mt-6 grid gap-4 md:grid-cols-2 lg:grid-cols-3" aria-label="Ảnh trong thư viện">
          {page.items.map((item) => {
            const thumb = item.renditions[0] ? `/media/${item.renditions[0].key}` : item.src;
            const { stories: used, hidden } = usages.get(item.id) ?? { stories: [], hidden: 0 };
            const mine = canChangeMedia(user, item);
            return (
              <li key={item.id} id={`anh-${item.id}`} data-testid="media-card" className="rounded border border-line bg-white p-3">
                {/* eslint-disable-next-line @next/next/no-img-element -- our own renditions, made at upload */}
                <img src={thumb} alt={item.alt} width={item.width} height={item.height} loading="lazy" className="aspect-[3/2] w-full bg-neutral-100 object-contain" />
                <p className="mt-2 break-all text-sm font-semibold">{item.fileName || `Ảnh #${item.id}`}</p>
                <p className="text-xs text-muted">
                  {item.mime.replace('image/', '').toUpperCase()} · {item.width} × {item.height} · {formatSize(item.size)} · {item.uploaderName ?? 'Hệ thống'} ·{' '}
                  <time dateTime={item.createdAt}>{formatPublishedAt(new Date(item.createdAt))}</time>
                </p>
                {mine ? (
                  <div className="mt-2">
                    <MediaDetailsForm action={updateMediaDetailsAction} item={{ id: item.id, alt: item.alt, caption: item.caption, credit: item.credit }} />
                  </div>
                ) : (
                  <dl className="mt-2 text-sm">
                    <dt className="font-semibold">Mô tả ảnh</dt>
                    <dd>{item.alt || '—'}</dd>
                    <dt className="font-semibold">Chú thích</dt>
                    <dd>{item.caption || '—'}</dd>
                    <dt className="font-semibold">Nguồn</dt>
                    <dd>{item.credit || '—'}</dd>
                  </dl>
                )}
                <div className="mt-2 text-sm">
                  {used.length || hidden ? (
                    <>
                      <p className="font-semibold">Đang dùng trong:</p>
                      <ul className="list-disc pl-5" aria-label="Bài viết dùng ảnh này">
                        {used.map((u) => (
                          <li key={u.id}>
                            {u.openable ? (
                              <Link href={`/desk/bai-viet/${u.id}`} className="underline">
                                {u.title}
                              </Link>
                            ) : (
                              u.title
                            )}{' '}
                            <span className="text-muted">
                              ({statusLabelOf(u, now())}
                              {u.asCover ? ', ảnh đại diện' : ''})
                            </span>
                          </li>
                        ))}
                        {hidden ? <li className="text-muted">{hidden} bài chưa đăng của người khác</li> : null}
                      </ul>
                    </>
                  ) : (
                    <p className="text-muted">Chưa dùng trong bài nào.</p>
                  )}
                </div>
                {mine && (
                  <div className="mt-2">
                    <DeleteMediaForm action={deleteMediaAction} id={item.id} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {(f.trang > 1 || page.hasMore) && (
        <nav aria-label="Phân trang" className="mt-6 flex gap-4 text-sm">
          {f.trang > 1 && (
            <Link href={pageHref(f.trang - 1)} className="underline">
              Trang trước
            </Link>
          )}
          {page.hasMore && (
            <Link href={pageHref(f.trang + 1)} className="underline">
              Trang sau
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
