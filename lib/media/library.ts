import 'server-only';
import { and, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { type Database, getDb, type Tx } from '@/db/client';
import { type ArticleStatus, articles, type Media, media, settings, type User, users } from '@/db/schema';
import { canReadOnDesk, canSeeOnDesk } from '@/lib/articles/access';
import { recordAudit } from '@/lib/audit';
import { can } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { consumeRateLimit, type Limit } from '@/lib/rate-limit';
import { getSiteSettings } from '@/lib/settings';
import { normaliseLine } from '@/lib/text';
import { storeImage } from './images';
import { type ImageType, imageMimes } from './sniff';
import { deleteObjects, mediaUrl } from './storage';
import type { MediaItem } from './types';

type Actor = Pick<User, 'id' | 'role'>;

export const MEDIA_PAGE_SIZE = 24;
/** A photographer files a whole event at once; a script hammering the converter does not get far. */
export const UPLOAD_LIMIT: Limit = { max: 60, windowMs: 10 * 60_000 };

export const mediaMessages = {
  forbidden: 'Bạn không có quyền tải ảnh lên.',
  notYours: 'Bạn chỉ được sửa hoặc xóa ảnh do chính mình tải lên.',
  notFound: 'Không tìm thấy ảnh.',
  isLogo: 'Không thể xóa: ảnh đang là logo của trang báo. Hãy đổi hoặc bỏ logo trong Cài đặt trước.',
  rateLimited: 'Bạn tải ảnh lên quá nhanh. Vui lòng chờ vài phút rồi thử lại.',
  tooLarge: (mb: number) => `Tệp quá lớn: mỗi ảnh tối đa ${mb} MB. Vui lòng nén hoặc thu nhỏ ảnh rồi tải lên.`,
  /** Names the stories the person may know of; another reporter's unpublished ones are only counted. */
  inUse: (titles: string[], hidden = 0) =>
    `Không thể xóa: ảnh đang được dùng trong ${titles.length + hidden} bài viết (${[
      ...titles.map((t) => `“${t}”`),
      ...(hidden ? [`${hidden} bài chưa đăng của người khác`] : []),
    ].join(', ')}). Hãy gỡ ảnh khỏi bài trước.`,
};

export function toMediaItem(row: Media): MediaItem {
  return {
    id: row.id,
    src: mediaUrl(row.storageKey),
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    mime: row.mime,
    size: row.size,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The largest upload allowed now, in bytes (an admin sets it in megabytes). */
export async function maxUploadBytes(): Promise<number> {
  return (await getSiteSettings()).mediaMaxMegabytes * 1024 * 1024;
}

/**
 * Someone on the desk uploads a photo. The file is checked from its bytes (type, hidden markup,
 * size, pixel count, decodability), re-encoded without EXIF/GPS and given renditions. Refusals are
 * DomainErrors: too_large (413), unsupported_type (415), invalid_input (400), rate_limited (429).
 */
export async function uploadMedia({
  actor,
  bytes,
  fileName,
  alt = '',
  caption = '',
  credit = '',
}: {
  actor: Actor;
  bytes: Buffer;
  fileName: string;
  alt?: string;
  caption?: string;
  credit?: string;
}): Promise<MediaItem> {
  if (!can(actor.role, 'media.upload')) throw new DomainError('forbidden', mediaMessages.forbidden);
  const bucket = `media:upload:user:${actor.id}`;
  // Every attempt counts, refused ones too: decoding garbage costs as much as decoding a photo.
  if (!(await consumeRateLimit(bucket, UPLOAD_LIMIT)).ok) throw new DomainError('rate_limited', mediaMessages.rateLimited);
  const { mediaMaxMegabytes } = await getSiteSettings();
  if (bytes.length > mediaMaxMegabytes * 1024 * 1024) throw new DomainError('too_large', mediaMessages.tooLarge(mediaMaxMegabytes));
  const row = await storeImage(await getDb(), bytes, { alt, caption, credit, fileName, uploadedBy: actor.id });
  return toMediaItem(row);
}

export type MediaListItem = MediaItem & {
  fileName: string;
  storageKey: string;
  renditions: Media['renditions'];
  uploadedBy: number | null;
  uploaderName: string | null;
};

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

function assertLibraryUser(actor: Actor) {
  if (!can(actor.role, 'media.upload')) throw new DomainError('forbidden', 'Bạn không có quyền xem thư viện ảnh.');
}

/**
 * The library, newest first, 24 a page: words match alt text, caption, credit or file name, with or
 * without diacritics ("cau rong" finds "Cầu Rồng"); filters by real type and by uploader. The
 * library is shared: everyone who may upload sees every photo (which stories use it is another read).
 */
export async function listMedia({
  actor,
  q = '',
  type,
  uploadedBy,
  page = 1,
}: {
  actor: Actor;
  q?: string;
  type?: ImageType;
  uploadedBy?: number;
  page?: number;
}): Promise<{ items: MediaListItem[]; hasMore: boolean }> {
  assertLibraryUser(actor);
  const db = await getDb();
  const words = normaliseLine(q).toLowerCase().split(' ').filter(Boolean).slice(0, 8);
  const haystack = sql`f_unaccent(lower(${media.alt} || ' ' || ${media.caption} || ' ' || ${media.credit} || ' ' || ${media.fileName}))`;
  const conditions: (SQL | undefined)[] = [
    ...words.map((w) => sql`${haystack} like '%' || f_unaccent(${escapeLike(w)}) || '%'`),
    type ? eq(media.mime, imageMimes[type]) : undefined,
    uploadedBy ? eq(media.uploadedBy, uploadedBy) : undefined,
  ];
  const offset = (Math.max(1, Math.min(page, 1000)) - 1) * MEDIA_PAGE_SIZE;
  const rows = await db
    .select({ media, uploaderName: users.name })
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedBy))
    .where(and(...conditions))
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(MEDIA_PAGE_SIZE + 1)
    .offset(offset);
  return {
    items: rows.slice(0, MEDIA_PAGE_SIZE).map((r) => ({
      ...toMediaItem(r.media),
      fileName: r.media.fileName,
      storageKey: r.media.storageKey,
      renditions: r.media.renditions,
      uploadedBy: r.media.uploadedBy,
      uploaderName: r.uploaderName,
    })),
    hasMore: rows.length > MEDIA_PAGE_SIZE,
  };
}

export async function getMedia({ actor, id }: { actor: Actor; id: number }): Promise<Media | null> {
  assertLibraryUser(actor);
  const db = await getDb();
  const [row] = await db.select().from(media).where(eq(media.id, id));
  return row ?? null;
}

/** Admins and editors manage every image; a reporter only those they uploaded. */
export function canChangeMedia(actor: Actor, row: Pick<Media, 'uploadedBy'>): boolean {
  if (can(actor.role, 'media.manage')) return true;
  return can(actor.role, 'media.upload') && row.uploadedBy === actor.id;
}

async function lockForChange(tx: Tx, actor: Actor, id: number): Promise<Media> {
  const [row] = await tx.select().from(media).where(eq(media.id, id)).for('update');
  if (!row) throw new DomainError('not_found', mediaMessages.notFound);
  if (!canChangeMedia(actor, row)) {
    throw new DomainError('forbidden', can(actor.role, 'media.upload') ? mediaMessages.notYours : mediaMessages.forbidden);
  }
  return row;
}

/** Alt text (for blind readers), caption and credit of one image. */
export async function updateMediaDetails({
  actor,
  id,
  alt,
  caption,
  credit,
}: {
  actor: Actor;
  id: number;
  alt: string;
  caption: string;
  credit: string;
}): Promise<MediaItem> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await lockForChange(tx, actor, id);
    const values = { alt: normaliseLine(alt), caption: normaliseLine(caption), credit: normaliseLine(credit) };
    const [row] = await tx.update(media).set(values).where(eq(media.id, id)).returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'media.details',
      subjectType: 'media',
      subjectId: id,
      before: { alt: before.alt, caption: before.caption, credit: before.credit },
      after: values,
    });
    return toMediaItem(row);
  });
}

