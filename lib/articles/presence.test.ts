import { beforeAll, describe, expect, it } from 'vitest';
import type { Section, User } from '@/db/schema';
import { withTestDatabase } from '@/test/database';
import { createSection, createUser } from '@/test/fixtures';
import { createDraft } from './desk';
import { listArticlePresence, markArticleLeft, markArticleOpen, PRESENCE_WINDOW_MS } from './presence';

withTestDatabase();

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

async function story() {
  const draft = await createDraft({
    actor: reporter,
    input: { title: 'Giá lúa tăng mạnh', lead: '', sectionId: section.id, body: 'Đoạn một.', credit: '' },
  });
  return draft.id;
}

const at = (t0: Date, ms: number) => new Date(t0.getTime() + ms);

describe('who has a story open', () => {
  it('shows each person the others who have the story open, by name and since when', async () => {
    const articleId = await story();
    const t0 = new Date();
    expect(await markArticleOpen({ actor: reporter, articleId, now: t0 })).toEqual([]);
    expect(await markArticleOpen({ actor: editor, articleId, now: at(t0, 5_000) })).toEqual([
      { name: reporter.name, since: t0.toISOString() },
    ]);
    // The reporter's next heartbeat keeps their “since” and now sees the editor.
    expect(await markArticleOpen({ actor: reporter, articleId, now: at(t0, 15_000) })).toEqual([
      { name: editor.name, since: at(t0, 5_000).toISOString() },
    ]);
    expect(await listArticlePresence({ actor: admin, articleId, now: at(t0, 16_000) })).toEqual([
      { name: reporter.name, since: t0.toISOString() },
      { name: editor.name, since: at(t0, 5_000).toISOString() },
    ]);
  });

  it('forgets someone whose page stopped sending heartbeats for 45 seconds', async () => {
    const articleId = await story();
    const t0 = new Date();
    await markArticleOpen({ actor: reporter, articleId, now: t0 });
    expect(await markArticleOpen({ actor: editor, articleId, now: at(t0, PRESENCE_WINDOW_MS) })).toHaveLength(1);
    expect(await markArticleOpen({ actor: editor, articleId, now: at(t0, PRESENCE_WINDOW_MS + 1_000) })).toEqual([]);
    // Coming back starts a new “since”.
    await markArticleOpen({ actor: reporter, articleId, now: at(t0, 60_000) });
    expect(await listArticlePresence({ actor: editor, articleId, now: at(t0, 61_000) })).toEqual([
      { name: reporter.name, since: at(t0, 60_000).toISOString() },
    ]);
  });

  it('drops someone at once when their page says it was closed', async () => {
    const articleId = await story();
    const t0 = new Date();
    await markArticleOpen({ actor: reporter, articleId, now: t0 });
    await markArticleOpen({ actor: editor, articleId, now: t0 });
    expect(await markArticleLeft({ actor: reporter, articleId, now: at(t0, 1_000) })).toEqual([
      { name: editor.name, since: t0.toISOString() },
    ]);
    expect(await listArticlePresence({ actor: editor, articleId, now: at(t0, 2_000) })).toEqual([]);
  });

  it('keeps stories apart', async () => {
    const a = await story();
    const b = await story();
    const t0 = new Date();
    await markArticleOpen({ actor: reporter, articleId: a, now: t0 });
    expect(await markArticleOpen({ actor: editor, articleId: b, now: t0 })).toEqual([]);
  });

  it('refuses people who may not read the story on the desk, and unknown stories', async () => {
    const articleId = await story();
    for (const actor of [otherReporter, moderator]) {
      await expect(markArticleOpen({ actor, articleId })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(markArticleLeft({ actor, articleId })).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(markArticleOpen({ actor: editor, articleId: 2_000_000_000 })).rejects.toMatchObject({ code: 'not_found' });
  });
});
