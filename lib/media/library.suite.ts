import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as serveMedia } from '@/app/media/[...key]/route';
import { articles, auditLog, media, type Section, type User } from '@/db/schema';
import { createDraft, saveDraft } from '@/lib/articles/desk';
import { isDomainError } from '@/lib/errors';
import { getSiteSettings, saveSiteSettings } from '@/lib/settings';
import { createSection, createUser } from '@/test/fixtures';
import { unique, withTestDatabase } from '@/test/database';
import { imageMessages } from './images';
import { deleteMedia, findMediaUsage, listMedia, mediaMessages, updateMediaDetails, uploadMedia } from './library';
import { getObject, MEDIA_CACHE_CONTROL, mediaStore } from './storage';

export type MediaBackend = {
  kind: 'disk' | 's3';
  name: string;
  /** Every key the store holds, read past the app: the files under DATA_DIR/uploads, the objects in the bucket. */
  storedKeys: () => Promise<string[]>;
};

/** A GET of `/media/<key>` through the app's own route handler. */
export function getMedia(key: string, method = 'GET') {
  return serveMedia(new Request(`http://127.0.0.1/media/${key}`, { method }), { params: Promise.resolve({ key: key.split('/') }) });
}

/**
 * The photo library from upload to deletion, run once per store (library.test.ts on local disk,
 * library.s3.test.ts on a real S3-compatible server): the test file points the environment at its
 * store before anything reads it, and this suite must behave the same on both.
 */
