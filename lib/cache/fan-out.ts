import 'server-only';
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { getDb } from '@/db/client';
import { env } from '@/lib/env';
import { type PagesTouched, pagesTouchedBy, pagesTouchedSchema } from './change-events';
import { askOwnInstanceToExpire } from './own-instance';

/**
 * Several instances on one PostgreSQL database each keep their own page cache. What one instance
 * expires it also announces on a PostgreSQL channel (NOTIFY: no extra service); every other
 * instance listens and expires the same paths and tags through its own route, at once and again
 * half a second later (a render racing the expiry there too). The embedded PGlite default is one
 * process by construction (its data dir is locked), so it has no one to tell.
 */
export const EXPIRY_CHANNEL = 'toasoan_het_han';
const REPEAT_AFTER_MS = 500;
/** NOTIFY payloads must stay under 8,000 bytes. */
const MAX_PAYLOAD_BYTES = 7_000;

const state = ((globalThis as { __toasoanFanOut?: { instance: string; client?: pg.Client; stopped?: boolean; missed?: boolean } }).__toasoanFanOut ??= {
  instance: crypto.randomUUID(),
});


type Message = { from: string; touched: PagesTouched };

/** One expiry as NOTIFY payloads: split by paths and tags until each fits. */
export function expiryMessages(touched: PagesTouched, from: string): string[] {
  const text = JSON.stringify({ from, touched } satisfies Message);
  const entries = touched.paths.length + touched.tags.length;
  if (Buffer.byteLength(text) <= MAX_PAYLOAD_BYTES || entries <= 1) return [text];
  const half = (list: string[]) => [list.slice(0, Math.ceil(list.length / 2)), list.slice(Math.ceil(list.length / 2))];
  const [pathsA, pathsB] = half(touched.paths);
  const [tagsA, tagsB] = half(touched.tags);
  return [
    ...expiryMessages({ ...touched, paths: pathsA, tags: tagsA }, from),
    ...expiryMessages({ paths: pathsB, tags: tagsB, search: false, memos: false, gone: false }, from),
  ];
}

/** Tells the other instances; a no-op on the embedded database. */
export async function announceExpiry(touched: PagesTouched): Promise<void> {
  if (!env().DATABASE_URL) return;
  const db = await getDb();
  for (const message of expiryMessages(touched, state.instance)) await db.execute(sql`select pg_notify(${EXPIRY_CHANNEL}, ${message})`);
}

/** What a received payload asks of this instance: null for its own announcements and for anything malformed. */
export function expiryFromMessage(payload: string | undefined, self: string): PagesTouched | null {
  try {
    const parsed = JSON.parse(payload ?? '') as Partial<Message>;
    if (parsed.from === self) return null;
    const touched = pagesTouchedSchema.safeParse(parsed.touched);
    return touched.success ? touched.data : null;
  } catch {
    return null;
  }
}

function apply(touched: PagesTouched) {
  askOwnInstanceToExpire(touched).catch((err) => console.error('Không làm mới được trang theo thông báo của máy chủ khác:', err));
  setTimeout(() => askOwnInstanceToExpire(touched).catch(() => {}), REPEAT_AFTER_MS).unref();
}

/** Listens on its own connection (a pooled one cannot hold LISTEN) and reconnects when it drops. */
export function listenForExpiries({ url = env().DATABASE_URL }: { url?: string } = {}) {
  if (!url || state.client || state.stopped) return;
  // Named, so an operator sees it in pg_stat_activity for what it is.
  const client = new pg.Client({ connectionString: url, application_name: 'toasoan-het-han' });
  state.client = client;
  const retry = () => {
    if (state.client !== client) return;
    state.client = undefined;
    state.missed = true;
    client.end().catch(() => {});
    if (!state.stopped) setTimeout(() => listenForExpiries({ url }), 1_000).unref();
  };
  client.on('error', (err) => {
    console.error('Mất kết nối nhận thông báo làm mới trang, đang kết nối lại:', err.message);
    retry();
  });
  client.on('end', retry);
  client.on('notification', (msg) => {
    if (msg.channel !== EXPIRY_CHANNEL) return;
    const touched = expiryFromMessage(msg.payload, state.instance);
    if (touched) apply(touched);
  });
  client
    .connect()
    .then(() => client.query(`LISTEN ${EXPIRY_CHANNEL}`))
    .then(() => {
      // PostgreSQL keeps no NOTIFY for a listener that is gone: what the others expired while this
      // one was reconnecting is lost, so it expires what any of it could have touched, once.
      if (!state.missed || state.client !== client) return;
      state.missed = false;
      apply(pagesTouchedBy({ kind: 'expiries.missed' }));
    })
    .catch((err: Error) => {
      console.error('Không nghe được thông báo làm mới trang:', err.message);
      retry();
    });
}

/** Stops listening (tests; a server's shutdown closes the connection with the process). */
export async function stopListeningForExpiries() {
  state.stopped = true;
  const client = state.client;
  state.client = undefined;
  await client?.end().catch(() => {});
}
