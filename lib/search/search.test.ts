// fixed-date: stories published at past instants (explicit `now`), so they stay live whatever the date.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Section, User } from '@/db/schema';
import { approveArticle, createDraft, publishArticle, submitForReview, unpublishArticle } from '@/lib/articles/desk';
import { withTestDatabase } from '@/test/database';
import { createSection, createUser } from '@/test/fixtures';
import { buildTsQuery } from './query';
import { searchArticles } from './search';

const { getDb } = withTestDatabase();

let reporter: User;
let editor: User;
let section: Section;
let otherSection: Section;

/**
 * A made-up word no other test uses: letters only, so that PostgreSQL's parser keeps it whole.
 * The shared PostgreSQL test database holds other files' stories, so every search names one.
 */
const word = () =>
  Array.from({ length: 10 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');

async function draft({ title, lead = 'Tin trong ngày.', body = 'Nội dung bài viết.', sectionId = section.id }: { title: string; lead?: string; body?: string; sectionId?: number }) {
  return createDraft({ actor: reporter, input: { title, lead, body, sectionId, credit: 'Tin: Minh Anh' } });
}

async function publish(input: Parameters<typeof draft>[0], { now, publishAt }: { now?: Date; publishAt?: Date } = {}) {
  const article = await draft(input);
  await submitForReview({ actor: reporter, articleId: article.id });
  await approveArticle({ actor: editor, articleId: article.id });
  return publishArticle({ actor: editor, articleId: article.id, now, publishAt });
}

const ids = (hits: { id: number }[]) => hits.map((h) => h.id);

beforeAll(async () => {
  [reporter, editor] = await Promise.all([createUser({ role: 'reporter' }), createUser({ role: 'editor' })]);
  [section, otherSection] = await Promise.all([createSection(), createSection()]);
});

describe('searchArticles', () => {
  let tag: string;
  let meeting: number;

  beforeAll(async () => {
    tag = word();
    meeting = (
      await publish({
        title: `Họp mặt cán bộ hưu trí ${tag}`,
        lead: 'Hơn 300 cán bộ về dự, đường sá thông thoáng.',
        body: 'Buổi họp mặt diễn ra ấm cúng tại hội trường tỉnh.',
      })
    ).id;
  });

  it('finds accented text from an unaccented query, đ included, and highlights the words', async () => {
    const found = await searchArticles({ q: `hop mat can bo ${tag}`, page: 1 });
    expect(ids(found.items)).toEqual([meeting]);
    expect(found.total).toBe(1);
    expect(found.items[0].titleParts.filter((p) => p.match).map((p) => p.text)).toEqual(['Họp', 'mặt', 'cán', 'bộ', tag]);
    expect(found.items[0].href).toMatch(new RegExp(`^/${section.slug}/hop-mat-can-bo-huu-tri-${tag}-${meeting}$`));

    const road = await searchArticles({ q: `duong ${tag}`, page: 1 });
    expect(ids(road.items)).toEqual([meeting]);
    expect(road.items[0].snippetParts.find((p) => p.match)?.text).toBe('đường');
  });

  it('takes decomposed (NFD) input, capitals and stray punctuation', async () => {
    const q = `HỌP   MẶT!!! cán-bộ ${tag.toUpperCase()}`.normalize('NFD');
    expect(q).not.toBe(q.normalize('NFC'));
    expect(ids((await searchArticles({ q, page: 1 })).items)).toEqual([meeting]);
  });

  it('matches the last word as a prefix', async () => {
    expect(ids((await searchArticles({ q: `${tag} hop ma`, page: 1 })).items)).toEqual([meeting]);
  });

  it('ranks the story with the reader’s exact diacritics first', async () => {
    const t = word();
    // "mắt" (eye) is the newer story: by date alone it would come first.
    const face = await publish({ title: `Chuyện ${t} mặt người`, lead: 'Gương mặt.' }, { now: new Date(Date.now() - 60_000) });
    const eye = await publish({ title: `Chuyện ${t} mắt người`, lead: 'Đôi mắt.' });
    expect(ids((await searchArticles({ q: `mặt ${t}`, page: 1 })).items)).toEqual([face.id, eye.id]);
    expect(ids((await searchArticles({ q: `mắt ${t}`, page: 1 })).items)).toEqual([eye.id, face.id]);
    expect((await searchArticles({ q: `mat ${t}`, page: 1 })).total).toBe(2);
  });

  it('filters by section', async () => {
    const t = word();
    const here = await publish({ title: `Tin chuyên mục ${t}` });
    const there = await publish({ title: `Tin chuyên mục ${t}`, sectionId: otherSection.id });
    expect(ids((await searchArticles({ q: t, page: 1 })).items).sort()).toEqual([here.id, there.id].sort());
    expect(ids((await searchArticles({ q: t, section: otherSection.slug, page: 1 })).items)).toEqual([there.id]);
  });

  it('filters by days as counted in Vietnam, not in UTC', async () => {
    const t = word();
    // 23:30 on 10/3 and 00:30 on 11/3 in Hà Nội are both 10/3 in UTC.
    const late = await publish({ title: `Tin đêm ${t}` }, { now: new Date('2024-03-10T23:30:00+07:00') });
    const early = await publish({ title: `Tin sáng ${t}` }, { now: new Date('2024-03-11T00:30:00+07:00') });
    expect(ids((await searchArticles({ q: t, from: '2024-03-11', to: '2024-03-11', page: 1 })).items)).toEqual([early.id]);
    expect(ids((await searchArticles({ q: t, to: '2024-03-10', page: 1 })).items)).toEqual([late.id]);
    expect(ids((await searchArticles({ q: t, from: '2024-03-12', page: 1 })).items)).toEqual([]);
  });

  it('pages ten at a time, newest first among equals', async () => {
    const t = word();
    const published: number[] = [];
    for (let i = 0; i < 12; i++) {
      published.push((await publish({ title: `Bản tin số ${i + 1} ${t}` }, { now: new Date(Date.UTC(2025, 0, 1 + i)) })).id);
    }
    const first = await searchArticles({ q: t, page: 1 });
    const second = await searchArticles({ q: t, page: 2 });
    expect([first.total, first.pageCount, first.items.length, second.items.length]).toEqual([12, 2, 10, 2]);
    expect([...ids(first.items), ...ids(second.items)]).toEqual([...published].reverse());
    const beyond = await searchArticles({ q: t, page: 3 });
    expect([beyond.items.length, beyond.total, beyond.closeMatches.length]).toEqual([0, 12, 0]);
  });

  it('never shows drafts, stories in review, scheduled or taken-down stories', async () => {
    const t = word();
    await draft({ title: `Bản nháp ${t}` });
    const inReview = await draft({ title: `Chờ duyệt ${t}` });
    await submitForReview({ actor: reporter, articleId: inReview.id });
    await publish({ title: `Hẹn giờ ${t}` }, { publishAt: new Date(Date.now() + 3_600_000) });
    const takenDown = await publish({ title: `Đã gỡ ${t}` });
    await unpublishArticle({ actor: editor, articleId: takenDown.id, reason: 'Sai thông tin.' });
    const live = await publish({ title: `Đã đăng ${t}` });
    const found = await searchArticles({ q: t, page: 1 });
    expect(ids(found.items)).toEqual([live.id]);
  });

  it('offers close titles for a typo when nothing matches exactly', async () => {
    const t = word();
    const story = await publish({ title: `Họp mặt ${t} đồng hương` });
    // "hpo" for "họp", and the made-up word with its last two letters swapped.
    // (A word ending in a double letter gets its last letter changed instead, so the typo always differs.)
    const typo = t.at(-1) !== t.at(-2) ? `${t.slice(0, -2)}${t.at(-1)}${t.at(-2)}` : `${t.slice(0, -1)}${t.at(-1) === 'q' ? 'w' : 'q'}`;
    const swapped = await searchArticles({ q: `hpo mặt ${typo}`, page: 1 });
    expect([swapped.total, swapped.items.length]).toEqual([0, 0]);
    expect(swapped.closeMatches[0].id).toBe(story.id);
    expect(swapped.closeMatches[0].titleParts.filter((p) => p.match).map((p) => p.text)).toEqual(['mặt']);
    // "mặc" for "mặt": one wrong letter.
    const misspelt = await searchArticles({ q: `họp mặc ${t}`, page: 1 });
    expect([misspelt.total, misspelt.closeMatches[0]?.id]).toEqual([0, story.id]);
  });

  it('answers garbage and hostile input without an error', async () => {
    for (const q of ['!!! ??? ...', '   ', '<>&"']) {
      expect(await searchArticles({ q, page: 1 })).toMatchObject({ words: [], total: 0, items: [], closeMatches: [] });
    }
    for (const q of ["' OR 1=1 --", '<script>alert(1)</script>', "a'b\\c & | ! ( ) : * <-> d", 'x'.repeat(2000)]) {
      const result = await searchArticles({ q, page: 1 });
      expect(result.words.length).toBeGreaterThan(0);
      expect(result.total).toBe(0);
    }
  });

  it('hands PostgreSQL a tsquery whose quotes and operators stay inside the words', async () => {
    const db = await getDb();
    const query = buildTsQuery(["a'b", 'c\\d', '!e', "x' | 'y"])!;
    const { rows } = (await db.execute(sql`select to_tsquery('simple', ${query})::text as q`)) as unknown as { rows: { q: string }[] };
    // The parser splits inside each quoted word ("a'b" → a <-> b); no operator of the reader's survives.
    expect(rows[0].q).toBe("'a' <-> 'b' & 'c' <-> 'd' & 'e' & 'x':* <-> 'y':*");
  });
});
