import '@/test/request-scope';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { articles, bannedTerms, royaltyMonths, commenterBans, comments, media, notifications, type Role, sections, tags, topicAssignees, topics, type User } from '@/db/schema';
import type { ActionState } from '@/lib/actions';
import { can, type Permission, roles } from '@/lib/auth/permissions';
import { getUserById } from '@/lib/auth/users';
import { type Door, doorOf } from '@/lib/doors';
import { getSiteSettings } from '@/lib/settings';
import { unique, withTestDatabase } from '@/test/database';
import { createSection, createUser, sessionToken } from '@/test/fixtures';
import { inRequestScope } from '@/test/request-scope';

/**
 * The permission matrix: every server action in app/ (found by reading the code, so a new action
 * without an entry here fails) × every role and an anonymous visitor × the actor's own object and
 * someone else's, and the answer each must get, computed from the permission table (lib/auth/
 * permissions.ts) — never typed in by hand. A call goes through the action exactly as a form would
 * send it, with a real signed session cookie read back by the real session code.
 */

// The request a server action runs in: the session cookie of whoever is acting, the reader's address.
const request = { cookie: undefined as string | undefined, address: '198.51.100.1' };
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookie && name.endsWith('next-auth.session-token') ? { name, value: request.cookie } : undefined),
    set: () => {},
    delete: () => {},
  }),
  headers: async () => new Headers({ 'x-forwarded-for': request.address, host: '127.0.0.1', origin: 'http://127.0.0.1' }),
}));
// Page expiry needs Next's request store; what expires is not what this test checks.
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {}, unstable_cache: (fn: () => unknown) => fn }));

withTestDatabase();

const root = path.resolve(import.meta.dirname, '..');

/** Every 'use server' module under app/, with the names it exports. */
function serverActionModules(): { file: string; exports: string[] }[] {
  const found: { file: string; exports: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const source = fs.readFileSync(full, 'utf8');
        if (!/^\s*['"]use server['"]/.test(source)) continue;
        const exports = [...source.matchAll(/^export (?:const|async function|function) (\w+)/gm)].map((m) => m[1]);
        found.push({ file: path.relative(root, full).split(path.sep).join('/'), exports });
      }
    }
  };
  walk(path.join(root, 'app'));
  return found;
}

type Actor = Role | 'anonymous';
const actors: Actor[] = [...roles, 'anonymous'];

type Fixtures = {
  actor: User | null;
  /** Owner of the object under test: the actor ("own") or another reporter ("other"). */
  owner: User;
  people: Record<Role, User> & { otherReporter: User };
};

type Entry = {
  /** Builds a fresh object for this call and the form the action would receive. */
  form: (f: Fixtures) => Promise<Record<string, string>>;
  /** Whether the object's owner matters (the actor's own vs another person's). */
  owned?: boolean;
  /**
   * Beyond the door's permission, what the domain asks the table for: `own` is whether the object is
   * the actor's. Absent = the door's permission is the whole rule.
   */
  rule?: (role: Role, own: boolean) => boolean;
};

let people: Fixtures['people'];
let liveSection: { id: number; slug: string };

let royaltyMonthSeq = 0;
/** A Vietnam month no other run uses: a random far year, then month by month. */
const royaltyYear = 2300 + Math.floor(Math.random() * 5000);
function royaltyTestMonth() {
  royaltyMonthSeq += 1;
  return `${royaltyYear + Math.floor(royaltyMonthSeq / 12)}-${String((royaltyMonthSeq % 12) + 1).padStart(2, '0')}`;
}

async function insertArticle(owner: User, status: 'draft' | 'approved' | 'published' = 'draft', extra: Partial<typeof articles.$inferInsert> = {}) {
  const db = await getDb();
  const slug = unique('bai');
  const live = status === 'published';
  const [row] = await db
    .insert(articles)
    .values({
      slug,
      title: `Bài thử ${slug}`,
      lead: 'Sapo.',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn một.' }] }] },
      bodyHtml: '<p>Đoạn một.</p>',
      bodyText: 'Đoạn một.',
      sectionId: liveSection.id,
      authorId: owner.id,
      status,
      publishAt: live ? new Date(Date.now() - 3600_000) : null,
      publishedAt: live ? new Date(Date.now() - 3600_000) : null,
      ...extra,
    })
    .returning();
  return row;
}

async function insertMedia(owner: User) {
  const db = await getDb();
  const key = unique('ma-tran');
  const [row] = await db
    .insert(media)
    .values({ storageKey: `${key}/original.jpg`, mime: 'image/jpeg', size: 1000, width: 10, height: 10, uploadedBy: owner.id, fileName: `${key}.jpg` })
    .returning();
  return row;
}

