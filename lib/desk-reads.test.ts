import { statusLabelOf } from '@/lib/articles/workflow';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, articleTags, type Section, type User } from '@/db/schema';
import { listPossibleSignoffPeople } from '@/lib/articles/chain';
import { getArticleForDesk, listArticlesByStatus } from '@/lib/articles/desk';
import { listDeskAuthors } from '@/lib/articles/my-desk';
import { listBannedTerms } from '@/lib/comments/banned-terms';
import { countPendingComments, countQueues, getModerationMetrics, listModerationQueue } from '@/lib/comments/comments';
import { listActiveBans, listCommenterHistory } from '@/lib/comments/commenters';
import { isDomainError } from '@/lib/errors';
import { deleteMedia, findMediaUsage, findMediaUsages, getMedia, listMedia, mediaMessages, uploadMedia } from '@/lib/media/library';
import { findOrCreateTags, searchTags } from '@/lib/tags';
import { unique, withTestDatabase } from '@/test/database';
import { createSection, createUser, insertStory } from '@/test/fixtures';

// Who gets what from each desk read: a reporter, another reporter, an editor, a moderator, an admin.

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-reads-'));
process.env.DATA_DIR = dataDir;

const { getDb } = withTestDatabase();

let reporter: User;
let otherReporter: User;
let editor: User;
let moderator: User;
let admin: User;
let section: Section;

beforeAll(async () => {
  [reporter, otherReporter, editor, moderator, admin] = await Promise.all([
    createUser({ role: 'reporter' }),
    createUser({ role: 'reporter' }),
    createUser({ role: 'editor' }),
    createUser({ role: 'moderator' }),
    createUser({ role: 'admin' }),
  ]);
  section = await createSection();
  return () => fs.rmSync(dataDir, { recursive: true, force: true });
});

