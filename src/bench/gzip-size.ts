import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

/** Bytes of a file as stored and gzipped at the level most servers use (6) and at the maximum (9). */
export function gzipSize(file: string): { raw: number; gzip6: number; gzip9: number } {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip6: gzipSync(bytes, { level: 6 }).length, gzip9: gzipSync(bytes, { level: 9 }).length };
}