export function describeMediaLibrary(backend: MediaBackend) {
describe(`photo library on ${backend.name}`, () => {
const { getDb } = withTestDatabase();

it('uses the store the environment names', () => {
  expect(mediaStore().kind).toBe(backend.kind);
});

let reporter: User;
let otherReporter: User;
let editor: User;
let admin: User;
let moderator: User;
let section: Section;

beforeAll(async () => {
  [reporter, otherReporter, editor, admin, moderator] = await Promise.all([
    createUser({ role: 'reporter' }),
    createUser({ role: 'reporter' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'admin' }),
    createUser({ role: 'moderator' }),
  ]);
  section = await createSection();
});

const photo = (width = 1200, height = 800, background = '#3b7a57') =>
  sharp({ create: { width, height, channels: 3, background } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneMaker' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 42/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' } })
    .toBuffer();

async function refusal(run: Promise<unknown>) {
  try {
    await run;
  } catch (err) {
    if (isDomainError(err)) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('accepted');
}

async function storyUsing(body: unknown, extra: Partial<typeof articles.$inferInsert> = {}) {
  const db = await getDb();
  const slug = unique('bai-co-anh');
  const [row] = await db
    .insert(articles)
    .values({ slug, title: `Bài ${slug}`, body: body as never, sectionId: section.id, authorId: reporter.id, ...extra })
    .returning();
  return row;
}

const figure = (src: string, mediaId?: number) => ({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn mở đầu.' }] },
    { type: 'figure', attrs: { src, mediaId, alt: 'Cầu', caption: 'Chú thích', credit: 'Ảnh: Minh Anh' } },
  ],
});

describe('uploading', () => {
  it('stores a re-encoded original without EXIF/GPS, its renditions, the uploader and an audit entry', async () => {
    const fileName = `${unique('cau-rong')}.jpg`;
    const item = await uploadMedia({ actor: reporter, bytes: await photo(), fileName, alt: 'Cầu Rồng phun lửa', caption: 'Cầu Rồng đêm cuối tuần', credit: 'Ảnh: Minh Anh' });
    expect(item).toMatchObject({ src: expect.stringMatching(/^\/media\/\d{4}-\d{2}\/[0-9a-f]{16}\/original\.jpg$/), width: 1200, height: 800, mime: 'image/jpeg', alt: 'Cầu Rồng phun lửa' });
    expect(new Date(item.createdAt).toISOString()).toBe(item.createdAt);

    const stored = await getObject(item.src.slice('/media/'.length));
    expect(stored).not.toBeNull();
    expect(stored!.length).toBe(item.size);
    const meta = await sharp(stored!).metadata();
    expect(meta.exif).toBeUndefined();
    expect(stored!.includes(Buffer.from('PhoneMaker'))).toBe(false);

    const db = await getDb();
    const [row] = await db.select().from(media).where(eq(media.id, item.id));
    expect(row).toMatchObject({ uploadedBy: reporter.id, fileName });
    expect(row.renditions.map((r) => r.width)).toEqual([480, 960]);
    for (const r of row.renditions) expect((await sharp((await getObject(r.key))!).metadata()).format).toBe('webp');
    expect(await backend.storedKeys()).toEqual(expect.arrayContaining([row.storageKey, ...row.renditions.map((r) => r.key)]));
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.subjectType, 'media'), eq(auditLog.subjectId, String(item.id))));
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['media.upload', reporter.id]]);
  });

  it('refuses an SVG named .png, HTML named .jpg and a file over the size limit, storing nothing', async () => {
    const db = await getDb();
    const before = (await db.select({ id: media.id }).from(media)).length;
    const keysBefore = (await backend.storedKeys()).sort();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9" height="9"/></svg>');
    expect(await refusal(uploadMedia({ actor: reporter, bytes: svg, fileName: 'anh-dep.png' }))).toEqual({ code: 'unsupported_type', message: imageMessages.svg });
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
    expect(await refusal(uploadMedia({ actor: reporter, bytes: html, fileName: 'anh.jpg' }))).toEqual({ code: 'unsupported_type', message: imageMessages.markup });
    const big = Buffer.concat([await photo(64, 64), Buffer.alloc(10 * 1024 * 1024)]);
    expect(await refusal(uploadMedia({ actor: reporter, bytes: big, fileName: 'to.jpg' }))).toEqual({ code: 'too_large', message: mediaMessages.tooLarge(10) });
    expect((await db.select({ id: media.id }).from(media)).length).toBe(before);
    expect((await backend.storedKeys()).sort()).toEqual(keysBefore);
  });

  it('obeys the size limit an admin sets', async () => {
    const site = await getSiteSettings();
    const values = { siteName: site.siteName, dateline: site.dateline, defaultCommentsMode: site.defaultCommentsMode, commentsCloseAfterDays: site.commentsCloseAfterDays, commentMaxLinks: site.commentMaxLinks };
    const noisy = await sharp(Buffer.alloc(900 * 900 * 3).map(() => Math.floor(Math.random() * 256)), { raw: { width: 900, height: 900, channels: 3 } }).png().toBuffer();
    expect(noisy.length).toBeGreaterThan(1024 * 1024);
    await saveSiteSettings({ actor: admin, values: { ...values, mediaMaxMegabytes: 1 } });
    try {
      expect(await refusal(uploadMedia({ actor: editor, bytes: noisy, fileName: 'nhieu.png' }))).toEqual({ code: 'too_large', message: mediaMessages.tooLarge(1) });
    } finally {
      await saveSiteSettings({ actor: admin, values: { ...values, mediaMaxMegabytes: 10 } });
    }
    expect(await uploadMedia({ actor: editor, bytes: noisy, fileName: 'nhieu.png' })).toMatchObject({ mime: 'image/png', width: 900 });
  });

  it('does not let a moderator upload', async () => {
    expect(await refusal(uploadMedia({ actor: moderator, bytes: await photo(50, 50), fileName: 'a.jpg' }))).toEqual({ code: 'forbidden', message: mediaMessages.forbidden });
  });

  it('slows down a flood of uploads from one person, refused attempts included', async () => {
    const flooder = await createUser({ role: 'reporter' });
    const junk = Buffer.from('not an image');
    for (let i = 0; i < 60; i++) expect((await refusal(uploadMedia({ actor: flooder, bytes: junk, fileName: 'x.jpg' }))).code).toBe('unsupported_type');
    expect(await refusal(uploadMedia({ actor: flooder, bytes: await photo(50, 50), fileName: 'a.jpg' }))).toEqual({ code: 'rate_limited', message: mediaMessages.rateLimited });
  });
});

