import type { CommentStatus, CommentsMode } from '@/db/schema';

/**
 * The moderation rules, pure so they are tested alone.
 * - premoderated (default): every comment waits for a moderator;
 * - open (post-moderation): comments show at once, except a first-time commenter's, which waits;
 * - closed: no new comments. A story also closes N days after publication (site setting).
 * Automatic checks come first: a banned commenter is rejected without being told, a banned term
 * rejects, a suspect term or too many links hold the comment for a moderator.
 */
export const modeLabels: Record<CommentsMode, string> = {
  premoderated: 'Duyệt trước khi hiển thị',
  open: 'Hiển thị ngay, kiểm duyệt sau',
  closed: 'Đóng bình luận',
};

export function effectiveMode({
  article,
  section,
  site,
}: {
  article: CommentsMode | null;
  section: CommentsMode | null;
  site: CommentsMode;
}): CommentsMode {
  return article ?? section ?? site;
}

export function isClosedForComments({
  mode,
  publishedAt,
  closeAfterDays,
  now = new Date(),
}: {
  mode: CommentsMode;
  publishedAt: Date | null;
  closeAfterDays: number | null;
  now?: Date;
}): boolean {
  if (mode === 'closed') return true;
  if (closeAfterDays && publishedAt) return now.getTime() - publishedAt.getTime() > closeAfterDays * 24 * 3600_000;
  return false;
}

export type HeldFor = 'terms' | 'links' | 'first_time';

export type Screening = {
  banned: boolean;
  termVerdict: 'reject' | 'hold' | 'clean';
  tooManyLinks: boolean;
  firstTime: boolean;
};

export type Decision =
  | { outcome: 'refused' } // a banned term: the reader is told, nothing is stored
  | { outcome: 'stored'; status: CommentStatus; heldFor: HeldFor | null; silent: boolean };

export function decideComment(mode: Exclude<CommentsMode, 'closed'>, s: Screening): Decision {
  if (s.banned) return { outcome: 'stored', status: 'rejected', heldFor: null, silent: true };
  if (s.termVerdict === 'reject') return { outcome: 'refused' };
  if (s.termVerdict === 'hold') return { outcome: 'stored', status: 'pending', heldFor: 'terms', silent: false };
  if (s.tooManyLinks) return { outcome: 'stored', status: 'pending', heldFor: 'links', silent: false };
  if (mode === 'premoderated') return { outcome: 'stored', status: 'pending', heldFor: null, silent: false };
  if (s.firstTime) return { outcome: 'stored', status: 'pending', heldFor: 'first_time', silent: false };
  return { outcome: 'stored', status: 'approved', heldFor: null, silent: false };
}
