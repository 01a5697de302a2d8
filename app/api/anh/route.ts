import { z } from 'zod';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { type DomainErrorCode, isDomainError } from '@/lib/errors';
import { listMedia, maxUploadBytes, mediaMessages, uploadMedia } from '@/lib/media/library';
import type { MediaError, MediaItem, MediaPage } from '@/lib/media/types';
import '@/lib/zod-vi';

const noStore = { 'cache-control': 'no-store' };

function refuse(status: number, error: string) {
  return Response.json({ error } satisfies MediaError, { status, headers: noStore });
}

const statusOf: Partial<Record<DomainErrorCode, number>> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  too_large: 413,
  unsupported_type: 415,
  invalid_input: 400,
  rate_limited: 429,
};

/** Signed in with the right to upload: the user, or the refusal to answer with. */
async function uploader() {
  const user = await getCurrentUser();
  if (!user) return { refusal: refuse(401, 'Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.') };
  if (!can(user.role, 'media.upload')) return { refusal: refuse(403, mediaMessages.forbidden) };
  return { user };
}

const listSchema = z.object({
  q: z.string().max(200).default(''),
  trang: z.coerce.number().int().min(1).max(1000).default(1),
});

/** The library for the article editor's image picker: 24 a page, newest first. */
export async function GET(req: Request) {
  const { user, refusal } = await uploader();
  if (!user) return refusal;
  const parsed = listSchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) return refuse(400, 'Yêu cầu không hợp lệ.');
  const page = await listMedia({ actor: user, q: parsed.data.q, page: parsed.data.trang });
  const body: MediaPage = {
    items: page.items.map(({ id, src, width, height, alt, caption, credit, mime, size, createdAt }) => ({ id, src, width, height, alt, caption, credit, mime, size, createdAt })),
    hasMore: page.hasMore,
  };
  return Response.json(body, { headers: noStore });
}

const detailsSchema = z.object({
  alt: z.string().max(500, 'Mô tả ảnh dài quá 500 ký tự.').default(''),
  caption: z.string().max(1000, 'Chú thích dài quá 1.000 ký tự.').default(''),
  credit: z.string().max(200, 'Nguồn ảnh dài quá 200 ký tự.').default(''),
});

/** The host an Origin header names; `null` (a sandboxed frame) or garbage names none. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Room for the multipart envelope and the text fields around the file. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * One image, as multipart/form-data with `file` (+ `alt`, `caption`, `credit`): 201 with the
 * MediaItem, or `{ error }` in Vietnamese with 400/401/403/413/415/429.
 */
export async function POST(req: Request) {
  // A multipart form is a "simple" request another site could send with our cookies: only our pages may.
  const origin = req.headers.get('origin');
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  if (origin && host && originHost(origin) !== host) return refuse(403, 'Yêu cầu không đến từ trang của tòa soạn.');
  const { user, refusal } = await uploader();
  if (!user) return refusal;
  const limit = await maxUploadBytes();
  // A body announced as too large is refused before it is read into memory.
  const announced = Number(req.headers.get('content-length') ?? 0);
  if (announced > limit + FORM_OVERHEAD) return refuse(413, mediaMessages.tooLarge(limit / 1024 / 1024));

  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return refuse(400, 'Yêu cầu tải ảnh không hợp lệ (cần gửi biểu mẫu multipart có trường “file”).');
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return refuse(400, 'Chưa chọn tệp ảnh để tải lên.');
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === 'string' ? value : undefined;
  };
  const details = detailsSchema.safeParse({ alt: text('alt'), caption: text('caption'), credit: text('credit') });
  if (!details.success) return refuse(400, details.error.issues.map((i) => i.message).join(' '));

  try {
    const item: MediaItem = await uploadMedia({ actor: user, bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name, ...details.data });
    return Response.json(item, { status: 201, headers: noStore });
  } catch (err) {
    if (isDomainError(err)) return refuse(statusOf[err.code] ?? 400, err.message);
    console.error(err);
    return refuse(500, 'Đã có lỗi ngoài ý muốn khi lưu ảnh. Vui lòng thử lại.');
  }
}
