import { crc32, deflateSync } from "node:zlib";

/** An RGB colour, 0–255 each. */
export type Rgb = readonly [number, number, number];

/** One PNG chunk: length, type, data, CRC. */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A PNG (8-bit RGB, no interlace) of `width` × `height` whose pixel colours `paint(x, y)` gives,
 * encoded here (zlib only): deterministic and synchronous, for the synthetic site and fixtures.
 */
export function encodePng(width: number, height: number, paint: (x: number, y: number) => Rgb): Buffer {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1); // each row starts with filter type 0
    for (let x = 0; x < width; x++) rows.set(paint(x, y), row + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type 2 (RGB), deflate, adaptive filters, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]);
}

/** A bar chart on white (an infographic's shape): `bars` heights from 0 to 1, in the site's brand red and greys. */
export function barChartPng(width: number, height: number, bars: readonly number[]): Buffer {
  const colours: Rgb[] = [[143, 20, 20], [80, 90, 95], [11, 58, 117]];
  const slot = width / bars.length;
  return encodePng(width, height, (x, y) => {
    const index = Math.floor(x / slot);
    const inBar = x - index * slot > slot * 0.2 && x - index * slot < slot * 0.8 && y > height * (1 - bars[index]! * 0.9);
    if (y === height - 1 || x === 0) return [27, 27, 27]; // axes
    return inBar ? colours[index % colours.length]! : [255, 255, 255];
  });
}