describe('the library', () => {
  it('finds images by alt, caption, credit or file name, with or without diacritics, newest first', async () => {
    const tag = unique('dot').replace(/-/g, '');
    const a = await uploadMedia({ actor: reporter, bytes: await photo(60, 40), fileName: `${tag}-cho-noi.jpg`, alt: `Chợ nổi Cái Răng ${tag}`, caption: 'Buổi sáng trên sông Hậu', credit: 'Ảnh: Thu Hà' });
    const b = await uploadMedia({ actor: otherReporter, bytes: await sharp(await photo(60, 40)).png().toBuffer(), fileName: `${tag}.png`, alt: 'Ruộng bậc thang', caption: `Mù Cang Chải mùa lúa chín ${tag}`, credit: 'Ảnh: Quốc Bảo' });

    const ids = async (input: Omit<Parameters<typeof listMedia>[0], 'actor'>) => (await listMedia({ actor: reporter, ...input })).items.map((i) => i.id);
    expect(await ids({ q: tag })).toEqual([b.id, a.id]);
    expect(await ids({ q: `cho noi ${tag}` })).toEqual([a.id]);
    expect(await ids({ q: `CHỢ NỔI ${tag}` })).toEqual([a.id]);
    expect(await ids({ q: `mu cang chai ${tag}` })).toEqual([b.id]);
    expect(await ids({ q: `quoc bao ${tag}` })).toEqual([b.id]);
    expect(await ids({ q: `${tag}-cho-noi.jpg` })).toEqual([a.id]);
    expect(await ids({ q: tag, type: 'png' })).toEqual([b.id]);
    expect(await ids({ q: tag, uploadedBy: reporter.id })).toEqual([a.id]);
    expect(await ids({ q: `${tag} 100%_` })).toEqual([]);
    const listed = (await listMedia({ actor: reporter, q: tag })).items[0];
    expect(listed).toMatchObject({ uploaderName: otherReporter.name, fileName: `${tag}.png`, mime: 'image/png' });
  });

  it('pages 24 at a time and says whether there is more', async () => {
    const tag = unique('trang').replace(/-/g, '');
    const bytes = await photo(30, 20);
    for (let i = 0; i < 25; i++) await uploadMedia({ actor: editor, bytes, fileName: `${tag}-${i}.jpg` });
    const first = await listMedia({ actor: editor, q: tag });
    const second = await listMedia({ actor: editor, q: tag, page: 2 });
    expect([first.items.length, first.hasMore, second.items.length, second.hasMore]).toEqual([24, true, 1, false]);
    expect(second.items[0].src).not.toBe(first.items[23].src);
  });
});

