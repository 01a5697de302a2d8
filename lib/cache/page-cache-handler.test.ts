import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPageStore, deserialiseEntry, serialiseEntry, type PageStore } from './page-cache-handler.mjs';

// The real Redis of the machine (this suite's own db index and key prefix) and, for the outage
// tests, a Redis server of the test's own that it stops and starts again.
// Like lib/rate-limit.test.ts: the Redis tests run when TEST_REDIS_URL names a Redis server (CI sets it).
const SHARED_URL = process.env.TEST_REDIS_URL ?? '';
const OWN_PORT = Number(process.env.TEST_REDIS_OWN_PORT ?? 3163);

/** A clock the test moves by hand: the store never reads the wall clock here. */
function clock(start = 1_700_000_000_000) {
  let t = start;
  return { now: () => t, tick: (ms = 1) => (t += ms) };
}

const appPage = () => ({
  kind: 'APP_PAGE',
  html: '<html><body>Tin nóng: họp mặt</body></html>',
  rscData: Buffer.from('0:["$","div",null,{"children":"họp mặt"}]\n'),
  headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/thoi-su/layout,_N_T_/thoi-su/hop-mat-12,article:12' },
  status: 200,
  postponed: undefined,
  segmentData: new Map([
    ['/_tree', Buffer.from([0, 1, 2, 255])],
    ['/_full', Buffer.from('segment')],
  ]),
});
const appRoute = () => ({
  kind: 'APP_ROUTE',
  body: Buffer.from('<?xml version="1.0"?><rss><channel><title>Tòa Soạn</title></channel></rss>'),
  headers: { 'content-type': 'application/rss+xml', 'x-next-cache-tags': '_N_T_/layout,_N_T_/rss.xml,feed' },
  status: 200,
});
const fetchEntry = () => ({
  kind: 'FETCH',
  data: { headers: { 'content-type': 'application/json' }, body: '{"ok":true}', status: 200, url: 'http://127.0.0.1/x' },
  revalidate: 60,
  tags: ['settings'],
});

describe('serialisation', () => {
  it('round-trips every entry kind Next stores, Buffers and Maps included', () => {
    for (const value of [appPage(), appRoute(), fetchEntry()]) {
      const back = deserialiseEntry(serialiseEntry({ lastModified: 5, value })) as { value: Record<string, unknown> };
      const expected: Record<string, unknown> = { ...value };
      delete expected.postponed;
      expect(back.value).toEqual(expected);
    }
    const page = (deserialiseEntry(serialiseEntry({ value: appPage() })) as { value: ReturnType<typeof appPage> }).value;
    expect(Buffer.isBuffer(page.rscData)).toBe(true);
    expect(page.segmentData).toBeInstanceOf(Map);
    expect(Buffer.isBuffer(page.segmentData.get('/_tree'))).toBe(true);
    expect([...page.segmentData.get('/_tree')!]).toEqual([0, 1, 2, 255]);
    const route = (deserialiseEntry(serialiseEntry({ value: appRoute() })) as { value: ReturnType<typeof appRoute> }).value;
    expect(route.body.toString()).toContain('Tòa Soạn');
  });

  it('keeps a plain object that happens to use the marker keys', () => {
    const tricky = { $b: 'not base64 at all', $m: 3, nested: [{ $b: 'x' }] };
    expect(deserialiseEntry(serialiseEntry(tricky))).toEqual(tricky);
  });
});

