import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, type CommentsMode, media, sections, settings, type User } from '@/db/schema';
import { mediaUrl } from './media/storage';
import { recordAudit } from './audit';
import { can } from './auth/permissions';
import { env } from './env';
import { DomainError } from './errors';
import { forgetMemos, memoize } from './cache/memo';

type Actor = Pick<User, 'id' | 'role'>;

export type SiteSettings = {
  siteName: string;
  /** Opens every lead, e.g. "TS.VN - ". */
  dateline: string;
  siteUrl: string;
  defaultCommentsMode: 'open' | 'premoderated' | 'closed';
  /** Stories stop taking comments this many days after publication (null: never). */
  commentsCloseAfterDays: number | null;
  /** More links than this in a comment holds it for a moderator. */
  commentMaxLinks: number;
  /** Comments one story accepts per minute from everyone together (a flood guard for hot stories). */
  commentBurstPerMinute: number;
  /** The largest image file the media library accepts, in megabytes. */
  mediaMaxMegabytes: number;
  /**
   * The paper's legal identity, printed in the footer as Vietnamese law asks of a báo điện tử
   * (Luật Báo chí 2016): the body that owns it, its licence, its editor-in-chief and how to reach it.
   */
  publisher: string;
  /** E.g. "123/GP-BTTTT". */
  licenceNumber: string;
  /** As the licence has it, dd/mm/yyyy. */
  licenceDate: string;
  licenceIssuer: string;
  editorInChief: string;
  address: string;
  phone: string;
  email: string;
  hotline: string;
  /** The "Giới thiệu" page: plain text, a blank line between paragraphs. */
  aboutText: string;
  /** An image of the media library shown in the masthead and the footer (null: the name in type). */
  logoMediaId: number | null;
  /** The logo as the pages show it, read from the media row (null when none is set or it is gone). */
  logo: SiteLogo | null;
};

/** Also the publisher's logo in the structured data (SeoImage). */
export type SiteLogo = { id: number; url: string; width: number; height: number };

/** The most an admin may allow: the upload route reads a whole request into memory. */
export const MEDIA_MAX_MEGABYTES_CEILING = 50;

/** Settings saved by an admin override the environment's defaults. */
export const getSiteSettings = memoize('site-settings', 10_000, readSiteSettings);

async function readSiteSettings(): Promise<SiteSettings> {
  const e = env();
  const defaults: SiteSettings = {
    siteName: e.SITE_NAME,
    dateline: e.SITE_DATELINE,
    siteUrl: e.SITE_URL.replace(/\/$/, ''),
    defaultCommentsMode: 'premoderated',
    commentsCloseAfterDays: 30,
    commentMaxLinks: 2,
    commentBurstPerMinute: 120,
    mediaMaxMegabytes: 10,
    publisher: '',
    licenceNumber: '',
    licenceDate: '',
    licenceIssuer: '',
    editorInChief: '',
    address: '',
    phone: '',
    email: '',
    hotline: '',
    aboutText: '',
    logoMediaId: null,
    logo: null,
  };
  const db = await getDb();
  const rows = await db.select().from(settings);
  const saved = Object.fromEntries(rows.map((r) => [r.key, r.value])) as Partial<SiteSettings>;
  const merged: SiteSettings = { ...defaults, ...saved, logo: null };
  if (merged.logoMediaId) {
    const [row] = await db.select({ storageKey: media.storageKey, width: media.width, height: media.height }).from(media).where(eq(media.id, merged.logoMediaId));
    if (row) merged.logo = { id: merged.logoMediaId, url: mediaUrl(row.storageKey), width: row.width, height: row.height };
  }
  return merged;
}

const editable = [
  'siteName',
  'dateline',
  'defaultCommentsMode',
  'commentsCloseAfterDays',
  'commentMaxLinks',
  'mediaMaxMegabytes',
  'publisher',
  'licenceNumber',
  'licenceDate',
  'licenceIssuer',
  'editorInChief',
  'address',
  'phone',
  'email',
  'hotline',
  'aboutText',
  'logoMediaId',
] as const;
export type EditableSettings = Pick<SiteSettings, (typeof editable)[number]>;

/**
 * An admin changes the site's settings (those not given keep their value); every change is in the
 * audit log. The caller expires the reader pages: the footer and masthead on every page show them.
 */
export async function saveSiteSettings({ actor, values: changed }: { actor: Actor; values: Partial<EditableSettings> }) {
  if (!can(actor.role, 'settings.manage')) throw new DomainError('forbidden', 'Bạn không có quyền đổi cài đặt.');
  forgetMemos();
  const current = await getSiteSettings();
  const before = Object.fromEntries(editable.map((k) => [k, current[k]])) as EditableSettings;
  const values: EditableSettings = { ...before, ...changed };
  const db = await getDb();
  await db.transaction(async (tx) => {
    if (values.logoMediaId !== null && values.logoMediaId !== current.logoMediaId) {
      const [logo] = await tx.select({ id: media.id }).from(media).where(eq(media.id, values.logoMediaId));
      if (!logo) throw new DomainError('invalid_input', 'Không tìm thấy ảnh logo trong thư viện. Vui lòng tải lại ảnh.');
    }
    for (const key of editable) {
      // A JSON null ("never", "none"), not an SQL NULL, which the column refuses.
      const value = values[key] === null ? sql`'null'::jsonb` : values[key];
      await tx
        .insert(settings)
        .values({ key, value })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'settings.save',
      subjectType: 'settings',
      subjectId: 'site',
      before,
      after: values,
    });
  });
  forgetMemos();
}

/** The comment mode of a section (null: the site default) or of one story (null: its section's). */
export async function setCommentsMode({
  actor,
  target,
  id,
  mode,
}: {
  actor: Actor;
  target: 'section' | 'article';
  id: number;
  mode: CommentsMode | null;
}) {
  const permission = target === 'section' ? 'section.manage' : 'article.editAny';
  if (!can(actor.role, permission)) throw new DomainError('forbidden', 'Bạn không có quyền đổi chế độ bình luận.');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const table = target === 'section' ? sections : articles;
    const [row] = await tx.update(table).set({ commentsMode: mode }).where(eq(table.id, id)).returning({ id: table.id });
    if (!row) throw new DomainError('not_found', target === 'section' ? 'Không tìm thấy chuyên mục.' : 'Không tìm thấy bài viết.');
    await recordAudit(tx, { actorId: actor.id, action: `${target}.comments_mode`, subjectType: target, subjectId: id, after: { mode } });
  });
  forgetMemos();
}