describe('editing and deleting', () => {
  it('lets the uploader and an editor edit details, not another reporter', async () => {
    const item = await uploadMedia({ actor: reporter, bytes: await photo(50, 50), fileName: 'a.jpg' });
    const edited = await updateMediaDetails({ actor: reporter, id: item.id, alt: '  Người dân   đi chợ Tết ', caption: 'Chợ hoa', credit: 'Ảnh: Minh Anh' });
    expect(edited).toMatchObject({ alt: 'Người dân đi chợ Tết', caption: 'Chợ hoa', credit: 'Ảnh: Minh Anh' });
    expect(await refusal(updateMediaDetails({ actor: otherReporter, id: item.id, alt: 'x', caption: '', credit: '' }))).toEqual({ code: 'forbidden', message: mediaMessages.notYours });
    expect(await refusal(deleteMedia({ actor: otherReporter, id: item.id }))).toEqual({ code: 'forbidden', message: mediaMessages.notYours });
    expect(await refusal(updateMediaDetails({ actor: moderator, id: item.id, alt: 'x', caption: '', credit: '' }))).toEqual({ code: 'forbidden', message: mediaMessages.forbidden });
    await updateMediaDetails({ actor: editor, id: item.id, alt: 'Chợ hoa ngày Tết', caption: 'Chợ hoa', credit: 'Ảnh: Minh Anh' });
    const db = await getDb();
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.subjectType, 'media'), eq(auditLog.action, 'media.details'), eq(auditLog.subjectId, String(item.id))));
    expect(audit.map((a) => a.actorId)).toEqual([reporter.id, editor.id]);
  });

  it('refuses to delete an image a story uses, in its body or as cover, in any status', async () => {
    const inBody = await uploadMedia({ actor: reporter, bytes: await photo(1000, 600), fileName: 'body.jpg' });
    const asCover = await uploadMedia({ actor: reporter, bytes: await photo(50, 50), fileName: 'cover.jpg' });
    const story = await storyUsing(figure(inBody.src), { status: 'trashed' });
    const other = await storyUsing({ type: 'doc', content: [] }, { coverMediaId: asCover.id, status: 'published', publishedAt: new Date() });

    expect(await findMediaUsage({ actor: reporter, id: inBody.id })).toEqual({ stories: [{ id: story.id, title: story.title, status: 'trashed', publishedAt: null, asCover: false, openable: true }], hidden: 0 });
    expect(await findMediaUsage({ actor: editor, id: asCover.id })).toEqual({ stories: [{ id: other.id, title: other.title, status: 'published', publishedAt: other.publishedAt, asCover: true, openable: true }], hidden: 0 });
    expect(await refusal(deleteMedia({ actor: reporter, id: inBody.id }))).toEqual({ code: 'conflict', message: mediaMessages.inUse([story.title]) });
    expect(await refusal(deleteMedia({ actor: editor, id: asCover.id }))).toEqual({ code: 'conflict', message: mediaMessages.inUse([other.title]) });
    expect(await getObject(inBody.src.slice('/media/'.length))).not.toBeNull();
  });

  it('finds a figure wherever it sits in the body, and only the image it shows', async () => {
    const item = await uploadMedia({ actor: reporter, bytes: await photo(60, 60), fileName: 'r.jpg' });
    const other = await uploadMedia({ actor: reporter, bytes: await photo(60, 60), fileName: 'o.jpg' });
    const nested = { type: 'doc', content: [{ type: 'blockquote', content: [figure(item.src).content[1]] }] };
    const story = await storyUsing(nested);
    await storyUsing(figure(`${other.src}?x`));
    expect((await findMediaUsage({ actor: reporter, id: item.id })).stories.map((u) => u.id)).toEqual([story.id]);
    expect(await findMediaUsage({ actor: reporter, id: other.id })).toEqual({ stories: [], hidden: 0 });
  });

  it('deletes an unused image with its files, and an editor may delete anyone’s', async () => {
    const item = await uploadMedia({ actor: reporter, bytes: await photo(1000, 600), fileName: 'x.jpg' });
    const db = await getDb();
    const [row] = await db.select().from(media).where(eq(media.id, item.id));
    await deleteMedia({ actor: editor, id: item.id });
    expect(await db.select().from(media).where(eq(media.id, item.id))).toEqual([]);
    const keys = [row.storageKey, ...row.renditions.map((r) => r.key)];
    expect(keys).toHaveLength(3);
    for (const key of keys) expect(await getObject(key)).toBeNull();
    expect((await backend.storedKeys()).filter((k) => keys.includes(k))).toEqual([]);
    for (const key of keys) expect((await getMedia(key)).status).toBe(404);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.subjectType, 'media'), eq(auditLog.action, 'media.delete'), eq(auditLog.subjectId, String(item.id))));
    expect(audit).toHaveLength(1);
    expect(await refusal(deleteMedia({ actor: editor, id: item.id }))).toEqual({ code: 'not_found', message: mediaMessages.notFound });
  });

  it('lets a reporter delete their own unused image', async () => {
    const item = await uploadMedia({ actor: reporter, bytes: await photo(40, 40), fileName: 'mine.jpg' });
    await deleteMedia({ actor: reporter, id: item.id });
    expect(await refusal(findMediaUsage({ actor: reporter, id: item.id }))).toMatchObject({ code: 'not_found' });
  });
});