const detailFields = ['alt', 'caption', 'credit'] as const;

/**
 * What a writer typed for a library photo placed in a story (the picker asks for alt text, caption
 * and credit) goes back to the library, so the next person who picks it finds them. Only the
 * library's empty fields are filled: wording the library already has is kept (a story's own caption
 * stays in the story), and only for someone who may change the photo (its uploader, an editor, an
 * admin). Runs in the caller's transaction (saving the story).
 */
export async function rememberFigureDetails(
  tx: Tx,
  { actor, figures }: { actor: Actor; figures: { mediaId: number; alt: string; caption: string; credit: string }[] },
): Promise<void> {
  if (!figures.length || !can(actor.role, 'media.upload')) return;
  const rows = await tx
    .select()
    .from(media)
    .where(inArray(media.id, [...new Set(figures.map((f) => f.mediaId))]))
    .for('update');
  for (const row of rows) {
    if (!canChangeMedia(actor, row)) continue;
    const fill: Partial<Record<(typeof detailFields)[number], string>> = {};
    for (const figure of figures.filter((f) => f.mediaId === row.id)) {
      for (const field of detailFields) {
        const typed = normaliseLine(figure[field]);
        if (!row[field] && !fill[field] && typed) fill[field] = typed;
      }
    }
    if (!Object.keys(fill).length) continue;
    await tx.update(media).set(fill).where(eq(media.id, row.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'media.details',
      subjectType: 'media',
      subjectId: row.id,
      before: Object.fromEntries(Object.keys(fill).map((k) => [k, row[k as keyof typeof fill]])),
      after: fill,
    });
  }
}

