import crypto from 'node:crypto';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { containsMarkup, type ImageType, sniffImage } from './sniff';

const base = () => sharp({ create: { width: 40, height: 30, channels: 3, background: '#2a6f97' } });
const real: Record<ImageType, Buffer> = {} as Record<ImageType, Buffer>;

beforeAll(async () => {
  real.jpeg = await base().jpeg().toBuffer();
  real.png = await base().png().toBuffer();
  real.webp = await base().webp().toBuffer();
  real.avif = await base().avif().toBuffer();
  real.gif = await base().gif().toBuffer();
});

const svg = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>');

describe('sniffImage', () => {
  it.each(['jpeg', 'png', 'webp', 'avif', 'gif'] as const)('accepts a real %s made by sharp, by its bytes', (type) => {
    expect(sniffImage(real[type])).toEqual({ ok: true, type, mime: `image/${type}` });
  });

  it('refuses SVG, with its own message', () => {
    expect(sniffImage(svg)).toEqual({ ok: false, refusal: 'svg' });
    expect(sniffImage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('\n  '), svg]))).toEqual({ ok: false, refusal: 'svg' });
  });

  it('refuses HTML', () => {
    expect(sniffImage(Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'))).toEqual({ ok: false, refusal: 'markup' });
  });

  it.each([
    ['a GIF header followed by a script', () => Buffer.concat([Buffer.from('GIF89a/*'), Buffer.from('*/=1;<script>alert(document.cookie)</script>')])],
    ['a JPEG with HTML after its end marker', () => Buffer.concat([real.jpeg, Buffer.from('<html><body onload="x()">')])],
    ['a PNG with PHP in a trailing chunk', () => Buffer.concat([real.png, Buffer.from('<?php system($_GET["c"]); ?>')])],
    ['a JPEG with an SVG in the middle', () => Buffer.concat([real.jpeg.subarray(0, 20), Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'), real.jpeg.subarray(20)])],
    ['a WebP carrying an img onerror', () => Buffer.concat([real.webp, Buffer.from('<IMG SRC=x OnError=alert(1)>')])],
  ])('refuses a polyglot: %s', (_name, make) => {
    expect(sniffImage(make())).toEqual({ ok: false, refusal: 'markup' });
  });

  it('finds markup that straddles the 1 MB chunks it scans in', () => {
    const big = Buffer.alloc(1 << 21, 0);
    Buffer.from('<script>x</script>').copy(big, (1 << 20) - 4);
    expect(containsMarkup(big)).toBe(true);
  });

  it('refuses a truncated header and zero bytes', () => {
    expect(sniffImage(real.jpeg.subarray(0, 2))).toEqual({ ok: false, refusal: 'unknown' });
    expect(sniffImage(real.png.subarray(0, 5))).toEqual({ ok: false, refusal: 'unknown' });
    expect(sniffImage(Buffer.alloc(0))).toEqual({ ok: false, refusal: 'empty' });
  });

  it('refuses other formats whatever they are called (TIFF, BMP, HEIC, PDF, random bytes)', async () => {
    const tiff = await base().tiff().toBuffer();
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.from([0, 0, 0, 0]), Buffer.from('mif1heic')]);
    for (const bytes of [tiff, Buffer.from('BM\x00\x00'), heic, Buffer.from('%PDF-1.7\n'), crypto.randomBytes(4096)]) {
      expect(sniffImage(bytes)).toEqual({ ok: false, refusal: 'unknown' });
    }
  });

  it('does not mistake real image data for markup: a large noisy photo passes', async () => {
    const noise = await sharp(crypto.randomBytes(1200 * 900 * 3), { raw: { width: 1200, height: 900, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
    expect(noise.length).toBeGreaterThan(1_000_000);
    expect(sniffImage(noise)).toMatchObject({ ok: true, type: 'jpeg' });
  });

  it('raises no false alarm in 64 MB of random bytes (compressed data looks random)', () => {
    // The expected number of false alarms here is about 2×10⁻⁵ (see MARKUP in sniff.ts).
    for (let i = 0; i < 8; i++) expect(containsMarkup(crypto.randomBytes(8 << 20))).toBe(false);
  });
});
