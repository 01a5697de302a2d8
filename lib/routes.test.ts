import { inRequestScope } from '@/test/request-scope';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { POST as uploadPhoto } from '@/app/api/anh/route';
import { POST as createStory } from '@/app/api/bai-viet/route';
import { PUT as saveStory } from '@/app/api/bai-viet/[id]/route';
import { POST as expireCache } from '@/app/api/bo-nho-dem/het-han/route';
import { POST as likeRoute } from '@/app/api/binh-luan/thich/route';
import { POST as moveClock } from '@/app/api/e2e/dong-ho/route';
import { POST as viewBeacon } from '@/app/api/luot-doc/route';
import type { User } from '@/db/schema';
import { sessionCookieName } from '@/lib/auth/options';
import { maxUploadBytes, mediaMessages } from '@/lib/media/library';
import { withTestDatabase } from '@/test/database';
import { createUser, sessionToken } from '@/test/fixtures';
import { DomainError, type DomainErrorCode } from './errors';
import { noInput, publicRoute, routeMessages, statusOf } from './routes';

withTestDatabase();

const SITE = 'http://toasoan.test';
const noParams = { params: Promise.resolve({}) };

/** A body that never ends by itself: it counts what the server pulled, as a socket would. */
function endlessBody(chunkBytes = 4096) {
  const pulled = { bytes: 0 };
  const chunk = new Uint8Array(chunkBytes).fill(0x20);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        pulled.bytes += chunk.byteLength;
        if (pulled.bytes > 100 * 1024 * 1024) return controller.close();
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled };
}

function request(path: string, { method = 'POST', body, headers = {} }: { method?: string; body?: BodyInit | null; headers?: Record<string, string> } = {}) {
  return new Request(`${SITE}${path}`, {
    method,
    body,
    headers: { host: 'toasoan.test', ...headers },
    duplex: 'half',
  } as RequestInit);
}

const json = (path: string, value: unknown, headers: Record<string, string> = {}) =>
  request(path, { body: JSON.stringify(value), headers: { 'content-type': 'application/json', ...headers } });

async function answer(res: Response) {
  return { status: res.status, body: await res.json() };
}

describe('the doors refuse what is not from our pages', () => {
  it('answers 403 to Origin null or garbage on the desk routes, and on a reader’s post, never 500', async () => {
    for (const origin of ['null', 'not a url', 'https://evil.example', 'file://']) {
      const headers = { origin };
      expect(await answer(await createStory(json('/api/bai-viet', {}, headers), noParams))).toEqual({
        status: 403,
        body: { ok: false, message: routeMessages.foreign },
      });
      expect((await saveStory(json('/api/bai-viet/1', {}, headers), { params: Promise.resolve({ id: '1' }) })).status).toBe(403);
      expect((await likeRoute(json('/api/binh-luan/thich', { commentId: 1 }, headers), noParams)).status).toBe(403);
    }
  });

  it('refuses a body that is not JSON where JSON is expected (a form another site could post)', async () => {
    const res = await createStory(request('/api/bai-viet', { body: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), noParams);
    expect(await answer(res)).toEqual({ status: 415, body: { ok: false, message: routeMessages.notJson } });
    expect((await viewBeacon(request('/api/luot-doc', { body: '{"articleId":1}', headers: { 'content-type': 'text/plain' } }), noParams)).status).toBe(415);
  });
});

describe('bodies are read no further than the limit', () => {
  it('stops reading an anonymous chunked body at the limit and answers 413', async () => {
    const { stream, pulled } = endlessBody();
    const res = await viewBeacon(request('/api/luot-doc', { body: stream, headers: { 'content-type': 'application/json' } }), noParams);
    expect(await answer(res)).toEqual({ status: 413, body: { ok: false, message: routeMessages.tooLarge(16 * 1024) } });
    // 16 KB allowed: what was pulled is the limit and at most one chunk past it, not the 100 MB offered.
    expect(pulled.bytes).toBeLessThanOrEqual(16 * 1024 + 2 * 4096);
  });

  it('refuses a body announced as too large before reading any of it', async () => {
    const { stream, pulled } = endlessBody();
    const res = await viewBeacon(request('/api/luot-doc', { body: stream, headers: { 'content-type': 'application/json', 'content-length': String(100 * 1024 * 1024) } }), noParams);
    expect(res.status).toBe(413);
    expect(pulled.bytes).toBe(0);
  });

  it('cuts a chunked multipart form at the limit before the form parser holds it', async () => {
    const upload = publicRoute(z.object({ file: z.instanceof(File) }), async ({ file }) => ({ size: file.size }), { body: 'form', limit: { bytes: 64 * 1024, message: 'Tệp quá lớn.' } });
    const boundary = 'ranh-gioi';
    const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
    const { stream: rest, pulled } = endlessBody();
    const reader = rest.getReader();
    let sentHead = false;
    const body = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          if (!sentHead) {
            sentHead = true;
            return controller.enqueue(head);
          }
          const { done, value } = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        },
      },
      { highWaterMark: 0 },
    );
    const res = await upload(request('/api/anh', { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }), noParams);
    expect(await answer(res)).toEqual({ status: 413, body: { ok: false, message: 'Tệp quá lớn.' } });
    expect(pulled.bytes).toBeLessThanOrEqual(64 * 1024 + 2 * 4096);

    // Within the limit, the same door hands the file over.
    const small = new FormData();
    small.set('file', new File([new Uint8Array(1000)], 'a.jpg', { type: 'image/jpeg' }));
    expect(await answer(await upload(request('/api/anh', { body: small }), noParams))).toEqual({ status: 200, body: { ok: true, size: 1000 } });
  });
});