describe.skipIf(!SHARED_URL)('two instances on one Redis', () => {
  const prefix = `test:${randomUUID()}:`;
  const c = clock();
  let a: PageStore;
  let b: PageStore;
  let admin: Redis;

  beforeAll(async () => {
    a = createPageStore({ url: SHARED_URL, prefix, now: c.now });
    b = createPageStore({ url: SHARED_URL, prefix, now: c.now });
    admin = new Redis(SHARED_URL);
    await Promise.all([waitReady(a), waitReady(b)]);
  });
  afterAll(async () => {
    const keys = await admin.keys(`${prefix}*`);
    if (keys.length) await admin.del(...keys);
    await Promise.all([a.close(), b.close()]);
    admin.disconnect();
  });

  it('a page rendered on A is served by B from Redis, with its Buffers and Map intact', async () => {
    await a.set('/thoi-su/hop-mat-12', appPage(), { cacheControl: { revalidate: 120, expire: 31536000 } });
    const got = await b.get('/thoi-su/hop-mat-12', { kind: 'APP_PAGE' });
    const expected: Record<string, unknown> = appPage();
    delete expected.postponed;
    expect(got?.value).toEqual(expected);
    expect(got?.cacheControl).toEqual({ revalidate: 120, expire: 31536000 });
    expect(b.localKeys()).toContain('/thoi-su/hop-mat-12');
  });

  it('revalidatePath on A (an implicit _N_T_ tag) expires the copy B holds in its own memory', async () => {
    await a.set('/thoi-su/hop-mat-12', appPage(), {});
    expect(await b.get('/thoi-su/hop-mat-12', { kind: 'APP_PAGE' })).not.toBeNull();
    c.tick(10);
    await a.revalidateTag(['_N_T_/thoi-su/hop-mat-12']);
    c.tick(10);
    expect(await b.get('/thoi-su/hop-mat-12', { kind: 'APP_PAGE' })).toBeNull();
    expect(await a.get('/thoi-su/hop-mat-12', { kind: 'APP_PAGE' })).toBeNull();
    // Rendered again after the expiry: served again.
    await b.set('/thoi-su/hop-mat-12', appPage(), {});
    c.tick(10);
    expect(await a.get('/thoi-su/hop-mat-12', { kind: 'APP_PAGE' })).not.toBeNull();
  });

  it('an explicit tag expires routes and fetches, checked on get()', async () => {
    await a.set('/rss.xml', appRoute(), {});
    await a.set('fetch-key', fetchEntry(), { fetchCache: true, tags: ['settings'] });
    expect(await b.get('/rss.xml', { kind: 'APP_ROUTE' })).not.toBeNull();
    expect(await b.get('fetch-key', { kind: 'FETCH', tags: ['settings'], softTags: [] })).not.toBeNull();
    c.tick(5);
    await b.revalidateTag('feed', { expire: 0 });
    await b.revalidateTag('settings');
    c.tick(5);
    expect(await a.get('/rss.xml', { kind: 'APP_ROUTE' })).toBeNull();
    expect(await a.get('fetch-key', { kind: 'FETCH', tags: ['settings'], softTags: [] })).toBeNull();
  });

  it('tag keys expire in Redis', async () => {
    await a.revalidateTag('section:thoi-su');
    const ttl = await admin.ttl(`${prefix}t:section:thoi-su`);
    expect(ttl).toBeGreaterThan(7 * 24 * 3600);
    expect(ttl).toBeLessThanOrEqual(8 * 24 * 3600);
    await a.set('/x', appRoute(), {});
    const entryTtl = await admin.ttl(`${prefix}e:/x`);
    expect(entryTtl).toBeGreaterThan(0);
    expect(entryTtl).toBeLessThan(ttl);
  });
});

describe('the local tier', () => {
  it('is bounded: the least recently used pages leave first', async () => {
    const c = clock();
    const big = () => ({ ...appRoute(), body: Buffer.alloc(600, 'a') });
    const size = serialiseEntry({ lastModified: c.now(), value: big(), tags: ['_N_T_/layout', '_N_T_/rss.xml', 'feed'] }).length;
    const store = createPageStore({ localMaxBytes: Math.floor(size * 3.5), now: c.now });
    for (const key of ['/1', '/2', '/3']) await store.set(key, big(), {});
    await store.get('/1', { kind: 'APP_ROUTE' }); // /1 is now the most recent
    await store.set('/4', big(), {});
    expect(store.localKeys()).toEqual(['/3', '/1', '/4']);
    expect(await store.get('/2', { kind: 'APP_ROUTE' })).toBeNull();
  });
});

