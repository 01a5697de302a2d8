import { z } from 'zod';
import { listMedia, maxUploadBytes, mediaMessages, uploadMedia } from '@/lib/media/library';
import type { MediaItem, MediaPage } from '@/lib/media/types';
import { deskRoute } from '@/lib/routes';

const noStore = { 'cache-control': 'no-store' };

const listSchema = z.object({
  q: z.string().max(200).default(''),
  trang: z.coerce.number().int().min(1).max(1000).default(1),
});

/** The library for the article editor's image picker: 24 a page, newest first. */
export const GET = deskRoute('media.upload', listSchema, async ({ q, trang }, { user }) => {
  const page = await listMedia({ actor: user, q, page: trang });
  const body: MediaPage = {
    items: page.items.map(({ id, src, width, height, alt, caption, credit, mime, size, createdAt }) => ({ id, src, width, height, alt, caption, credit, mime, size, createdAt })),
    hasMore: page.hasMore,
  };
  return body;
});

const uploadSchema = z.object({
  file: z.instanceof(File, { message: 'Chưa chọn tệp ảnh để tải lên.' }).refine((f) => f.size > 0, 'Chưa chọn tệp ảnh để tải lên.'),
  alt: z.string().max(500, 'Mô tả ảnh dài quá 500 ký tự.').default(''),
  caption: z.string().max(1000, 'Chú thích dài quá 1.000 ký tự.').default(''),
  credit: z.string().max(200, 'Nguồn ảnh dài quá 200 ký tự.').default(''),
});

/** Room for the multipart envelope and the text fields around the file. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * One image, as multipart/form-data with `file` (+ `alt`, `caption`, `credit`): 201 with the
 * MediaItem. The form is read through the door's byte limit: a chunked upload without a length is
 * cut at the site's photo limit, never read whole.
 */
export const POST = deskRoute(
  'media.upload',
  uploadSchema,
  async ({ file, ...details }, { user }) => {
    const item: MediaItem = await uploadMedia({ actor: user, bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name, ...details });
    return Response.json(item, { status: 201, headers: noStore });
  },
  {
    body: 'form',
    limit: async () => {
      const bytes = await maxUploadBytes();
      return { bytes: bytes + FORM_OVERHEAD, message: mediaMessages.tooLarge(bytes / 1024 / 1024) };
    },
  },
);
