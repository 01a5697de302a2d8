// The shared page cache (next.config.ts `cacheHandler`, used when REDIS_URL is set).
//
// The reader pages are ISR routes (`export const revalidate`), so what Next stores through this
// handler is its route cache (APP_PAGE, APP_ROUTE) and fetch cache (FETCH); `'use cache'` would go
// through `cacheHandlers` (plural), which this app does not use.
//
// Two tiers: a bounded in-process LRU in front of Redis, so N instances render a page once and a
// hit on a warm instance costs one Redis round trip for the tag check only.
//
// Tags: revalidateTag/updateTag/revalidatePath (whose implicit tags are `_N_T_/path`) write a
// timestamp per tag to Redis; every get() compares the entry's tags — its `x-next-cache-tags`
// header for pages and routes, which holds the implicit path tags, or the fetch's tags and soft
// tags — against those timestamps. This is the check the distributed example in Next's
// `cacheHandlers` docs leaves out (vercel/next.js#95442). Tag keys expire a day after the longest
// an entry may live, so they do not grow without bound and cannot vanish before the entries they
// expire.
//
// Redis unreachable or hanging: every call answers from the local tier within COMMAND_TIMEOUT_MS,
// the outage is logged once, Redis is not asked again for a second, tag expiries made meanwhile
// are written when it answers again. This file is plain JavaScript because Next imports it at run
// time, outside the bundle.
import { createRequire } from 'node:module';
import { Redis } from 'ioredis';

const require = createRequire(import.meta.url);
const TAGS_HEADER = 'x-next-cache-tags';
const COMMAND_TIMEOUT_MS = 300;
const RETRY_AFTER_MS = 1_000;
const DAY_S = 24 * 60 * 60;

/** Next's own tag manifest, which IncrementalCache reads to mark an entry stale (revalidateTag 'max'). */
function nextTagsManifest() {
  try {
    return require('next/dist/server/lib/incremental-cache/tags-manifest.external.js').tagsManifest;
  } catch {
    return undefined;
  }
}

// ---------- serialisation: Buffers and Maps are written out explicitly ----------

/** @param {unknown} value @returns {unknown} */
function encode(value) {
  if (Buffer.isBuffer(value)) return { $b: value.toString('base64') };
  if (value instanceof Uint8Array) return { $b: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (value instanceof Map) return { $m: [...value].map(([k, v]) => [encode(k), encode(v)]) };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') {
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encode(v);
    if ('$b' in out || '$m' in out) return { $o: out };
    return out;
  }
  return value;
}

/** @param {unknown} value @returns {unknown} */
function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const v = /** @type {Record<string, unknown>} */ (value);
    if (typeof v.$b === 'string') return Buffer.from(v.$b, 'base64');
    if (Array.isArray(v.$m)) return new Map(v.$m.map(([k, x]) => [decode(k), decode(x)]));
    const src = v.$o && typeof v.$o === 'object' ? /** @type {Record<string, unknown>} */ (v.$o) : v;
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [k, x] of Object.entries(src)) out[k] = decode(x);
    return out;
  }
  return value;
}

/** @param {unknown} entry */
export function serialiseEntry(entry) {
  return JSON.stringify(encode(entry));
}

/** @param {string} text */
export function deserialiseEntry(text) {
  return decode(JSON.parse(text));
}

// ---------- the store ----------

/**
 * @typedef {{ stale?: number, expired?: number }} TagState
 * @typedef {{ lastModified: number, value: any, cacheControl?: any, tags: string[] }} Entry
 * @typedef {{ url?: string, prefix?: string, localMaxBytes?: number, entryTtlSeconds?: number,
 *   log?: (message: string) => void, now?: () => number }} StoreOptions
 */