async function insertComment() {
  const db = await getDb();
  const story = await insertArticle(people.editor, 'published');
  const [row] = await db.insert(comments).values({ articleId: story.id, authorName: 'Bạn đọc', emailHash: unique('thu'), ipHash: unique('ip'), body: 'Bài hay.', status: 'pending' }).returning();
  return row;
}

/** A topic for the planning board, proposed by a reporter; `assignee` makes it approved and theirs to write. */
async function insertTopic(proposer: User, assignee?: User) {
  const db = await getDb();
  const [row] = await db
    .insert(topics)
    .values({
      title: `Đề tài thử ${unique('de-tai')}`,
      sectionId: liveSection.id,
      expectedOn: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
      proposerId: proposer.id,
      decision: assignee ? 'approved' : 'proposed',
      deadline: assignee ? new Date(Date.now() + 2 * 86_400_000) : null,
    })
    .returning();
  if (assignee) await db.insert(topicAssignees).values({ topicId: row.id, userId: assignee.id });
  return row;
}

/** A deadline as the date-time field sends it: two days from now, Vietnam time. */
const deadlineField = () => {
  const at = new Date(Date.now() + 2 * 86_400_000 + 7 * 3600_000).toISOString();
  return `${at.slice(8, 10)}/${at.slice(5, 7)}/${at.slice(0, 4)} 17:00`;
};

const own = (role: Role, isOwn: boolean, any: Permission, mine: Permission) => can(role, any) || (isOwn && can(role, mine));

