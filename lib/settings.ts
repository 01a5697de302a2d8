import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, type CommentsMode, sections, settings, type User } from '@/db/schema';
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
};

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
  };
  const db = await getDb();
  const rows = await db.select().from(settings);
  const saved = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return { ...defaults, ...(saved as Partial<SiteSettings>) };
}

const editable = ['siteName', 'dateline', 'defaultCommentsMode', 'commentsCloseAfterDays', 'commentMaxLinks', 'mediaMaxMegabytes'] as const;
export type EditableSettings = Pick<SiteSettings, (typeof editable)[number]>;

/** An admin changes the site's settings; every change is in the audit log. */
export async function saveSiteSettings({ actor, values }: { actor: Actor; values: EditableSettings }) {
  if (!can(actor.role, 'settings.manage')) throw new DomainError('forbidden', 'Bạn không có quyền đổi cài đặt.');
  const before = await getSiteSettings();
  const db = await getDb();
  await db.transaction(async (tx) => {
    for (const key of editable) {
      await tx
        .insert(settings)
        .values({ key, value: values[key] })
        .onConflictDoUpdate({ target: settings.key, set: { value: values[key], updatedAt: new Date() } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'settings.save',
      subjectType: 'settings',
      subjectId: 'site',
      before: Object.fromEntries(editable.map((k) => [k, before[k]])),
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
