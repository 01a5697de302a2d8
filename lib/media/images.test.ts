import zlib from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '@/lib/errors';
import { imageMessages, processImage } from './images';

/** A photo as a phone sends it: EXIF with GPS (libvips calls the GPS directory IFD3), and an orientation tag saying "turn me 90°". */
async function phonePhoto() {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: '#b5651d' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Pro 15', Copyright: 'Minh Anh' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '10/1 46/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 42/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

async function refusal(bytes: Buffer) {
  try {
    await processImage(bytes);
  } catch (err) {
    if (isDomainError(err)) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('accepted');
}

/** A valid PNG header claiming a huge canvas, with almost no data: a decompression bomb's shape. */
function pngClaiming(width: number, height: number) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(width + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('processImage', () => {
  it('strips EXIF and GPS from a phone photo and applies its orientation', async () => {
    const input = await phonePhoto();
    // The GPS IFD pointer (tag 0x8825) is in the phone's EXIF, little- or big-endian.
    const hasGps = (exif?: Buffer) => !!exif && (exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25])));
    expect(hasGps((await sharp(input).metadata()).exif)).toBe(true);
    const out = await processImage(input);
    const meta = await sharp(out.original).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(out.original.includes(Buffer.from('PhoneMaker'))).toBe(false);
    // Turned upright: the 1200 × 800 landscape with orientation 6 is a portrait.
    expect([out.width, out.height]).toEqual([800, 1200]);
    expect(meta.orientation ?? 1).toBe(1);
    expect(out.type).toBe('jpeg');
  });

  it('keeps the format and makes WebP renditions narrower than the original', async () => {
    const png = await sharp({ create: { width: 1000, height: 500, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 0.5 } } }).png().toBuffer();
    const out = await processImage(png);
    expect(out).toMatchObject({ type: 'png', mime: 'image/png', ext: 'png', width: 1000, height: 500 });
    expect((await sharp(out.original).metadata()).hasAlpha).toBe(true);
    expect(out.renditions.map((r) => [r.width, r.height])).toEqual([
      [480, 240],
      [960, 480],
    ]);
    expect((await sharp(out.renditions[0].data).metadata()).format).toBe('webp');
  });

  it('re-encodes AVIF, WebP and GIF too', async () => {
    const base = () => sharp({ create: { width: 30, height: 20, channels: 3, background: '#123456' } });
    for (const [type, bytes] of [
      ['avif', await base().avif().toBuffer()],
      ['webp', await base().webp().toBuffer()],
      ['gif', await base().gif().toBuffer()],
    ] as const) {
      const out = await processImage(bytes);
      expect(out).toMatchObject({ type, width: 30, height: 20, renditions: [] });
    }
  });

  it('refuses a file whose header claims absurd pixel dimensions, before decoding it', async () => {
    const bomb = pngClaiming(20_000, 20_000);
    expect(bomb.length).toBeLessThan(100_000);
    expect(await refusal(bomb)).toEqual({ code: 'too_large', message: imageMessages.tooManyPixels });
    expect(await refusal(pngClaiming(40_000, 10))).toEqual({ code: 'too_large', message: imageMessages.tooManyPixels });
  });

  it('refuses a truncated photo that sharp cannot decode', async () => {
    const photo = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#777' } })
      .composite([{ input: Buffer.alloc(600 * 400 * 3, 0x5a), raw: { width: 600, height: 400, channels: 3 }, blend: 'difference' }])
      .jpeg()
      .toBuffer();
    expect(await refusal(photo.subarray(0, Math.floor(photo.length * 0.6)))).toEqual({ code: 'invalid_input', message: imageMessages.broken });
  });

  it('refuses SVG, HTML and zero bytes with their own messages', async () => {
    expect(await refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ code: 'unsupported_type', message: imageMessages.svg });
    expect(await refusal(Buffer.from('<html><script>alert(1)</script></html>'))).toEqual({ code: 'unsupported_type', message: imageMessages.markup });
    expect(await refusal(Buffer.alloc(0))).toEqual({ code: 'invalid_input', message: imageMessages.empty });
  });
});
