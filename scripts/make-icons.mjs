// Makes the site's icons from public/icon.svg (run by hand after changing the drawing; the PNGs and
// favicon.ico are committed): 192 and 512 for the web manifest, 180 for iOS, and a favicon.ico
// holding 16, 32 and 48 pixel PNGs.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const dir = path.join(import.meta.dirname, '..', 'public');
const svg = fs.readFileSync(path.join(dir, 'icon.svg'));
// iOS draws its own rounded corners and shows transparent ones black: its icon is full-bleed.
const square = Buffer.from(svg.toString().replace('rx="96" ', ''));
const png = (size, drawing = svg) => sharp(drawing, { density: 300 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

fs.writeFileSync(path.join(dir, 'icon-192.png'), await png(192));
fs.writeFileSync(path.join(dir, 'icon-512.png'), await png(512));
fs.writeFileSync(path.join(dir, 'apple-touch-icon.png'), await png(180, square));

// An .ico is a directory of images; every browser in use reads PNG entries.
const sizes = [16, 32, 48];
const images = await Promise.all(sizes.map((size) => png(size)));
const header = Buffer.alloc(6 + 16 * sizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(sizes.length, 4);
let offset = header.length;
sizes.forEach((size, i) => {
  const at = 6 + 16 * i;
  header.writeUInt8(size, at);
  header.writeUInt8(size, at + 1);
  header.writeUInt16LE(1, at + 4);
  header.writeUInt16LE(32, at + 6);
  header.writeUInt32LE(images[i].length, at + 8);
  header.writeUInt32LE(offset, at + 12);
  offset += images[i].length;
});
fs.writeFileSync(path.join(dir, 'favicon.ico'), Buffer.concat([header, ...images]));
