import { readFileSync, statSync } from "node:fs";
import type { BuildProblem } from "../model/types.ts";

/** Larger files are refused: no article is this long, and a stray upload should not stall the build. */
export const maxFileBytes = 2 * 1024 * 1024;

/** Reads a content file as UTF-8 text, or says why it cannot be read as an article. */
export function readTextFile(file: string): { text?: string; problem?: BuildProblem } {
  const size = statSync(file).size;
  if (size > maxFileBytes) {
    return { problem: { file, field: "file", message: `is ${size} bytes; expected at most ${maxFileBytes} bytes of text` } };
  }
  const bytes = readFileSync(file);
  if (bytes.includes(0)) return { problem: { file, field: "file", message: "contains NUL bytes; expected a UTF-8 text file, not binary data" } };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { problem: { file, field: "file", message: "is not valid UTF-8; expected UTF-8 text (re-save the file as UTF-8)" } };
  }
}
