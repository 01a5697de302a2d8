import 'server-only';
import { getDb } from '@/db/client';
import { settings } from '@/db/schema';
import { env } from './env';

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
};

/** Settings saved by an admin override the environment's defaults. */
export async function getSiteSettings(): Promise<SiteSettings> {
  const e = env();
  const defaults: SiteSettings = {
    siteName: e.SITE_NAME,
    dateline: e.SITE_DATELINE,
    siteUrl: e.SITE_URL.replace(/\/$/, ''),
    defaultCommentsMode: 'premoderated',
    commentsCloseAfterDays: 30,
    commentMaxLinks: 2,
  };
  const db = await getDb();
  const rows = await db.select().from(settings);
  const saved = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return { ...defaults, ...(saved as Partial<SiteSettings>) };
}