describe('serving /media', () => {
  it('streams an original and its renditions with their type and an immutable lifetime', async () => {
    const item = await uploadMedia({ actor: reporter, bytes: await photo(1000, 600), fileName: 'phuc-vu.jpg' });
    const db = await getDb();
    const [row] = await db.select().from(media).where(eq(media.id, item.id));
    for (const [key, type] of [[row.storageKey, 'image/jpeg'], ...row.renditions.map((r) => [r.key, 'image/webp'])]) {
      const res = await getMedia(key);
      const body = Buffer.from(await res.arrayBuffer());
      expect({ status: res.status, type: res.headers.get('content-type'), cache: res.headers.get('cache-control'), nosniff: res.headers.get('x-content-type-options') }).toEqual({
        status: 200,
        type,
        cache: MEDIA_CACHE_CONTROL,
        nosniff: 'nosniff',
      });
      expect(body.equals((await getObject(key))!)).toBe(true);
    }
    expect((await (await getMedia(row.storageKey)).arrayBuffer()).byteLength).toBe(item.size);
  });

  it('answers HEAD with the same headers and lets go of the file or connection (Next never reads a HEAD body)', async () => {
    // Noise, so the photo is bigger than the loopback socket takes in whole (about 100 KB of a body
    // arrives and frees its connection even unread; 200 KB does not).
    const noise = await sharp(Buffer.alloc(700 * 700 * 3).map(() => Math.floor(Math.random() * 256)), { raw: { width: 700, height: 700, channels: 3 } }).jpeg().toBuffer();
    const item = await uploadMedia({ actor: reporter, bytes: noise, fileName: 'head.jpg' });
    expect(item.size).toBeGreaterThan(300_000);
    const key = item.src.slice('/media/'.length);
    // More than the S3 client's 50 sockets: an unreleased body would leave the next reader waiting.
    for (let i = 0; i < 60; i++) {
      const res = await getMedia(key, 'HEAD');
      expect({ status: res.status, type: res.headers.get('content-type'), cache: res.headers.get('cache-control'), body: res.body }).toEqual({ status: 200, type: 'image/jpeg', cache: MEDIA_CACHE_CONTROL, body: null });
    }
    const res = await getMedia(key);
    expect({ status: res.status, size: (await res.arrayBuffer()).byteLength }).toEqual({ status: 200, size: item.size });
  });

  it('answers 404, never 500, for a photo that is not there or a key that is not ours', async () => {
    for (const key of ['2026-01/0000000000000000/original.jpg', '2026-01/0000000000000000/480.webp', '2026-01/x/original.svg', '2026-01/../../etc/passwd.jpg', 'Khong-Phai/anh.jpg']) {
      const res = await getMedia(key);
      expect({ key, status: res.status }).toEqual({ key, status: 404 });
      expect(res.headers.get('cache-control')).not.toBe(MEDIA_CACHE_CONTROL);
    }
  });
});

describe('what a writer types for a photo in a story', () => {
  const withFigure = (item: { id: number; src: string }, details: { alt: string; caption: string; credit: string }) => ({
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn mở đầu.' }] },
      { type: 'figure', attrs: { src: item.src, mediaId: item.id, ...details } },
    ],
  });
  const typed = { alt: 'Người dân đứng xem pháo hoa bên bờ sông', caption: 'Pháo hoa mừng Quốc khánh bên sông Sài Gòn.', credit: 'Ảnh: Lê Hà' };

  it('fills the library’s empty caption, alt text and credit when the story is saved', async () => {
    const item = await uploadMedia({ actor: reporter, bytes: await photo(900, 600, '#223344'), fileName: 'phao-hoa.jpg' });
    expect(item.caption).toBe('');
    const story = await createDraft({ actor: reporter, input: { title: 'Pháo hoa đêm Quốc khánh', lead: '', sectionId: section.id, credit: '', body: withFigure(item, typed) as never } });
    const db = await getDb();
    const [row] = await db.select().from(media).where(eq(media.id, item.id));
    expect({ alt: row.alt, caption: row.caption, credit: row.credit }).toEqual(typed);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'media.details'), eq(auditLog.subjectId, String(item.id))));
    expect(audit.actorId).toBe(reporter.id);

    // Wording the library already has is kept: another story's caption stays in that story.
    await saveDraft({
      actor: editor,
      articleId: story.id,
      version: story.version,
      input: { title: 'Pháo hoa đêm Quốc khánh', lead: '', sectionId: section.id, credit: '', body: withFigure(item, { ...typed, caption: 'Một chú thích khác.' }) as never },
    });
    const [kept] = await db.select().from(media).where(eq(media.id, item.id));
    expect(kept.caption).toBe(typed.caption);
  });

  it('leaves a photo alone when the writer may not change it (another reporter’s upload)', async () => {
    const item = await uploadMedia({ actor: otherReporter, bytes: await photo(900, 600, '#443322'), fileName: 'cua-nguoi-khac.jpg' });
    await createDraft({ actor: reporter, input: { title: 'Bài dùng ảnh của đồng nghiệp', lead: '', sectionId: section.id, credit: '', body: withFigure(item, typed) as never } });
    const db = await getDb();
    const [row] = await db.select().from(media).where(eq(media.id, item.id));
    expect({ alt: row.alt, caption: row.caption, credit: row.credit }).toEqual({ alt: '', caption: '', credit: '' });
  });
});
});
}
