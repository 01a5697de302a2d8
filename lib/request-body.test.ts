import { describe, expect, it } from 'vitest';
import { readJsonBody } from './request-body';

const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request('http://localhost/api/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('readJsonBody', () => {
  it('reads JSON within the limit', async () => {
    expect(await readJsonBody(post(JSON.stringify({ title: 'Tiêu đề' })), 1000)).toEqual({ ok: true, value: { title: 'Tiêu đề' } });
  });

  it('refuses a body over the limit, whether its length is declared or not', async () => {
    expect(await readJsonBody(post('{}', { 'content-length': '5000000' }), 1000)).toEqual({ ok: false, reason: 'too_large' });
    const big = new ReadableStream({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('a'.repeat(600)));
      },
    });
    expect(await readJsonBody(post(big), 1000)).toEqual({ ok: false, reason: 'too_large' });
  });

  it('calls garbage and an empty body invalid', async () => {
    expect(await readJsonBody(post('{not json'), 1000)).toEqual({ ok: false, reason: 'invalid' });
    expect(await readJsonBody(new Request('http://localhost/api/x', { method: 'POST' }), 1000)).toEqual({ ok: false, reason: 'invalid' });
  });
});