/** The cookie next-auth sets at sign-in, for this user. */
async function sessionCookie(user: User) {
  const token = await sessionToken(user);
  return `${sessionCookieName()}=${token}`;
}

/** A chunked multipart upload that would go on for 100 MB. */
function endlessUpload(headers: Record<string, string> = {}) {
  const { stream, pulled } = endlessBody(64 * 1024);
  const req = request('/api/anh', { body: stream, headers: { 'content-type': 'multipart/form-data; boundary=ranh-gioi', ...headers } });
  return { req, pulled, send: () => inRequestScope(req, () => uploadPhoto(req, noParams)) };
}

describe('the desk’s door', () => {
  it('reads nothing of a body before it knows who sends it and that they may', async () => {
    const anonymous = endlessUpload();
    expect(await answer(await anonymous.send())).toEqual({ status: 401, body: { ok: false, message: 'Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.' } });
    expect(anonymous.pulled.bytes).toBe(0);
    const moderator = endlessUpload({ cookie: await sessionCookie(await createUser({ role: 'moderator' })) });
    expect((await moderator.send()).status).toBe(403);
    expect(moderator.pulled.bytes).toBe(0);
  });

  it('cuts a reporter’s chunked upload at the photo limit instead of reading it whole', async () => {
    const limit = await maxUploadBytes();
    const upload = endlessUpload({ cookie: await sessionCookie(await createUser({ role: 'reporter' })) });
    expect(await answer(await upload.send())).toEqual({ status: 413, body: { ok: false, message: mediaMessages.tooLarge(limit / 1024 / 1024) } });
    expect(upload.pulled.bytes).toBeGreaterThan(limit);
    expect(upload.pulled.bytes).toBeLessThanOrEqual(limit + 64 * 1024 + 2 * 64 * 1024);
  });
});