/** One entry per server action; the key is `<file>#<export>`. */
const entries: Record<string, Entry> = {
  'app/(desk)/desk/anh/actions.ts#updateMediaDetailsAction': {
    owned: true,
    form: async ({ owner }) => ({ id: String((await insertMedia(owner)).id), alt: 'Mô tả', caption: 'Chú thích', credit: 'Ảnh: T.A' }),
    rule: (role, isOwn) => own(role, isOwn, 'media.manage', 'media.upload'),
  },
  'app/(desk)/desk/anh/actions.ts#deleteMediaAction': {
    owned: true,
    form: async ({ owner }) => ({ id: String((await insertMedia(owner)).id) }),
    rule: (role, isOwn) => own(role, isOwn, 'media.manage', 'media.upload'),
  },
  'app/(desk)/desk/bai-viet/actions.ts#moveArticleAction': {
    owned: true,
    form: async ({ owner }) => ({ articleId: String((await insertArticle(owner)).id), move: 'submit' }),
    // Sending a draft for review: its author, or an editor for anyone's story.
    rule: (role, isOwn) => own(role, isOwn, 'article.editAny', 'article.submit'),
  },
  'app/(desk)/desk/bai-viet/actions.ts#pinToFrontPageAction': {
    form: async () => ({ articleId: String((await insertArticle(people.editor, 'published')).id), rank: '' }),
  },
  'app/(desk)/desk/bai-viet/signoff-actions.ts#moveLiveEditAction': {
    form: async () => {
      const story = await insertArticle(people.reporter, 'published', {
        pendingEdit: { title: 'Tít mới', lead: 'Sapo mới.', body: { type: 'doc', content: [] }, credit: '', tags: [], status: 'in_review', level: 1, by: people.reporter.id, at: new Date().toISOString() } as never,
      });
      return { articleId: String(story.id), move: 'discard' };
    },
  },
  'app/(desk)/desk/bai-viet/signoff-actions.ts#publishCorrectionAction': {
    form: async () => ({ articleId: String((await insertArticle(people.reporter, 'published')).id), text: 'Tên xã đúng là Phú Hòa.' }),
  },
  'app/(desk)/desk/bai-viet/[id]/lich-su/actions.ts#restoreRevisionAction': {
    owned: true,
    form: async ({ owner }) => {
      const { createDraft } = await import('@/lib/articles/desk');
      const { listRevisions } = await import('@/lib/articles/revisions');
      // Roles that cannot write (moderator, accountant) get a draft written by a reporter, then owned.
      const writes = can(owner.role, 'article.create');
      const draft = await createDraft({ actor: writes ? owner : people.reporter, input: { title: 'Bản nháp có lịch sử', lead: '', sectionId: liveSection.id, body: 'Một.', credit: '' } });
      if (!writes) await (await getDb()).update(articles).set({ authorId: owner.id }).where(eq(articles.id, draft.id));
      const [revision] = await listRevisions({ actor: people.admin, articleId: draft.id });
      return { articleId: String(draft.id), revisionId: String(revision.id), version: String(draft.version) };
    },
    rule: (role, isOwn) => own(role, isOwn, 'article.editAny', 'article.editOwn'),
  },
  'app/(desk)/desk/binh-luan/actions.ts#moderateCommentsAction': {
    form: async () => ({ ids: String((await insertComment()).id), verdict: 'approve' }),
  },
  'app/(desk)/desk/binh-luan/actions.ts#undoModerationAction': {
    form: async ({ actor }) => {
      // Something of the actor's own to undo, made straight in the database.
      const { moderateComments } = await import('@/lib/comments/comments');
      if (actor && can(actor.role, 'comment.moderate')) await moderateComments({ actor, commentIds: [(await insertComment()).id], verdict: 'reject' });
      return {};
    },
  },
  'app/(desk)/desk/binh-luan/actions.ts#banCommenterAction': {
    form: async () => ({ commentId: String((await insertComment()).id), by: 'email', days: '3', reason: 'Lăng mạ người khác.' }),
  },
  'app/(desk)/desk/binh-luan/actions.ts#liftBanAction': {
    form: async () => {
      const [ban] = await (await getDb()).insert(commenterBans).values({ kind: 'email', hash: unique('thu'), until: new Date(Date.now() + 86_400_000), reason: 'Spam' }).returning();
      return { banId: String(ban.id) };
    },
  },
  'app/(desk)/desk/binh-luan/actions.ts#replyAsNewsroomAction': {
    form: async () => ({ commentId: String((await approvedComment()).id), body: 'Cảm ơn bạn đã góp ý.' }),
  },
  'app/(desk)/desk/binh-luan/actions.ts#editAndApproveAction': {
    form: async () => ({ commentId: String((await insertComment()).id), body: 'Bài hay, cảm ơn.' }),
  },
  'app/(desk)/desk/binh-luan/actions.ts#addBannedTermAction': {
    form: async () => ({ term: `tu${Math.random().toString(36).slice(2, 10)}`, action: 'hold' }),
  },
  'app/(desk)/desk/binh-luan/actions.ts#removeBannedTermAction': {
    form: async () => {
      const [term] = await (await getDb()).insert(bannedTerms).values({ term: `xoa${Math.random().toString(36).slice(2, 10)}` }).returning();
      return { id: String(term.id) };
    },
  },
  'app/(desk)/desk/cai-dat/actions.ts#saveSettingsAction': {
    // The settings as they are: the matrix changes nothing other tests read.
    form: async () => {
      const s = await getSiteSettings();
      return {
        siteName: s.siteName,
        dateline: s.dateline,
        defaultCommentsMode: s.defaultCommentsMode,
        commentsCloseAfterDays: s.commentsCloseAfterDays === null ? '' : String(s.commentsCloseAfterDays),
        commentMaxLinks: String(s.commentMaxLinks),
        mediaMaxMegabytes: String(s.mediaMaxMegabytes),
        ...Object.fromEntries((['publisher', 'licenceNumber', 'licenceDate', 'licenceIssuer', 'editorInChief', 'address', 'phone', 'email', 'hotline', 'aboutText'] as const).map((k) => [k, s[k]])),
        logoMediaId: s.logoMediaId === null ? '' : String(s.logoMediaId),
      };
    },
  },
  'app/(desk)/desk/cai-dat/actions.ts#setCommentsModeAction': {
    owned: true,
    form: async ({ owner }) => ({ target: 'article', id: String((await insertArticle(owner)).id), mode: 'closed' }),
    rule: (role) => can(role, 'article.editAny'),
  },
  'app/(desk)/desk/chuyen-muc/actions.ts#createSectionAction': {
    form: async () => ({ name: `Mục ${Math.random().toString(36).slice(2, 8)}`, slug: '' }),
  },
  'app/(desk)/desk/chuyen-muc/actions.ts#updateSectionAction': {
    form: async () => {
      const s = await createSection();
      return { id: String(s.id), name: `${s.name} mới`, slug: s.slug };
    },
  },
  'app/(desk)/desk/chuyen-muc/actions.ts#moveSectionAction': {
    form: async () => ({ id: String((await createSection()).id), direction: 'up' }),
  },
  'app/(desk)/desk/chuyen-muc/actions.ts#deleteSectionAction': {
    form: async () => ({ id: String((await createSection()).id) }),
  },
  'app/(desk)/desk/nguoi-dung/actions.ts#changeUserAccessAction': {
    form: async () => ({ userId: String((await createUser({ role: 'reporter' })).id), change: 'moderator' }),
  },
  'app/(desk)/desk/nguoi-dung/actions.ts#inviteUserAction': {
    form: async () => ({ name: 'Người mới', email: `${unique('moi')}@toasoan.test`, role: 'reporter' }),
  },
  'app/(desk)/desk/nguoi-dung/actions.ts#resetPasswordAction': {
    form: async () => ({ userId: String((await createUser({ role: 'reporter' })).id) }),
  },
  'app/(desk)/desk/quy-trinh/actions.ts#saveSignoffChainAction': {
    form: async () => ({
      sectionId: String((await createSection()).id),
      chain: JSON.stringify({ levels: [{ title: 'Biên tập viên', roles: ['editor'], userIds: [] }] }),
    }),
  },
  'app/(desk)/desk/quy-trinh/actions.ts#setDistinctApproversAction': {
    form: async () => ({ sectionId: String((await createSection()).id), on: '1' }),
  },
  'app/(desk)/desk/quy-trinh/actions.ts#dropSectionChainAction': {
    form: async () => ({ sectionId: String((await createSection()).id) }),
  },
  'app/(desk)/desk/tai-khoan/actions.ts#updateOwnNameAction': {
    form: async () => ({ name: 'Tên Người Thử' }),
  },
  'app/(desk)/desk/tai-khoan/actions.ts#changeOwnPasswordAction': {
    // A wrong current password is refused by the domain after the door: the door is what this checks.
    form: async () => ({ currentPassword: 'mat-khau-dung', password: 'mat-khau-dung', confirm: 'mat-khau-dung' }),
  },
  'app/(desk)/desk/the/actions.ts#renameTagAction': {
    form: async () => {
      const [tag] = await (await getDb()).insert(tags).values({ slug: unique('the'), name: `Thẻ ${unique('t')}` }).returning();
      return { id: String(tag.id), name: `Thẻ đổi ${unique('t')}` };
    },
  },
  'app/(desk)/desk/the/actions.ts#mergeTagAction': {
    form: async () => {
      const db = await getDb();
      const [from] = await db.insert(tags).values({ slug: unique('the'), name: `Thẻ ${unique('a')}` }).returning();
      const r = Math.random().toString(36).slice(2, 10);
      const [into] = await db.insert(tags).values({ slug: `the-gop-${r}`, name: `Thẻ gộp ${r}` }).returning();
      return { fromId: String(from.id), into: into.name };
    },
  },
  'app/(desk)/desk/the/actions.ts#deleteTagAction': {
    form: async () => {
      const [tag] = await (await getDb()).insert(tags).values({ slug: unique('the'), name: `Thẻ ${unique('x')}` }).returning();
      return { id: String(tag.id) };
    },
  },
  'app/(desk)/desk/thong-bao/actions.ts#markNotificationsReadAction': {
    owned: true,
    form: async ({ owner }) => {
      const [notice] = await (await getDb()).insert(notifications).values({ userId: owner.id, kind: 'published', message: 'Bài đã lên trang.' }).returning();
      return { id: String(notice.id) };
    },
    // Only one's own notices.
    rule: (_role, isOwn) => isOwn,
  },
  // Story planning. The thư ký is the default (every editor and admin by role): the door's
  // permission is the rule. The matrix never changes who the thư ký is (it saves the rule as it is).
  // Nhuận bút: the thư ký is editors and admins by default (the door's permission), the tổng
  // biên tập who locks is admins by default. Each attempt gets a month of its own, far ahead.
  'app/(desk)/desk/nhuan-but/actions.ts#setStoryRoyaltyAction': {
    form: async () => ({ articleId: String((await insertArticle(people.editor, 'published')).id), genre: 'tin', coefficient: '5' }),
  },
  'app/(desk)/desk/nhuan-but/actions.ts#reviewMonthAction': {
    form: async () => ({ month: royaltyTestMonth() }),
  },
  'app/(desk)/desk/nhuan-but/actions.ts#lockMonthAction': {
    form: async () => {
      const month = royaltyTestMonth();
      await (await getDb()).insert(royaltyMonths).values({ month, status: 'reviewed' });
      return { month };
    },
    rule: (role) => role === 'admin',
  },
  'app/(desk)/desk/nhuan-but/actions.ts#setStorySharesAction': {
    form: async () => {
      const { setStoryRoyalty } = await import('@/lib/royalties/months');
      const story = await insertArticle(people.editor, 'published');
      await setStoryRoyalty({ actor: people.admin, input: { articleId: story.id, genre: 'tin', coefficient: 5, addOns: { translation: false, minorityLanguage: false, hardConditions: false } } });
      return { articleId: String(story.id), 'payee-0': `u${people.editor.id}`, 'share-0': '100' };
    },
  },
  // Nhuận bút settings (admins): the rates, ranges and titles as they are; a lương cơ sở and a genre
  // of the matrix's own, far ahead and uniquely named, so no other test reads a changed value.
  'app/(desk)/desk/nhuan-but/cai-dat/actions.ts#addBaseSalaryAction': {
    form: async () => {
      const { getRoyaltySettings } = await import('@/lib/royalties/settings');
      const latest = (await getRoyaltySettings()).baseSalaries.reduce((a, b) => (b.from > a ? b.from : a), '');
      const year = Math.max(9000, Number(latest.slice(0, 4)) + 1);
      return { from: `01/01/${year}`, amount: '9.999.000' };
    },
  },
  'app/(desk)/desk/nhuan-but/cai-dat/actions.ts#saveRoyaltyRatesAction': {
    form: async () => {
      const { getRoyaltySettings } = await import('@/lib/royalties/settings');
      const r = await getRoyaltySettings();
      return {
        unitSharePercent: String(r.unitSharePercent),
        editorFeePercent: String(r.editorFeePercent),
        translationSharePercent: String(r.addOns.translationSharePercent),
        minorityLanguagePercent: String(r.addOns.minorityLanguagePercent),
        hardConditionsPercent: String(r.addOns.hardConditionsPercent),
      };
    },
  },
  'app/(desk)/desk/nhuan-but/cai-dat/actions.ts#saveGenreRangesAction': {
    form: async () => {
      const { getRoyaltySettings } = await import('@/lib/royalties/settings');
      const genres = (await getRoyaltySettings()).genres;
      return Object.fromEntries(genres.flatMap((g) => [[`label-${g.code}`, g.label], [`min-${g.code}`, String(g.min)], [`max-${g.code}`, String(g.max)]]));
    },
  },
  'app/(desk)/desk/nhuan-but/cai-dat/actions.ts#addGenreAction': {
    form: async () => ({ code: unique('ma-tran').toLowerCase().replace(/[^a-z0-9-]/g, '').slice(0, 40), label: 'Thể loại của ma trận quyền', min: '1', max: '2' }),
  },
  'app/(desk)/desk/nhuan-but/cai-dat/actions.ts#saveRoyaltyTitlesAction': {
    form: async () => {
      const { getRoyaltySettings } = await import('@/lib/royalties/settings');
      const { clerks, lockers } = await getRoyaltySettings();
      return Object.fromEntries([
        ...clerks.roles.map((r) => [`clerks-role-${r}`, 'on']),
        ...clerks.userIds.map((id) => [`clerks-person-${id}`, 'on']),
        ...lockers.roles.map((r) => [`lockers-role-${r}`, 'on']),
        ...lockers.userIds.map((id) => [`lockers-person-${id}`, 'on']),
      ]);
    },
  },
  'app/(desk)/desk/de-tai/actions.ts#proposeTopicAction': {
    form: async () => ({ title: 'Đề tài từ ma trận quyền', sectionId: String(liveSection.id), expectedOn: deadlineField().slice(0, 10) }),
  },
  'app/(desk)/desk/de-tai/actions.ts#approveTopicAction': {
    form: async () => ({ topicId: String((await insertTopic(people.reporter)).id) }),
  },
  'app/(desk)/desk/de-tai/actions.ts#declineTopicAction': {
    form: async () => ({ topicId: String((await insertTopic(people.reporter)).id), reason: 'Trùng đề tài đã giao.' }),
  },
  'app/(desk)/desk/de-tai/actions.ts#assignTopicAction': {
    form: async () => ({ topicId: String((await insertTopic(people.reporter)).id), [`assignee-${people.otherReporter.id}`]: '1', deadline: deadlineField() }),
  },
  'app/(desk)/desk/de-tai/actions.ts#writeFromTopicAction': {
    owned: true,
    form: async ({ owner }) => ({ topicId: String((await insertTopic(people.reporter, owner)).id) }),
    // Only a person the topic was given to writes it.
    rule: (role, isOwn) => isOwn && can(role, 'article.create'),
  },
  'app/(desk)/desk/de-tai/actions.ts#saveTopicPlannersAction': {
    form: async () => {
      const { getTopicPlanners } = await import('@/lib/planning/planners');
      const p = await getTopicPlanners();
      return {
        ...(p.roles.includes('editor') ? { 'role-editor': '1' } : {}),
        ...(p.roles.includes('admin') ? { 'role-admin': '1' } : {}),
        ...Object.fromEntries(p.userIds.map((id) => [`person-${id}`, '1'])),
      };
    },
  },
  'app/(reader)/[section]/[article]/actions.ts#postCommentAction': {
    form: async () => {
      request.address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
      const story = await insertArticle(people.editor, 'published');
      return { articleId: String(story.id), name: 'Bạn đọc', email: '', body: 'Bài viết rất hữu ích.', elapsedMs: '8000', website: '' };
    },
  },
  'app/(auth)/dat-mat-khau/[token]/actions.ts#setPasswordAction': {
    form: async () => {
      const { inviteUser } = await import('@/lib/auth/admin');
      const { token } = await inviteUser({ actor: people.admin, name: 'Người được mời', email: `${unique('moi')}@toasoan.test`, role: 'reporter' });
      request.address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
      return { token, password: 'Sông Hương chiều thu 1968', confirm: 'Sông Hương chiều thu 1968' };
    },
  },
};