/** The tags an entry answers to: its tags header (incl. implicit `_N_T_` path tags) or the fetch's tags. */
function entryTags(value, ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === 'string' && header ? header.split(',') : [];
  const fromCtx = [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
  return [...new Set([...fromHeader, ...fromCtx])];
}

/** @param {StoreOptions} [options] */
export function createPageStore(options = {}) {
  const prefix = options.prefix ?? process.env.PAGE_CACHE_PREFIX ?? 'toasoan:page:';
  const localMaxBytes = options.localMaxBytes ?? Number(process.env.PAGE_CACHE_LOCAL_MB ?? 128) * 1024 * 1024;
  const entryTtl = options.entryTtlSeconds ?? 7 * DAY_S;
  const tagTtl = entryTtl + DAY_S;
  const log = options.log ?? ((m) => console.warn(m));
  const now = options.now ?? (() => Date.now());

  /** @type {Map<string, { entry: Entry, size: number }>} */
  const local = new Map();
  let localBytes = 0;
  /** @type {Map<string, TagState>} */
  const tags = new Map();
  /** Tag expiries made while Redis did not answer, written when it answers again. */
  /** @type {Map<string, TagState>} */
  const pendingTags = new Map();

  let closing = false;
  let downSince = 0;
  let retryAt = 0;
  /** @type {Redis | undefined} */
  let redis;
  if (options.url) {
    redis = new Redis(options.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: 1_000,
      retryStrategy: () => RETRY_AFTER_MS,
      lazyConnect: false,
    });
    redis.on('error', (err) => markDown(err));
    redis.on('close', () => {
      if (!closing) markDown(new Error('connection closed'));
    });
    redis.on('ready', () => {
      if (downSince) log(`[page-cache] Redis trả lời trở lại sau ${Math.round((now() - downSince) / 1000)} s; dùng lại bộ nhớ đệm chung.`);
      downSince = 0;
      retryAt = 0;
      void flushPendingTags();
    });
  }

  function markDown(err) {
    retryAt = now() + RETRY_AFTER_MS;
    if (downSince) return;
    downSince = now();
    log(`[page-cache] Redis không trả lời (${err?.message ?? err}); tạm phục vụ từ bộ nhớ đệm trong tiến trình.`);
  }

  function redisUsable() {
    return !!redis && redis.status === 'ready' && now() >= retryAt;
  }

  /** Runs a Redis call; on any failure marks Redis down and answers `fallback`. */
  async function tryRedis(fn, fallback) {
    if (!redisUsable()) return fallback;
    try {
      // ioredis's commandTimeout does not cover pipelines and MULTI: bound every call here.
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${COMMAND_TIMEOUT_MS} ms`)), COMMAND_TIMEOUT_MS);
      });
      const result = await Promise.race([fn(/** @type {Redis} */ (redis)), timeout]).finally(() => clearTimeout(timer));
      if (downSince && redis?.status === 'ready') {
        log('[page-cache] Redis trả lời trở lại; dùng lại bộ nhớ đệm chung.');
        downSince = 0;
        void flushPendingTags();
      }
      return result;
    } catch (err) {
      markDown(err);
      return fallback;
    }
  }

  function localGet(key) {
    const hit = local.get(key);
    if (!hit) return undefined;
    if (now() - hit.entry.lastModified > entryTtl * 1000) {
      localDelete(key);
      return undefined;
    }
    local.delete(key);
    local.set(key, hit);
    return hit.entry;
  }

  function localSet(key, entry, size) {
    localDelete(key);
    if (size > localMaxBytes) return;
    local.set(key, { entry, size });
    localBytes += size;
    for (const [oldest, item] of local) {
      if (localBytes <= localMaxBytes) break;
      local.delete(oldest);
      localBytes -= item.size;
    }
  }

  function localDelete(key) {
    const hit = local.get(key);
    if (!hit) return;
    local.delete(key);
    localBytes -= hit.size;
  }

  function mergeTag(tag, state) {
    const old = tags.get(tag) ?? {};
    const merged = {
      stale: Math.max(old.stale ?? 0, state.stale ?? 0) || undefined,
      expired: Math.max(old.expired ?? 0, state.expired ?? 0) || undefined,
    };
    tags.set(tag, merged);
    if (merged.stale) {
      const manifest = nextTagsManifest();
      if (manifest) manifest.set(tag, { ...(manifest.get(tag) ?? {}), stale: merged.stale });
    }
    return merged;
  }

  async function writeTags(states) {
    return tryRedis(async (r) => {
      const multi = r.multi();
      for (const [tag, state] of states) {
        const fields = {};
        if (state.stale) fields.stale = String(state.stale);
        if (state.expired) fields.expired = String(state.expired);
        // HSET keeps the later of two instances' writes per field; a field only ever moves forward
        // in practice because both write "now".
        multi.hset(prefix + 't:' + tag, fields);
        multi.expire(prefix + 't:' + tag, tagTtl);
      }
      await multi.exec();
      return true;
    }, false);
  }

  async function flushPendingTags() {
    if (!pendingTags.size) return;
    const batch = new Map(pendingTags);
    pendingTags.clear();
    if (!(await writeTags(batch))) for (const [t, s] of batch) pendingTags.set(t, s);
  }

  /** Reads the tags' timestamps from Redis into the local map; with Redis away, the local map stands. */
  async function refreshTags(list) {
    if (!list.length) return;
    await tryRedis(async (r) => {
      const pipe = r.pipeline();
      for (const tag of list) pipe.hmget(prefix + 't:' + tag, 'stale', 'expired');
      const results = await pipe.exec();
      results?.forEach(([err, fields], i) => {
        if (err) throw err;
        const [stale, expired] = /** @type {(string | null)[]} */ (fields);
        if (stale || expired) mergeTag(list[i], { stale: Number(stale) || undefined, expired: Number(expired) || undefined });
      });
    }, undefined);
  }

  function isExpired(list, lastModified) {
    const t = now();
    return list.some((tag) => {
      const expired = tags.get(tag)?.expired;
      return typeof expired === 'number' && expired <= t && expired > lastModified;
    });
  }

  return {
    /** @param {string} key @param {any} ctx */
    async get(key, ctx) {
      try {
        let entry = localGet(key);
        if (!entry) {
          const text = await tryRedis((r) => r.get(prefix + 'e:' + key), null);
          if (text) {
            entry = /** @type {Entry} */ (deserialiseEntry(text));
            localSet(key, entry, text.length);
          }
        }
        if (!entry) return null;
        const list = [...new Set([...(entry.tags ?? []), ...entryTags(entry.value, ctx)])];
        await refreshTags(list);
        if (isExpired(list, entry.lastModified)) {
          localDelete(key);
          return null;
        }
        return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
      } catch (err) {
        log(`[page-cache] không đọc được ${key}: ${err?.message ?? err}`);
        return null;
      }
    },

    /** @param {string} key @param {any} value @param {any} ctx */
    async set(key, value, ctx) {
      try {
        /** @type {Entry} */
        const entry = { lastModified: now(), value, cacheControl: ctx?.cacheControl, tags: entryTags(value, ctx) };
        const text = serialiseEntry(entry);
        localSet(key, entry, text.length);
        const expire = ctx?.cacheControl?.expire;
        const ttl = typeof expire === 'number' && expire > 0 ? Math.min(expire, entryTtl) : entryTtl;
        await tryRedis((r) => r.set(prefix + 'e:' + key, text, 'EX', ttl), null);
      } catch (err) {
        log(`[page-cache] không ghi được ${key}: ${err?.message ?? err}`);
      }
    },

    /** @param {string | string[]} tagOrTags @param {{ expire?: number } | undefined} durations */
    async revalidateTag(tagOrTags, durations) {
      const list = typeof tagOrTags === 'string' ? [tagOrTags] : [...tagOrTags];
      if (!list.length) return;
      const t = now();
      /** @type {Map<string, TagState>} */
      const states = new Map();
      for (const tag of list) {
        const state = durations
          ? { stale: t, expired: durations.expire !== undefined ? t + durations.expire * 1000 : undefined }
          : { expired: t };
        mergeTag(tag, state);
        states.set(tag, state);
      }
      if (!(await writeTags(states))) for (const [tag, s] of states) pendingTags.set(tag, mergeStates(pendingTags.get(tag), s));
    },

    /** For tests and shutdown. */
    async close() {
      closing = true;
      redis?.disconnect();
    },
    /** For tests: what the local tier holds. */
    localKeys: () => [...local.keys()],
    redisStatus: () => redis?.status ?? 'none',
  };
}

function mergeStates(a, b) {
  return { stale: Math.max(a?.stale ?? 0, b.stale ?? 0) || undefined, expired: Math.max(a?.expired ?? 0, b.expired ?? 0) || undefined };
}

/** @type {{ __toasoanPageStore?: ReturnType<typeof createPageStore> }} */
const shared = /** @type {any} */ (globalThis);

/** Next builds one handler per request: they all share one store (one Redis connection, one LRU). */
export default class PageCacheHandler {
  constructor() {
    this.store = shared.__toasoanPageStore ??= createPageStore({ url: process.env.REDIS_URL });
  }
  get(key, ctx) {
    return this.store.get(key, ctx);
  }
  set(key, value, ctx) {
    return this.store.set(key, value, ctx);
  }
  revalidateTag(tags, durations) {
    return this.store.revalidateTag(tags, durations);
  }
  resetRequestCache() {}
}