describe.skipIf(!SHARED_URL)('Redis going away', () => {
  let server: ChildProcess | undefined;
  const url = `redis://127.0.0.1:${OWN_PORT}/0`;

  const start = async () => {
    // The Redis this test starts and stops is a service, not code under test: it keeps the real clock
    // (under CI's year-ahead run libfaketime would be preloaded into it too, and redis-server cannot start with it).
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'LD_PRELOAD' && !k.startsWith('FAKETIME'))) as NodeJS.ProcessEnv;
    server = spawn('redis-server', ['--port', String(OWN_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore', env });
    const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => 100, maxRetriesPerRequest: null });
    probe.on('error', () => undefined);
    await probe.connect().catch(() => undefined);
    for (let i = 0; i < 50 && (await probe.ping().catch(() => '')) !== 'PONG'; i++) await sleep(100);
    probe.disconnect();
  };
  const stop = async () => {
    if (!server) return;
    const done = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGKILL');
    await done;
    server = undefined;
  };
  afterAll(stop);

  it('never throws, answers from the local tier, logs once, and uses Redis again when it returns', async () => {
    await start();
    const logs: string[] = [];
    const c = clock();
    const store = createPageStore({ url, prefix: 'outage:', log: (m) => logs.push(m), now: c.now });
    await waitReady(store);
    await store.set('/a', appPage(), {});

    await stop();
    const startedAt = performance.now();
    for (let i = 0; i < 20; i++) {
      c.tick(100);
      expect(await store.get('/a', { kind: 'APP_PAGE' })).not.toBeNull();
      await store.set(`/b${i}`, appRoute(), {});
      c.tick(1);
      await store.revalidateTag('feed');
      c.tick(1);
      expect(await store.get(`/b${i}`, { kind: 'APP_ROUTE' })).toBeNull();
    }
    expect(performance.now() - startedAt).toBeLessThan(5_000);
    expect(logs.filter((l) => l.includes('không trả lời'))).toHaveLength(1);

    // A page expired while Redis was away stays expired for the others once it is back.
    await store.revalidateTag('_N_T_/a');
    c.tick(10);
    await start();
    for (let i = 0; i < 60 && store.redisStatus() !== 'ready'; i++) await sleep(100);
    expect(store.redisStatus()).toBe('ready');
    c.tick(2_000);
    const other = createPageStore({ url, prefix: 'outage:', now: c.now });
    await waitReady(other);
    await other.set('/a', appPage(), {});
    // `other` wrote /a after the expiry: fresh. The expiry itself reached Redis after the outage.
    const admin = new Redis(url);
    for (let i = 0; i < 30 && !(await admin.hget('outage:t:_N_T_/a', 'expired')); i++) {
      c.tick(1_500);
      await store.get('/a', { kind: 'APP_PAGE' });
      await sleep(100);
    }
    expect(Number(await admin.hget('outage:t:_N_T_/a', 'expired'))).toBeGreaterThan(0);
    expect(logs.some((l) => l.includes('trở lại'))).toBe(true);
    admin.disconnect();
    await Promise.all([store.close(), other.close()]);
    await stop();
  });

  it('a Redis that hangs (CLIENT PAUSE) costs at most a short wait, then the local tier answers', async () => {
    await start();
    const logs: string[] = [];
    const c = clock();
    const store = createPageStore({ url, prefix: 'pause:', log: (m) => logs.push(m), now: c.now });
    await waitReady(store);
    await store.set('/p', appPage(), {});
    const admin = new Redis(url);
    await admin.call('CLIENT', 'PAUSE', '3000', 'ALL');
    const startedAt = performance.now();
    for (let i = 0; i < 10; i++) {
      c.tick(50);
      expect(await store.get('/p', { kind: 'APP_PAGE' })).not.toBeNull();
    }
    // One command waits for the time-out (300 ms); the rest skip Redis for a second.
    expect(performance.now() - startedAt).toBeLessThan(1_500);
    expect(logs.filter((l) => l.includes('không trả lời'))).toHaveLength(1);
    await admin.call('CLIENT', 'UNPAUSE').catch(() => undefined);
    admin.disconnect();
    await store.close();
    await stop();
  });
});

async function waitReady(store: PageStore) {
  for (let i = 0; i < 50 && store.redisStatus() !== 'ready'; i++) await sleep(50);
  expect(store.redisStatus()).toBe('ready');
}
