import { describe, expect, it } from 'vitest';
import { isStrictPage, newNonce, staticCsp, staticHeaderRules, strictCsp } from './security-headers';

const headerNames = (rules: ReturnType<typeof staticHeaderRules>) => rules.flatMap((r) => r.headers.map((h) => h.key));

describe('security headers', () => {
  it('send HSTS and upgrade requests only for an https site', () => {
    const https = staticHeaderRules({ siteUrl: 'https://bao.example', dev: false });
    expect(https.find((r) => r.source === '/:path*')?.headers).toContainEqual({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' });
    expect(staticCsp({ https: true, dev: false })).toContain('upgrade-insecure-requests');
    const http = staticHeaderRules({ siteUrl: 'http://localhost:3000', dev: false });
    expect(headerNames(http)).not.toContain('Strict-Transport-Security');
    expect(staticCsp({ https: false, dev: false })).not.toContain('upgrade-insecure-requests');
  });

  it('give the desk and sign-in a nonce and no framing; reader pages a static policy without eval', () => {
    expect(['/desk', '/desk/bai-viet/1', '/dang-nhap', '/dat-mat-khau/abc'].every(isStrictPage)).toBe(true);
    expect(['/', '/desktop', '/thoi-su/bai-1', '/xem-truoc/1', '/api/anh', '/media/x.jpg'].some(isStrictPage)).toBe(false);
    const nonce = newNonce();
    expect(nonce).not.toBe(newNonce());
    expect(strictCsp({ nonce, https: false, dev: false })).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; frame-ancestors 'none'`);
    expect(staticCsp({ https: false, dev: false })).not.toContain('unsafe-eval');
    expect(staticCsp({ https: false, dev: true })).toContain('unsafe-eval');
  });
});