/** `openable`: the person may open the story on the desk (a live story of someone else's is only named). */
export type MediaUsage = { id: number; title: string; status: ArticleStatus; publishedAt: Date | null; asCover: boolean; openable: boolean };
/** The stories using a photo that the person may know of, and how many others (unpublished, not theirs) do. */
export type MediaUsages = { stories: MediaUsage[]; hidden: number };

/**
 * Stories in any status that use these images: as cover, or in the body, where a figure's `src`
 * is the image's `/media/<storageKey>` address (read from `articles.media_srcs`, every `src` of the
 * body, GIN-indexed, so the check does not read every story).
 */
async function usagesOf(db: Database | Tx, actor: Actor, rows: Pick<Media, 'id' | 'storageKey'>[]): Promise<Map<number, MediaUsages>> {
  const found = new Map<number, MediaUsages>(rows.map((r) => [r.id, { stories: [], hidden: 0 }]));
  if (!rows.length) return found;
  const bySrc = new Map(rows.map((r) => [mediaUrl(r.storageKey), r.id]));
  const srcs = sql.join([...bySrc.keys()].map((src) => sql`${src}`), sql`, `);
  const hits = await db
    .select({
      id: articles.id,
      title: articles.title,
      status: articles.status,
      authorId: articles.authorId,
      publishedAt: articles.publishedAt,
      coverMediaId: articles.coverMediaId,
      mediaSrcs: articles.mediaSrcs,
    })
    .from(articles)
    .where(or(inArray(articles.coverMediaId, rows.map((r) => r.id)), sql`${articles.mediaSrcs} ?| array[${srcs}]::text[]`))
    .orderBy(articles.id);
  for (const a of hits) {
    for (const [src, mediaId] of bySrc) {
      const asCover = a.coverMediaId === mediaId;
      if (!asCover && !(Array.isArray(a.mediaSrcs) && a.mediaSrcs.includes(src))) continue;
      const usage = found.get(mediaId)!;
      if (canSeeOnDesk(a, actor)) usage.stories.push({ id: a.id, title: a.title, status: a.status, publishedAt: a.publishedAt, asCover, openable: canReadOnDesk(a, actor) });
      else usage.hidden += 1;
    }
  }
  return found;
}

/** The stories (any status) that show this image, as far as the person may know of them. */
export async function findMediaUsage({ actor, id }: { actor: Actor; id: number }): Promise<MediaUsages> {
  const row = await getMedia({ actor, id });
  if (!row) throw new DomainError('not_found', mediaMessages.notFound);
  return (await usagesOf(await getDb(), actor, [row])).get(id)!;
}

/** The same for a page of the library at once. */
export async function findMediaUsages({ actor, items }: { actor: Actor; items: Pick<Media, 'id' | 'storageKey'>[] }): Promise<Map<number, MediaUsages>> {
  assertLibraryUser(actor);
  return usagesOf(await getDb(), actor, items);
}

/**
 * Deletes an image no story uses (checked inside the transaction that deletes the row); the files
 * go once the row is gone. A story in any status — even in the trash, which can be restored —
 * keeps its images.
 */
export async function deleteMedia({ actor, id }: { actor: Actor; id: number }): Promise<void> {
  const db = await getDb();
  const removed = await db.transaction(async (tx) => {
    const row = await lockForChange(tx, actor, id);
    const usage = (await usagesOf(tx, actor, [row])).get(id)!;
    if (usage.stories.length || usage.hidden) throw new DomainError('conflict', mediaMessages.inUse(usage.stories.map((u) => u.title), usage.hidden));
    const [logo] = await tx.select({ key: settings.key }).from(settings).where(and(eq(settings.key, 'logoMediaId'), sql`${settings.value} = to_jsonb(${id}::int)`));
    if (logo) throw new DomainError('conflict', mediaMessages.isLogo);
    await tx.delete(media).where(eq(media.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'media.delete',
      subjectType: 'media',
      subjectId: id,
      before: { storageKey: row.storageKey, fileName: row.fileName, alt: row.alt, caption: row.caption, credit: row.credit, uploadedBy: row.uploadedBy },
    });
    return row;
  });
  await deleteObjects([removed.storageKey, ...removed.renditions.map((r) => r.key)]);
}

/** Which filter values the library page offers, in the newsroom's words. */
export const imageTypeLabels: Record<ImageType, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', avif: 'AVIF', gif: 'GIF' };

