import { describe, expect, it } from 'vitest';
import { linkifySegments } from './linkify';

describe('links in comment text', () => {
  it('turns http and https addresses into links and keeps the rest as text', () => {
    expect(linkifySegments('Xem https://baochinhphu.vn/tin-1.htm, rất hay.')).toEqual([
      { text: 'Xem ' },
      { text: 'https://baochinhphu.vn/tin-1.htm', href: 'https://baochinhphu.vn/tin-1.htm' },
      { text: ', rất hay.' },
    ]);
  });

  it('never links other schemes', () => {
    const segments = linkifySegments('javascript:alert(1) data:text/html,<b>x</b> vbscript:x');
    expect(segments.every((s) => s.href === undefined)).toBe(true);
    expect(segments.map((s) => s.text).join('')).toBe('javascript:alert(1) data:text/html,<b>x</b> vbscript:x');
  });

  it('stops a link at quotes and angle brackets', () => {
    const segments = linkifySegments('<a href="https://x.vn/"onmouseover=alert(1)>');
    const link = segments.find((s) => s.href);
    expect(link?.href).toBe('https://x.vn/');
    expect(segments.map((s) => s.text).join('')).toBe('<a href="https://x.vn/"onmouseover=alert(1)>');
  });
});
