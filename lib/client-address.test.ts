import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';
import { appendPeerAddressToForwardedFor } from './peer-address';

describe('the client address', () => {
  it('ignores what the client wrote into X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '1.1.1.1, 203.0.113.7' }), 0)).toBe('203.0.113.7');
    expect(clientAddress({ 'x-forwarded-for': '1.1.1.1, 2.2.2.2,203.0.113.7' }, 0)).toBe('203.0.113.7');
  });

  it('reads the address that many hops from the right behind trusted proxies', () => {
    const headers = new Headers({ 'x-forwarded-for': 'rotated-by-client, 198.51.100.4, 10.0.0.2' });
    expect(clientAddress(headers, 1)).toBe('198.51.100.4');
    expect(clientAddress(headers, 2)).toBe('rotated-by-client');
    // Fewer hops than proxies: the request came round them; the leftmost hop is all we have.
    expect(clientAddress(new Headers({ 'x-forwarded-for': '10.0.0.2' }), 1)).toBe('10.0.0.2');
  });

  it('does not trust X-Real-IP and treats IPv4-mapped IPv6 as the same client', () => {
    expect(clientAddress(new Headers({ 'x-real-ip': '9.9.9.9' }), 0)).toBe('unknown');
    expect(clientAddress(new Headers({ 'x-forwarded-for': '::ffff:203.0.113.9' }), 0)).toBe('203.0.113.9');
  });

  describe('on a real server', () => {
    let server: http.Server;
    let port: number;
    beforeAll(async () => {
      appendPeerAddressToForwardedFor();
      server = http.createServer((req, res) => res.end(clientAddress(req.headers, 0)));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('answers the socket address, however the client rotates X-Forwarded-For', async () => {
      for (const forged of ['203.0.113.1', '198.51.100.2, 203.0.113.3', '']) {
        const res = await fetch(`http://127.0.0.1:${port}/`, { headers: forged ? { 'x-forwarded-for': forged } : {} });
        expect(await res.text()).toBe('127.0.0.1');
      }
    });
  });

  it('is the only reader of forwarding headers in the app (every limit, ban and hash goes through it)', () => {
    const allowed = new Set(['lib/client-address.ts', 'lib/peer-address.ts']);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
          const rel = path.relative(process.cwd(), full);
          if (!allowed.has(rel) && /['"`]x-(forwarded-for|real-ip)['"`]|\.remoteAddress/i.test(fs.readFileSync(full, 'utf8'))) offenders.push(rel);
        }
      }
    };
    for (const dir of ['app', 'lib', 'components', 'db']) walk(dir);
    for (const file of ['proxy.ts', 'instrumentation.ts', 'instrumentation-node.ts']) {
      if (/['"`]x-(forwarded-for|real-ip)['"`]|\.remoteAddress/i.test(fs.readFileSync(file, 'utf8'))) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