const refusals = ['unauthenticated', 'forbidden', 'not_found'];

/** A fresh session cookie for the person as they are now (an action may have bumped their session version). */
async function signInAs(user: User | null) {
  const current = user ? await getUserById(user.id) : null;
  request.cookie = current ? await sessionToken(current) : undefined;
}

function formData(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

beforeAll(async () => {
  const [admin, editor, reporter, moderator, otherReporter, accountant] = await Promise.all([
    createUser({ role: 'admin' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'reporter' }),
    createUser({ role: 'moderator' }),
    createUser({ role: 'reporter' }),
    createUser({ role: 'accountant' }),
  ]);
  people = { admin, editor, reporter, moderator, otherReporter, accountant };
  const db = await getDb();
  [liveSection] = await db.select({ id: sections.id, slug: sections.slug }).from(sections).where(eq(sections.id, (await createSection()).id));
});

/**
 * Calls `attempt` as every role and as an anonymous visitor (on the actor's own object and on
 * another reporter's, where ownership matters) and expects each to get what the permission table
 * says: the door's permission first, then the entry's rule. The domain may refuse another person's
 * object as forbidden or as not found (not revealing it): both count as refused.
 */
async function expectTheTablesAnswers(
  door: Door,
  entry: { owned?: boolean; rule?: (role: Role, own: boolean) => boolean },
  attempt: (f: Fixtures) => Promise<string>,
) {
  const answers: string[] = [];
  const wanted: string[] = [];
  for (const who of actors) {
    const actor = who === 'anonymous' ? null : people[who];
    for (const mine of entry.owned ? [true, false] : [true]) {
      const got = await attempt({ actor, owner: mine && actor ? actor : people.otherReporter, people });
      let expected: string;
      if (door.kind === 'internal') expected = 'refused';
      else if (door.kind === 'public') expected = 'allowed';
      else if (!actor) expected = 'unauthenticated';
      else if (!can(actor.role, door.permission)) expected = 'forbidden';
      else expected = !entry.rule || entry.rule(actor.role, mine) ? 'allowed' : 'refused';
      const label = `${who}${entry.owned ? (mine ? ' own' : ' other') : ''}`;
      answers.push(`${label}: ${expected === 'refused' && (got === 'forbidden' || got === 'not_found') ? 'refused' : got}`);
      wanted.push(`${label}: ${expected}`);
    }
  }
  await signInAs(null);
  expect(answers).toEqual(wanted);
}

describe('permission matrix: server actions', () => {
  const modules = serverActionModules();
  const keys = modules.flatMap((m) => m.exports.map((name) => `${m.file}#${name}`));

  it('every server action in app/ has an entry, and every entry is a real action', () => {
    expect(keys.filter((k) => !entries[k]), 'add an entry to the matrix for each new action').toEqual([]);
    expect(Object.keys(entries).filter((k) => !keys.includes(k))).toEqual([]);
    expect(keys.length).toBeGreaterThan(25);
  });

  for (const key of keys) {
    it(`${key}: every role and anonymous get the answer of the permission table`, async () => {
      const entry = entries[key];
      expect(entry, key).toBeDefined();
      const [file, name] = key.split('#');
      const mod = (await import(`@/${file.replace(/\.tsx?$/, '')}`)) as Record<string, (prev: ActionState, data: FormData) => Promise<ActionState>>;
      const action = mod[name];
      const door = doorOf(action);
      expect(door, `${key} goes through deskAction or publicAction`).toBeDefined();

      await expectTheTablesAnswers(door!, entry, async (f) => {
        const values = await entry.form(f);
        await signInAs(f.actor);
        let result: ActionState;
        try {
          result = await action({}, formData(values));
        } catch (err) {
          // An action that succeeds by sending the browser on (redirect) throws Next's redirect signal.
          if (String((err as { digest?: string }).digest ?? '').startsWith('NEXT_REDIRECT')) return 'allowed';
          throw err;
        }
        return result.ok ? 'allowed' : `${result.code}${refusals.includes(result.code ?? '') ? '' : `: ${result.message}`}`;
      });
    });
  }
});

/** Every route handler under app/ (`route.ts`), with the HTTP methods it exports. */
function routeModules(): { file: string; methods: string[] }[] {
  const found: { file: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.tsx?$/.test(entry.name)) {
        const source = fs.readFileSync(full, 'utf8');
        const methods = [...source.matchAll(/^export (?:const|async function|function|\{[^}]*\bas) ?(GET|POST|PUT|PATCH|DELETE)\b/gm)].map((m) => m[1]);
        const reexported = [...source.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) => [...m[1].matchAll(/\bas (GET|POST|PUT|PATCH|DELETE)\b/g)].map((x) => x[1]));
        found.push({ file: path.relative(root, full).split(path.sep).join('/'), methods: [...new Set([...methods, ...reexported])] });
      }
    }
  };
  walk(path.join(root, 'app'));
  return found;
}

