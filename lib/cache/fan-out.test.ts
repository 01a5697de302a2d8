import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { PagesTouched } from './change-events';

const asked = vi.hoisted(() => [] as unknown[]);
vi.mock('./own-instance', () => ({ askOwnInstanceToExpire: async (touched: unknown) => void asked.push(touched) }));

const url = process.env.TEST_DATABASE_URL;
if (url) process.env.DATABASE_URL = url;
const { EXPIRY_CHANNEL, announceExpiry, expiryFromMessage, expiryMessages, listenForExpiries, stopListeningForExpiries } = await import('./fan-out');
const { withTestDatabase } = await import('@/test/database');
withTestDatabase();

const published: PagesTouched = { paths: ['/thoi-su/cau-moi-42', '/thoi-su', '/'], tags: ['bai:42', 'chuyen-muc:thoi-su', 'trang-nhat', 'rss'], search: true, memos: false, gone: true };
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('announcing an expiry to the other instances', () => {
  it('fits a big expiry into NOTIFY payloads under 8,000 bytes, losing nothing', () => {
    const big: PagesTouched = {
      paths: Array.from({ length: 400 }, (_, i) => `/thoi-su/mot-bai-viet-co-tieu-de-kha-dai-${i}`),
      tags: Array.from({ length: 400 }, (_, i) => `bai:${i}`),
      search: true,
      memos: false,
      gone: false,
    };
    const messages = expiryMessages(big, 'may-a');
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(Buffer.byteLength(m)).toBeLessThan(8000);
    const back = messages.map((m) => expiryFromMessage(m, 'may-b')!);
    expect(back.flatMap((t) => t.paths)).toEqual(big.paths);
    expect(back.flatMap((t) => t.tags)).toEqual(big.tags);
    expect(back.some((t) => t.search)).toBe(true);
  });

  it('ignores its own announcements and anything malformed', () => {
    const [message] = expiryMessages(published, 'may-a');
    expect(expiryFromMessage(message, 'may-a')).toBeNull();
    expect(expiryFromMessage(message, 'may-b')).toEqual(published);
    expect(expiryFromMessage('không phải JSON', 'may-b')).toBeNull();
    expect(expiryFromMessage(JSON.stringify({ from: 'x', touched: { paths: ['../../etc'], tags: [], search: false, memos: false, gone: false } }), 'may-b')).toBeNull();
  });
});

describe.skipIf(!url)('through PostgreSQL LISTEN/NOTIFY', () => {
  const others: pg.Client[] = [];
  afterAll(async () => {
    await stopListeningForExpiries();
    for (const c of others) await c.end();
  });

  async function otherInstance() {
    const client = new pg.Client({ connectionString: url });
    others.push(client);
    await client.connect();
    return client;
  }

  it('another instance listening on the channel receives what this one expired', async () => {
    const other = await otherInstance();
    const received = new Promise<string | undefined>((resolve) => other.on('notification', (m) => resolve(m.payload)));
    await other.query(`LISTEN ${EXPIRY_CHANNEL}`);
    await announceExpiry(published);
    expect(expiryFromMessage(await received, 'the-other-instance')).toEqual(published);
  });

  it('this instance, listening, expires what another instance announced, and not what it announced itself', async () => {
    listenForExpiries({ url });
    const other = await otherInstance();
    const fromOther = JSON.stringify({ from: 'may-khac', touched: published });
    await vi.waitFor(
      async () => {
        asked.length = 0;
        await other.query('select pg_notify($1, $2)', [EXPIRY_CHANNEL, fromOther]);
        await pause(100);
        expect(asked).toContainEqual(published);
      },
      { timeout: 5_000, interval: 200 },
    );
    await pause(700); // the repeat half a second later
    asked.length = 0;
    await announceExpiry(published);
    await pause(300);
    expect(asked).toEqual([]);
  });

  it('after its connection drops, listens again and expires every reader page once: what was announced meanwhile is lost', async () => {
    listenForExpiries({ url });
    const other = await otherInstance();
    const listeners = async () =>
      (await other.query<{ pid: number }>(`select pid from pg_stat_activity where datname = current_database() and application_name = 'toasoan-het-han'`)).rows;
    await vi.waitFor(async () => expect((await listeners()).length).toBe(1), { timeout: 5_000, interval: 100 });
    asked.length = 0;
    await other.query('select pg_terminate_backend($1)', [(await listeners())[0].pid]);

    await vi.waitFor(() => expect(asked).toContainEqual({ paths: [], tags: ['khung'], search: true, memos: true, gone: true }), { timeout: 10_000, interval: 100 });
    // And it hears the others again.
    const fromOther = JSON.stringify({ from: 'may-khac', touched: published });
    await vi.waitFor(
      async () => {
        await other.query('select pg_notify($1, $2)', [EXPIRY_CHANNEL, fromOther]);
        await pause(100);
        expect(asked).toContainEqual(published);
      },
      { timeout: 5_000, interval: 200 },
    );
  });
});