describe('one error shape, one status map', () => {
  it('answers invalid JSON 400 and invalid input 422 with the fields, in Vietnamese', async () => {
    const broken = await viewBeacon(request('/api/luot-doc', { body: '{"articleId":', headers: { 'content-type': 'application/json' } }), noParams);
    expect(await answer(broken)).toEqual({ status: 400, body: { ok: false, message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' } });
    const invalid = await answer(await viewBeacon(json('/api/luot-doc', { articleId: 9_999_999_999 }), noParams));
    expect(invalid.status).toBe(422);
    expect(invalid.body).toMatchObject({ ok: false, message: routeMessages.invalid, fieldErrors: { articleId: [expect.stringMatching(/^Quá lớn/)] } });
  });

  it('answers each domain error with its status and its own message', async () => {
    for (const [code, status] of Object.entries(statusOf) as [DomainErrorCode, number][]) {
      const route = publicRoute(noInput, async () => {
        throw new DomainError(code, `Lỗi ${code}`);
      });
      expect(await answer(await route(request('/x', { method: 'GET' }), noParams))).toEqual({ status, body: { ok: false, message: `Lỗi ${code}` } });
    }
    // A real one: the view of a story that does not exist.
    expect(await answer(await viewBeacon(json('/api/luot-doc', { articleId: 2_000_000_000 }), noParams))).toMatchObject({ status: 404, body: { ok: false } });
  });

  it('answers an unexpected error 500 without telling what it was', async () => {
    const route = publicRoute(noInput, async () => {
      throw new Error('relation "users" does not exist at /srv/app/db.ts:12');
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const res = await answer(await route(request('/x', { method: 'GET' }), noParams));
      expect(res).toEqual({ status: 500, body: { ok: false, message: routeMessages.unexpected } });
      expect(JSON.stringify(res.body)).not.toMatch(/relation|users|srv/);
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1); // logged for us, not sent to them
  });
});

describe('the readers’ door', () => {
  it('gives a browser without one an id with the answer, and keeps an id it already has', async () => {
    const route = publicRoute(noInput, async (_input, { browserId }) => ({ id: browserId() }));
    const first = await route(request('/x', { method: 'GET' }), noParams);
    const { id } = await first.json();
    expect(first.headers.get('set-cookie')).toBe(`ts_ban_doc=${id}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax`);
    const again = await route(request('/x', { method: 'GET', headers: { cookie: `a=b; ts_ban_doc=${id}` } }), noParams);
    expect(await again.json()).toEqual({ ok: true, id });
    expect(again.headers.get('set-cookie')).toBeNull();
  });
});

describe('the internal door', () => {
  it('refuses the cache expiry without this deployment’s token, and hides the e2e clock where it is off', async () => {
    expect(await answer(await expireCache(json('/api/bo-nho-dem/het-han', { path: null }, { 'x-toasoan-token': 'doan-bua' }), noParams))).toEqual({
      status: 403,
      body: { ok: false, message: 'Không có quyền.' },
    });
    expect((await moveClock(json('/api/e2e/dong-ho', { at: null }), noParams)).status).toBe(404);
  });
});

describe('every route handler', () => {
  it('goes through one of the three doors (next-auth’s own handler is the one exception)', () => {
    const app = path.resolve(import.meta.dirname, '../app');
    const handlers = readdirSync(app, { recursive: true, encoding: 'utf8' }).filter((f) => path.basename(f) === 'route.ts');
    expect(handlers.length).toBeGreaterThan(15);
    const astray = handlers
      .filter((f) => f !== path.join('api', 'auth', '[...nextauth]', 'route.ts'))
      .flatMap((f) => {
        const source = readFileSync(path.join(app, f), 'utf8');
        const methods = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b(\s*=\s*(\w+))?/g)];
        const reexports = /export\s*\{[^}]*\b(GET|POST|PUT|PATCH|DELETE)\b/.test(source);
        if (!methods.length && !reexports) return [`${f}: no handler found`];
        return [
          ...(reexports ? [`${f}: re-exported handler`] : []),
          ...methods.filter((m) => !['deskRoute', 'publicRoute', 'internalRoute'].includes(m[3] ?? '')).map((m) => `${f}: ${m[1]}`),
        ];
      });
    expect(astray).toEqual([]);
  });
});