async function refusal(run: Promise<unknown>) {
  try {
    await run;
  } catch (err) {
    if (isDomainError(err)) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('accepted');
}

/** A body showing the photo, with the `media_srcs` a save would have derived from it. */
const showing = (src: string) => ({ body: { type: 'doc', content: [{ type: 'figure', attrs: { src, alt: 'Ảnh', caption: '', credit: '' } }] } as never, mediaSrcs: [src] });

/** A story of `author` in the given state, straight into the table (the read is under test, not the workflow). */
const story = (author: User, extra: Partial<typeof articles.$inferInsert> = {}) => insertStory(author, section, extra);
const hourAgo = () => new Date(Date.now() - 3600_000);
const tomorrow = () => new Date(Date.now() + 24 * 3600_000);

describe('the photo library: which stories a photo is "in use in"', () => {
  it('names the reporter’s own stories and live ones, never another reporter’s unpublished work', async () => {
    const photo = await uploadMedia({ actor: otherReporter, bytes: await sharp({ create: { width: 40, height: 40, channels: 3, background: '#888' } }).jpeg().toBuffer(), fileName: 'cho.jpg' });
    const draft = await story(reporter, { ...showing(photo.src), status: 'draft' });
    const live = await story(reporter, { coverMediaId: photo.id, status: 'published', publishedAt: hourAgo() });
    const scheduled = await story(reporter, { ...showing(photo.src), status: 'published', publishedAt: tomorrow() });
    const own = await story(otherReporter, { ...showing(photo.src), status: 'in_review' });
    const usage = async (actor: User) => (await findMediaUsages({ actor, items: [(await getMedia({ actor, id: photo.id }))!] })).get(photo.id)!;

    // The uploader sees their own story and the live one; the draft and the scheduled story are only counted.
    expect(await usage(otherReporter)).toEqual({
      stories: [
        // Someone else's live story is named, not opened.
        { id: live.id, title: live.title, status: 'published', publishedAt: live.publishedAt, asCover: true, openable: false },
        { id: own.id, title: own.title, status: 'in_review', publishedAt: null, asCover: false, openable: true },
      ],
      hidden: 2,
    });
    expect((await usage(reporter)).stories.map((u) => u.id)).toEqual([draft.id, live.id, scheduled.id]);
    expect(await usage(reporter)).toMatchObject({ hidden: 1 });
    for (const actor of [editor, admin]) expect(await usage(actor)).toMatchObject({ stories: [{ id: draft.id }, { id: live.id }, { id: scheduled.id }, { id: own.id }], hidden: 0 });
    // The library labels the scheduled one with its time, not as published (lib/articles/workflow.ts statusLabelOf).
    const listed = (await usage(editor)).stories.find((u) => u.id === scheduled.id)!;
    expect(statusLabelOf(listed, new Date())).toMatch(/^Hẹn giờ \d{2}:\d{2} \d{2}\/\d{2}/);

    // The refusal to delete names the same stories, and never the draft's title.
    const refused = await refusal(deleteMedia({ actor: otherReporter, id: photo.id }));
    expect(refused).toEqual({ code: 'conflict', message: mediaMessages.inUse([live.title, own.title], 2) });
    expect(refused.message).not.toContain(draft.title);
    expect(refused.message).not.toContain(scheduled.title);
  });
});

describe('tag suggestions', () => {
  it('offer tags on live stories and on stories the writer may read, never a tag only another reporter’s draft carries', async () => {
    const stem = unique('Bí mật').replace(/-/g, ' ');
    const [draftOnly, onLive, onScheduled] = await findOrCreateTags({ actor: reporter, names: [`${stem} nháp`, `${stem} đã đăng`, `${stem} hẹn giờ`] });
    const db = await getDb();
    const draft = await story(reporter, { status: 'draft' });
    const live = await story(reporter, { status: 'published', publishedAt: hourAgo() });
    const scheduled = await story(reporter, { status: 'published', publishedAt: tomorrow() });
    await db.insert(articleTags).values([
      { articleId: draft.id, tagId: draftOnly.id },
      { articleId: live.id, tagId: onLive.id },
      { articleId: scheduled.id, tagId: onScheduled.id },
    ]);
    const names = async (actor: User) => (await searchTags({ actor, q: stem })).map((t) => t.name).sort();

    expect(await names(otherReporter)).toEqual([onLive.name]);
    expect(await names(reporter)).toEqual([onLive.name, onScheduled.name, draftOnly.name].sort());
    expect(await names(editor)).toEqual([onLive.name, onScheduled.name, draftOnly.name].sort());
    expect(await refusal(searchTags({ actor: moderator, q: stem }))).toMatchObject({ code: 'forbidden' });
  });
});

describe('a story on the desk', () => {
  it('opens for its author and for editors and admins; another reporter and a moderator are refused', async () => {
    const draft = await story(reporter, { status: 'draft' });
    expect((await getArticleForDesk({ actor: reporter, id: draft.id }))?.article.id).toBe(draft.id);
    for (const actor of [editor, admin]) expect((await getArticleForDesk({ actor, id: draft.id }))?.article.id).toBe(draft.id);
    for (const actor of [otherReporter, moderator]) expect(await refusal(getArticleForDesk({ actor, id: draft.id }))).toMatchObject({ code: 'forbidden' });
    // A live story is no different: the desk copy (notes, pending edits) stays with its people.
    const live = await story(reporter, { status: 'published', publishedAt: hourAgo() });
    expect(await refusal(getArticleForDesk({ actor: otherReporter, id: live.id }))).toMatchObject({ code: 'forbidden' });
    expect(await getArticleForDesk({ actor: otherReporter, id: 2_000_000_000 })).toBeNull();
  });

  it('lists stories by state only as far as the actor may open them', async () => {
    const mine = await story(reporter, { status: 'in_review' });
    const theirs = await story(otherReporter, { status: 'in_review' });
    const ids = async (actor: User) => (await listArticlesByStatus({ actor, statuses: ['in_review'] })).map((r) => r.id);
    expect(await ids(reporter)).toContain(mine.id);
    expect(await ids(reporter)).not.toContain(theirs.id);
    expect(await ids(editor)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(await ids(moderator)).toEqual([]);
  });

  it('offers the author filter to writers and the sign-off people to the admin only', async () => {
    expect((await listDeskAuthors({ actor: reporter })).map((a) => a.id)).toEqual(expect.arrayContaining([reporter.id, otherReporter.id, editor.id]));
    expect(await refusal(listDeskAuthors({ actor: moderator }))).toMatchObject({ code: 'forbidden' });
    expect((await listPossibleSignoffPeople({ actor: admin })).map((p) => p.id)).toEqual(expect.arrayContaining([editor.id, admin.id]));
    for (const actor of [editor, reporter, moderator]) expect(await refusal(listPossibleSignoffPeople({ actor }))).toMatchObject({ code: 'forbidden' });
  });
});

describe('the photo library itself', () => {
  it('is shared by everyone who uploads, and closed to a moderator', async () => {
    const name = unique('thu-vien').replace(/-/g, '');
    const photo = await uploadMedia({ actor: reporter, bytes: await sharp({ create: { width: 30, height: 30, channels: 3, background: '#456' } }).png().toBuffer(), fileName: `${name}.png` });
    for (const actor of [reporter, otherReporter, editor, admin]) expect((await listMedia({ actor, q: name })).items.map((i) => i.id)).toEqual([photo.id]);
    expect(await refusal(listMedia({ actor: moderator, q: name }))).toMatchObject({ code: 'forbidden' });
    expect(await refusal(findMediaUsage({ actor: moderator, id: photo.id }))).toMatchObject({ code: 'forbidden' });
    expect(await refusal(getMedia({ actor: moderator, id: photo.id }))).toMatchObject({ code: 'forbidden' });
  });
});

describe('moderation reads', () => {
  it('answer moderators and admins; reporters and editors are refused', async () => {
    const reads = (actor: User) => [
      listModerationQueue({ actor }),
      countQueues({ actor }),
      countPendingComments({ actor }),
      listCommenterHistory({ actor, commentId: 2_000_000_000 }),
      listActiveBans({ actor }),
      getModerationMetrics({ actor, days: 7 }),
      listBannedTerms({ actor }),
    ];
    for (const actor of [moderator, admin]) await Promise.all(reads(actor));
    for (const actor of [reporter, otherReporter, editor]) {
      for (const read of reads(actor)) expect(await refusal(read)).toMatchObject({ code: 'forbidden' });
    }
  });
});
