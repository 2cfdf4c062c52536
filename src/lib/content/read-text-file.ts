import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import type { BuildProblem } from "../model/types.ts";

/** Larger files are refused: no article is this long, and a stray upload should not stall the build. */
export const maxFileBytes = 2 * 1024 * 1024;

/**
 * Reads at most `max` + 1 bytes of a regular file. Opened without blocking and checked
 * after opening (not before), so a FIFO or a device swapped in after the listing cannot
 * hang the build, and a file growing while it is read cannot exhaust memory.
 */
function readBounded(file: string, max: number): Buffer | string {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return "is not a regular file (a pipe, a device or a folder); expected a text file";
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > max) break;
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Reads a content file as UTF-8 text, or says why it cannot be read as an article. */
export function readTextFile(file: string): { text?: string; problem?: BuildProblem } {
  const bytes = readBounded(file, maxFileBytes);
  if (typeof bytes === "string") return { problem: { file, field: "file", message: bytes } };
  if (bytes.length > maxFileBytes) {
    return { problem: { file, field: "file", message: `is more than ${maxFileBytes} bytes; expected at most ${maxFileBytes} bytes of text` } };
  }
  if (bytes.includes(0)) return { problem: { file, field: "file", message: "contains NUL bytes; expected a UTF-8 text file, not binary data" } };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { problem: { file, field: "file", message: "is not valid UTF-8; expected UTF-8 text (re-save the file as UTF-8)" } };
  }
}
