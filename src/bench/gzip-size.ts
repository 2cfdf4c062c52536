import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

/** Bytes as stored and gzipped at the level most servers use (6) and at the maximum (9). */
export function gzipSizeOf(bytes: Buffer | string): { raw: number; gzip6: number; gzip9: number } {
  const buffer = Buffer.from(bytes);
  return { raw: buffer.length, gzip6: gzipSync(buffer, { level: 6 }).length, gzip9: gzipSync(buffer, { level: 9 }).length };
}

/** The same for a file. */
export function gzipSize(file: string): { raw: number; gzip6: number; gzip9: number } {
  return gzipSizeOf(readFileSync(file));
}
