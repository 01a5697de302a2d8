import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  customType,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** PostgreSQL's full-text document type. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const roleEnum = pgEnum('role', ['admin', 'editor', 'reporter', 'moderator', 'accountant']);
export const articleStatusEnum = pgEnum('article_status', [
  'draft',
  'in_review',
  'returned',
  'approved',
  'published',
  'unpublished',
  'trashed',
]);
export const commentsModeEnum = pgEnum('comments_mode', ['open', 'premoderated', 'closed']);
export const commentStatusEnum = pgEnum('comment_status', ['pending', 'approved', 'rejected', 'spam']);

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    penName: text('pen_name'),
    role: roleEnum('role').notNull(),
    active: boolean('active').notNull().default(true),
    passwordHash: text('password_hash').notNull(),
    // Bumped on deactivation, role change or password reset: every JWT carrying an older value is void.
    sessionVersion: integer('session_version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_idx').on(sql`lower(${t.email})`)],
);

/**
 * One-time links to set a password: an invitation for a new account or a reset by an admin. Only a
 * hash of the token is stored; a link works once and for a limited time.
 */
export const passwordTokens = pgTable(
  'password_tokens',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    purpose: text('purpose').$type<'invite' | 'reset'>().notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('password_tokens_user_idx').on(t.userId)],
);

export const sections = pgTable('sections', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  position: integer('position').notNull().default(0),
  commentsMode: commentsModeEnum('comments_mode'),
  createdAt: createdAt(),
});

export const tags = pgTable('tags', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
});

