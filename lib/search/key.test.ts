import { describe, expect, it } from 'vitest';
import { decodeSearchKey, encodeSearchKey } from './key';

describe('a search as a cacheable path segment', () => {
  it('round-trips the search parameters, in any order, and drops unknown ones', () => {
    const a = encodeSearchKey(new URLSearchParams('q=họp mặt&chuyen-muc=thoi-su&tu-ngay=2026-01-01&trang=2&utm_source=x'));
    const b = encodeSearchKey(new URLSearchParams('trang=2&tu-ngay=2026-01-01&q=họp mặt&chuyen-muc=thoi-su'));
    expect(a).toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSearchKey(a)).toEqual({ 'chuyen-muc': 'thoi-su', q: 'họp mặt', trang: '2', 'tu-ngay': '2026-01-01' });
  });

  it('turns a forged or broken key into an empty search, never an error', () => {
    for (const key of ['', '!!!', Buffer.from('{"q":1}').toString('base64url'), Buffer.from('[[1,2],["q"]]').toString('base64url')]) {
      expect(decodeSearchKey(key)).toEqual({});
    }
  });
});