type RouteCall = { path: string; params?: Record<string, string | string[]>; body?: unknown; form?: FormData };
type RouteEntry = {
  call: (f: Fixtures) => Promise<RouteCall>;
  owned?: boolean;
  rule?: (role: Role, own: boolean) => boolean;
};

const origin = 'http://127.0.0.1:3000';

async function tinyPng() {
  const sharp = (await import('sharp')).default;
  return sharp({ create: { width: 12, height: 8, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer();
}

const routeEntries: Record<string, RouteEntry | 'next-auth'> = {
  // next-auth's own protocol (CSRF, redirects); sign-in is tested in lib/auth and e2e/sign-in.spec.ts.
  'app/api/auth/[...nextauth]/route.ts#GET': 'next-auth',
  'app/api/auth/[...nextauth]/route.ts#POST': 'next-auth',
  'app/api/anh/route.ts#GET': { call: async () => ({ path: '/api/anh?q=&trang=1' }) },
  'app/api/anh/route.ts#POST': {
    call: async () => {
      const form = new FormData();
      form.set('file', new File([new Uint8Array(await tinyPng())], 'anh.png', { type: 'image/png' }));
      form.set('alt', 'Ảnh thử');
      return { path: '/api/anh', form };
    },
  },
  'app/api/the/route.ts#GET': { call: async () => ({ path: '/api/the?q=ha' }) },
  'app/api/bai-viet/route.ts#POST': {
    call: async () => ({ path: '/api/bai-viet', body: { title: 'Bài mới từ trình soạn thảo', lead: '', sectionId: liveSection.id, body: { type: 'doc', content: [] }, credit: '' } }),
  },
  'app/api/bai-viet/[id]/route.ts#PUT': {
    owned: true,
    call: async ({ owner }) => {
      const story = await insertArticle(owner);
      return {
        path: `/api/bai-viet/${story.id}`,
        params: { id: String(story.id) },
        body: { version: story.version, autosave: true, title: story.title, lead: 'Sapo mới.', sectionId: liveSection.id, body: { type: 'doc', content: [] }, credit: '' },
      };
    },
    // A draft is saved by its author, or by an editor for anyone's story.
    rule: (role, isOwn) => own(role, isOwn, 'article.editAny', 'article.editOwn'),
  },
  'app/api/bai-viet/[id]/dang-mo/route.ts#POST': {
    owned: true,
    call: async ({ owner }) => {
      const story = await insertArticle(owner);
      return { path: `/api/bai-viet/${story.id}/dang-mo`, params: { id: String(story.id) }, body: {} };
    },
    // Who has a story open is told to those who may open it.
    rule: (role, isOwn) => own(role, isOwn, 'article.editAny', 'article.editOwn'),
  },
  'app/api/luot-doc/route.ts#POST': { call: async () => ({ path: '/api/luot-doc', body: { articleId: (await insertArticle(people.editor, 'published')).id } }) },
  'app/api/binh-luan/route.ts#GET': { call: async () => ({ path: `/api/binh-luan?bai=${(await insertArticle(people.editor, 'published')).id}` }) },
  'app/api/binh-luan/thich/route.ts#GET': { call: async () => ({ path: `/api/binh-luan/thich?ids=${(await approvedComment()).id}` }) },
  'app/api/binh-luan/thich/route.ts#POST': { call: async () => ({ path: '/api/binh-luan/thich', body: { commentId: (await approvedComment()).id } }) },
  'app/api/binh-luan/bao-cao/route.ts#POST': { call: async () => ({ path: '/api/binh-luan/bao-cao', body: { commentId: (await approvedComment()).id, reason: 'spam' } }) },
  'app/api/health/route.ts#GET': { call: async () => ({ path: '/api/health' }) },
  'app/(desk)/desk/nhuan-but/bang-ke/tai-ve/route.ts#GET': { call: async () => ({ path: '/desk/nhuan-but/bang-ke/tai-ve' }) },
  'app/(desk)/desk/nhuan-but/bang-ke/excel/route.ts#GET': { call: async () => ({ path: '/desk/nhuan-but/bang-ke/excel' }) },
  'app/(desk)/desk/thong-ke/tai-ve/route.ts#GET': { call: async () => ({ path: '/desk/thong-ke/tai-ve?bang=bai-viet&khoang=7' }) },
  'app/(desk)/desk/de-tai/bao-cao/tai-ve/route.ts#GET': { call: async () => ({ path: '/desk/de-tai/bao-cao/tai-ve' }) },
  'app/api/bo-nho-dem/het-han/route.ts#POST': { call: async () => ({ path: '/api/bo-nho-dem/het-han', body: {} }) },
  'app/api/e2e/dong-ho/route.ts#POST': { call: async () => ({ path: '/api/e2e/dong-ho', body: { at: null } }) },
  'app/media/[...key]/route.ts#GET': {
    call: async () => {
      const { uploadMedia } = await import('@/lib/media/library');
      const item = await uploadMedia({ actor: people.editor, bytes: await tinyPng(), fileName: 'anh.png' });
      return { path: item.src, params: { key: item.src.replace(/^\/media\//, '').split('/') } };
    },
  },
  'app/sitemaps/[file]/route.ts#GET': { call: async () => ({ path: '/sitemaps/1.xml', params: { file: '1.xml' } }) },
  'app/[section]/rss.xml/route.ts#GET': { call: async () => ({ path: `/${liveSection.slug}/rss.xml`, params: { section: liveSection.slug } }) },
  'app/sitemap.xml/route.ts#GET': { call: async () => ({ path: '/sitemap.xml' }) },
  'app/rss.xml/route.ts#GET': { call: async () => ({ path: '/rss.xml' }) },
  'app/robots.txt/route.ts#GET': { call: async () => ({ path: '/robots.txt' }) },
  'app/news-sitemap.xml/route.ts#GET': { call: async () => ({ path: '/news-sitemap.xml' }) },
};

async function approvedComment() {
  const db = await getDb();
  const story = await insertArticle(people.editor, 'published');
  const [row] = await db.insert(comments).values({ articleId: story.id, authorName: 'Bạn đọc', body: 'Đồng ý.', status: 'approved' }).returning();
  return row;
}

function classify(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  return status < 400 ? 'allowed' : `status ${status}`;
}

describe('permission matrix: route handlers', () => {
  const modules = routeModules();
  const keys = modules.flatMap((m) => m.methods.map((method) => `${m.file}#${method}`));

  it('every route handler in app/ has an entry, and every entry is a real handler', () => {
    expect(keys.filter((k) => !routeEntries[k]), 'add an entry to the matrix for each new route handler').toEqual([]);
    expect(Object.keys(routeEntries).filter((k) => !keys.includes(k))).toEqual([]);
    expect(keys.length).toBeGreaterThan(15);
  });

  for (const key of keys) {
    const entry = routeEntries[key];
    if (entry === 'next-auth') continue;
    it(`${key}: every role and anonymous get the answer of the permission table`, async () => {
      expect(entry, key).toBeDefined();
      const [file, method] = key.split('#');
      const mod = (await import(`@/${file.replace(/\.tsx?$/, '')}`)) as Record<string, (req: Request, ctx: { params: Promise<unknown> }) => Promise<Response>>;
      const handler = mod[method];
      const door = doorOf(handler);
      expect(door, `${key} goes through deskRoute, publicRoute or internalRoute`).toBeDefined();

      await expectTheTablesAnswers(door!, entry, async (f) => {
        const call = await entry.call(f);
        await signInAs(f.actor);
        request.address = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
        const headers = new Headers({ host: '127.0.0.1:3000', origin, 'x-forwarded-for': request.address });
        if (request.cookie) headers.set('cookie', `next-auth.session-token=${request.cookie}`);
        let body: BodyInit | undefined;
        if (call.form) body = call.form;
        else if (call.body !== undefined) {
          body = JSON.stringify(call.body);
          headers.set('content-type', 'application/json');
        }
        const req = new Request(`${origin}${call.path}`, { method, headers, body });
        const res = await inRequestScope(req, () => handler(req, { params: Promise.resolve(call.params ?? {}) }));
        const got = classify(res.status);
        return got.startsWith('status') ? `${got} ${(await res.text()).slice(0, 200)}` : got;
      });
    });
  }
});