export const media = pgTable('media', {
  id: serial('id').primaryKey(),
  storageKey: text('storage_key').notNull().unique(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  alt: text('alt').notNull().default(''),
  caption: text('caption').notNull().default(''),
  credit: text('credit').notNull().default(''),
  // The name the file had on the uploader's computer: searchable, never trusted for its type.
  fileName: text('file_name').notNull().default(''),
  // [{ key, width, height, format }] made by sharp at upload.
  renditions: jsonb('renditions').$type<MediaRendition[]>().notNull().default([]),
  uploadedBy: integer('uploaded_by').references(() => users.id),
  createdAt: createdAt(),
});

export type MediaRendition = { key: string; width: number; height: number; format: 'webp' | 'avif' | 'jpeg' };

export const articles = pgTable(
  'articles',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    lead: text('lead').notNull().default(''),
    body: jsonb('body').$type<RichDoc>().notNull(),
    bodyHtml: text('body_html').notNull().default(''),
    bodyText: text('body_text').notNull().default(''),
    credit: text('credit').notNull().default(''),
    coverMediaId: integer('cover_media_id').references(() => media.id),
    // A draft may have none yet: it is asked for when the story is sent for review.
    sectionId: integer('section_id').references(() => sections.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    status: articleStatusEnum('status').notNull().default('draft'),
    publishAt: timestamp('publish_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    // A scheduled story whose time has not yet been claimed by a tick (lib/articles/going-live.ts):
    // the one instance that claims it writes the one audit row; an immediate publish never waits.
    goLivePending: boolean('go_live_pending').notNull().default(false),
    version: integer('version').notNull().default(1),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    commentsMode: commentsModeEnum('comments_mode'),
    viewCount: integer('view_count').notNull().default(0),
    // Editor-pinned stories lead the front page, lowest rank first; null = not pinned.
    pinnedRank: integer('pinned_rank'),
    // Sign-off chain (lib/articles/signoff.ts): the level (1-based) a story in review waits at; 0 = none.
    reviewLevel: integer('review_level').notNull().default(0),
    // A published story's edit waiting for sign-off while the live text stays (lib/articles/live-edits.ts).
    pendingEdit: jsonb('pending_edit').$type<PendingEdit>(),
    // Title, lead and body, unaccented, parsed once when the story is saved: a search then reads
    // the index and never re-parses thousands of bodies (f_unaccent comes from 0001_search.sql).
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('simple', f_unaccent(title || ' ' || lead || ' ' || body_text))`,
    ),
    // Every `src` in the body (figures' `/media/…` addresses), GIN-indexed: the media library asks
    // "which stories use this image?" without reading every body.
    mediaSrcs: jsonb('media_srcs')
      .$type<string[]>()
      .generatedAlwaysAs(sql`jsonb_path_query_array(body, 'lax $.**.src')`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('articles_slug_idx').on(t.slug),
    index('articles_status_published_idx').on(t.status, t.publishedAt),
    index('articles_section_idx').on(t.sectionId, t.publishedAt),
    index('articles_author_idx').on(t.authorId),
    index('articles_go_live_pending_idx').on(t.publishedAt).where(sql`${t.goLivePending}`),
    index('articles_search_vector_idx').using('gin', t.searchVector),
    index('articles_media_srcs_idx').using('gin', t.mediaSrcs),
    // Only a story still being written (or in the bin) may lack a section: readers never meet one.
    check('articles_section_once_submitted', sql`${t.sectionId} is not null or ${t.status} in ('draft', 'trashed')`),
  ],
);

/** People named in the credit line ("Tin, ảnh: Minh Anh" → Minh Anh), for the author pages. */
export const articleCredits = pgTable(
  'article_credits',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.slug] }), index('article_credits_slug_idx').on(t.slug)],
);

/** Reads per article per hour, fed by the view beacon: "most read" over 24 h and 7 days. */
export const articleViews = pgTable(
  'article_views',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    hour: timestamp('hour', { withTimezone: true }).notNull(),
    /** Where the reads came from (lib/stats/referrer.ts): a kind of source, nothing about the reader. */
    source: text('source', { enum: ['search', 'social', 'zalo', 'direct', 'internal', 'other'] }).notNull().default('direct'),
    views: integer('views').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.hour, t.source] }),
    index('article_views_hour_idx').on(t.hour),
    check('article_views_source_check', sql`${t.source} in ('search', 'social', 'zalo', 'direct', 'internal', 'other')`),
  ],
);

/**
 * Reads per story per Vietnam day per source: the completed days of article_views folded by the
 * statistics rollup (lib/stats/rollup.ts), so the desk's figures over weeks and months read a few
 * thousand rows instead of every hour. Days not folded yet are read from article_views itself.
 */
export const articleViewsDaily = pgTable(
  'article_views_daily',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** The Vietnam calendar day (Asia/Ho_Chi_Minh). */
    day: date('day', { mode: 'string' }).notNull(),
    source: text('source', { enum: ['search', 'social', 'zalo', 'direct', 'internal', 'other'] }).notNull(),
    views: integer('views').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.day, t.source] }), index('article_views_daily_day_idx').on(t.day, t.articleId, t.source, t.views)],
);

/**
 * Reads per story per Vietnam day, every source together: folded with article_views_daily from the
 * same rows, so the most read stories, the stories read, and the figures per section and per person
 * over months add up a story-day each instead of six (one a source).
 */
export const articleDayViews = pgTable(
  'article_day_views',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** The Vietnam calendar day (Asia/Ho_Chi_Minh). */
    day: date('day', { mode: 'string' }).notNull(),
    views: bigint('views', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.day] }), index('article_day_views_day_idx').on(t.day, t.articleId, t.views)],
);

/**
 * Reads per Vietnam day per section per source, folded with article_views_daily: the newsroom-wide
 * figures (per day, per source) over months read a few thousand rows. The section is the
 * story's when the day was folded; `section_id` 0 is a story without one.
 */
export const sectionViewsDaily = pgTable(
  'section_views_daily',
  {
    day: date('day', { mode: 'string' }).notNull(),
    sectionId: integer('section_id').notNull(),
    source: text('source', { enum: ['search', 'social', 'zalo', 'direct', 'internal', 'other'] }).notNull(),
    views: bigint('views', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.sectionId, t.source] })],
);

/** An edit of a live story: its content columns (generic, so new columns keep working) and its own review state. */
export type PendingEdit = {
  fields: Record<string, unknown>;
  status: 'in_review' | 'returned' | 'approved';
  level: number;
  savedBy: number;
  savedAt: string;
};

/** The ProseMirror/TipTap document shape the desk stores; rendered to HTML through an allow-list. */
export type RichDoc = { type: 'doc'; content: RichNode[] };
export type RichMark = { type: string; attrs?: Record<string, unknown> };
export type RichNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  text?: string;
  marks?: RichMark[];
};

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] })],
);

export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    lead: text('lead').notNull(),
    body: jsonb('body').$type<RichDoc>().notNull(),
    credit: text('credit').notNull(),
    sectionId: integer('section_id'),
    // A stale save is kept here too (stale = true) so that no text is ever lost.
    stale: boolean('stale').notNull().default(false),
    // Made by the editor's autosave: one sitting of autosaves is kept as one revision.
    autosave: boolean('autosave').notNull().default(false),
    // Words of the body, counted when the revision is kept (older rows: on first listing).
    words: integer('words'),
    savedBy: integer('saved_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId, t.createdAt)],
);

/**
 * Who has a story open on the desk, refreshed by a heartbeat from the open page. Kept in the
 * database so that every app instance sees the same people; rows older than the heartbeat window
 * are ignored and cleared on the next heartbeat for the story.
 */
export const articlePresence = pgTable(
  'article_presence',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    since: timestamp('since', { withTimezone: true }).notNull().defaultNow(),
    lastSeen: timestamp('last_seen', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] }), index('article_presence_seen_idx').on(t.articleId, t.lastSeen)],
);

export const articleNotes = pgTable(
  'article_notes',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').$type<'return' | 'note' | 'takedown' | 'correction'>().notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('article_notes_article_idx').on(t.articleId, t.createdAt)],
);

export const comments = pgTable(
  'comments',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id'),
    authorName: text('author_name').notNull(),
    emailHash: text('email_hash'),
    body: text('body').notNull(),
    status: commentStatusEnum('status').notNull().default('pending'),
    ipHash: text('ip_hash'),
    /** The browser's anonymous id (its cookie), hashed: one person even when a town shares one mobile IP. */
    browserHash: text('browser_hash'),
    /** Set when the desk wrote this comment: shown to readers as the newsroom ("Ban biên tập"), never held. */
    staffAuthorId: integer('staff_author_id').references(() => users.id),
    moderatedBy: integer('moderated_by').references(() => users.id),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    reason: text('reason'),
    /** Why an automatic check held it for a moderator: suspect terms, too many links, first comment. */
    heldFor: text('held_for').$type<'terms' | 'links' | 'first_time' | 'report'>(),
    /** The terms that matched, for highlighting in the queue. */
    matchedTerms: jsonb('matched_terms').$type<string[]>(),
    likes: integer('likes').notNull().default(0),
    reports: integer('reports').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index('comments_article_status_idx').on(t.articleId, t.status, t.createdAt, t.id),
    index('comments_status_idx').on(t.status, t.createdAt),
    index('comments_parent_idx').on(t.parentId),
    // The desk's moderation times over a date range (lib/stats/newsroom.ts).
    index('comments_moderated_idx').on(t.moderatedAt).where(sql`${t.moderatedAt} is not null`),
    index('comments_email_idx').on(t.emailHash),
    index('comments_ip_idx').on(t.ipHash),
    index('comments_browser_idx').on(t.browserHash),
  ],
);

/** One like per browser per comment. */
export const commentLikes = pgTable(
  'comment_likes',
  {
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    voterHash: text('voter_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.voterHash] })],
);

/** A commenter barred for a while, by salted email hash, browser hash or IP hash. */
export const commenterBans = pgTable(
  'commenter_bans',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').$type<'email' | 'browser' | 'ip'>().notNull(),
    hash: text('hash').notNull(),
    until: timestamp('until', { withTimezone: true }).notNull(),
    reason: text('reason').notNull().default(''),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    /** A moderator lifted the ban before its time ("Bỏ chặn"); the row stays for the record. */
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftedBy: integer('lifted_by').references(() => users.id),
    /** The comment the ban was made from, and the name written on it: the ban list says who it is (hashes say nothing). */
    commentId: integer('comment_id').references(() => comments.id, { onDelete: 'set null' }),
    authorName: text('author_name'),
  },
  (t) => [index('commenter_bans_hash_idx').on(t.kind, t.hash, t.until)],
);

export const commentReports = pgTable(
  'comment_reports',
  {
    id: serial('id').primaryKey(),
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    reason: text('reason').$type<'spam' | 'offensive' | 'off_topic' | 'other'>().notNull(),
    note: text('note'),
    reporterHash: text('ip_hash'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('comment_reports_once_idx').on(t.commentId, t.reporterHash)],
);

export const bannedTerms = pgTable('banned_terms', {
  id: serial('id').primaryKey(),
  term: text('term').notNull().unique(),
  // reject: the comment is refused; hold: it waits for a moderator, highlighted.
  action: text('action').$type<'reject' | 'hold'>().notNull().default('hold'),
  ignoreDiacritics: boolean('ignore_diacritics').notNull().default(false),
  createdAt: createdAt(),
});

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorId: integer('actor_id').references(() => users.id),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_subject_idx').on(t.subjectType, t.subjectId), index('audit_log_at_idx').on(t.at)],
);

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: updatedAt(),
});

/** In-app notices for desk people: a story returned, approved at a level, published, waiting for them. */
export const notifications = pgTable(
  'notifications',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'returned' | 'approved' | 'published' | 'waiting' | 'correction' | TopicNoticeKind>().notNull(),
    message: text('message').notNull(),
    // A notice about a topic (đề tài) links to the topic's page (lib/planning/notices.ts).
    topicId: integer('topic_id').references(() => topics.id, { onDelete: 'cascade' }),
    // Notices computed when the bell is read (a deadline today, tomorrow, passed) carry a key, so
    // reading twice, or on two instances at once, tells the person once (insert … on conflict do nothing).
    dedupeKey: text('dedupe_key'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.readAt, t.createdAt),
    uniqueIndex('notifications_dedupe_idx').on(t.userId, t.dedupeKey),
  ],
);

export type TopicNoticeKind = 'topic_proposed' | 'topic_assigned' | 'topic_approved' | 'topic_declined' | 'topic_due' | 'topic_overdue';

/**
 * What the thư ký tòa soạn decided about a topic (đề tài). Only the decision is stored: "đang viết",
 * "đã nộp" and "đã đăng" are read from the linked story, "quá hạn" from the deadline and the clock
 * (lib/planning/machine.ts).
 */
export const topicDecisionEnum = pgEnum('topic_decision', ['proposed', 'approved', 'declined']);

/** A topic for the planning board (kế hoạch đề tài): proposed by a reporter, approved and assigned by the thư ký. */
export const topics = pgTable(
  'topics',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    // Hướng khai thác.
    angle: text('angle').notNull().default(''),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id),
    // Ngày dự kiến đăng: a Vietnam calendar day, not an instant.
    expectedOn: date('expected_on', { mode: 'string' }).notNull(),
    mediaNeeds: text('media_needs').notNull().default(''),
    sources: text('sources').notNull().default(''),
    proposerId: integer('proposer_id')
      .notNull()
      .references(() => users.id),
    decision: topicDecisionEnum('decision').notNull().default('proposed'),
    declineReason: text('decline_reason'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    deadline: timestamp('deadline', { withTimezone: true }),
    // The story written from the topic ("Viết bài"); a story thrown away frees the topic for a new draft.
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('topics_expected_idx').on(t.expectedOn),
    index('topics_deadline_idx').on(t.decision, t.deadline),
    index('topics_proposer_idx').on(t.proposerId),
    uniqueIndex('topics_article_idx').on(t.articleId),
    check('topics_declined_has_reason', sql`${t.decision} <> 'declined' or coalesce(${t.declineReason}, '') <> ''`),
  ],
);

/** The reporters a topic is assigned to (one or more). */
export const topicAssignees = pgTable(
  'topic_assignees',
  {
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.topicId, t.userId] }), index('topic_assignees_user_idx').on(t.userId)],
);

/** One row per counted event (failed sign-in, comment posted…): rate limits hold across instances. */
/**
 * Rate-limit counters, one row per key and window (rate-limiter-flexible's Drizzle store): every
 * attempt is counted by one atomic `INSERT … ON CONFLICT DO UPDATE … RETURNING`, so parallel requests
 * cannot slip past a limit. Not used when REDIS_URL is set.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    points: integer('points').notNull().default(0),
    expire: timestamp('expire', { withTimezone: true }),
  },
  (t) => [index('rate_limits_expire_idx').on(t.expire)],
);

/**
 * One row per desk sign-in: the session cookie carries its id, and signing out revokes that row (and
 * only that one: the person stays signed in on their other devices).
 */
export const authSessions = pgTable(
  'auth_sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

/** Nhuận bút (lib/royalties): a month of royalties goes draft → reviewed → locked (by the tổng biên tập). */
export const royaltyMonthStatusEnum = pgEnum('royalty_month_status', ['draft', 'reviewed', 'locked']);

export const royaltyMonths = pgTable(
  'royalty_months',
  {
    // "2026-11": a Vietnam calendar month.
    month: text('month').primaryKey(),
    status: royaltyMonthStatusEnum('status').notNull().default('draft'),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    lockedBy: integer('locked_by').references(() => users.id),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [check('royalty_months_month_check', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)],
);

/** A cộng tác viên paid without a desk account: a first-class payee. */
export const royaltyContributors = pgTable(
  'royalty_contributors',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('royalty_contributors_slug_idx').on(t.slug)],
);

/**
 * A story's nhuận bút in a month (kind 'story', one per story), or an adjustment (kind 'adjustment')
 * in a later open month to a story whose month is locked; an adjustment names the entry it corrects.
 */
export const royaltyEntries = pgTable(
  'royalty_entries',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id),
    month: text('month')
      .notNull()
      .references(() => royaltyMonths.month),
    kind: text('kind', { enum: ['story', 'adjustment'] }).notNull(),
    adjustsEntryId: integer('adjusts_entry_id').references((): AnyPgColumn => royaltyEntries.id),
    genre: text('genre').notNull(),
    coefficientTenths: integer('coefficient_tenths').notNull(),
    addOns: jsonb('add_ons').notNull(),
    unitValue: integer('unit_value').notNull(),
    amount: integer('amount').notNull(),
    note: text('note').notNull().default(''),
    setBy: integer('set_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('royalty_entries_story_idx').on(t.articleId).where(sql`${t.kind} = 'story'`),
    index('royalty_entries_month_idx').on(t.month),
    check('royalty_entries_kind_check', sql`(${t.kind} = 'story') = (${t.adjustsEntryId} IS NULL)`),
  ],
);

/** Who is paid what for an entry: an account or a cộng tác viên, never both. */
export const royaltyLines = pgTable(
  'royalty_lines',
  {
    id: serial('id').primaryKey(),
    entryId: integer('entry_id')
      .notNull()
      .references(() => royaltyEntries.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id),
    contributorId: integer('contributor_id').references(() => royaltyContributors.id),
    // 'tác giả' (nhuận bút) or 'biên tập' (thù lao).
    part: text('part', { enum: ['author', 'editor'] }).notNull(),
    sharePercent: integer('share_percent').notNull(),
    amount: integer('amount').notNull(),
  },
  (t) => [
    index('royalty_lines_entry_idx').on(t.entryId),
    index('royalty_lines_user_idx').on(t.userId),
    check('royalty_lines_payee_check', sql`num_nonnulls(${t.userId}, ${t.contributorId}) = 1`),
    check('royalty_lines_share_check', sql`${t.sharePercent} between 0 and 100`),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Role = (typeof roleEnum.enumValues)[number];
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type ArticleStatus = (typeof articleStatusEnum.enumValues)[number];
export type Section = typeof sections.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type CommentStatus = (typeof commentStatusEnum.enumValues)[number];
export type CommentsMode = (typeof commentsModeEnum.enumValues)[number];
export type Media = typeof media.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
export type Topic = typeof topics.$inferSelect;
export type RoyaltyMonthStatus = (typeof royaltyMonthStatusEnum.enumValues)[number];
export type TopicDecision = (typeof topicDecisionEnum.enumValues)[number];
