import type { BuildProblem } from "../model/types.ts";

/**
 * Problems with a body's tables: each needs a caption — the line 表：… directly above it —
 * so that a screen-reader user hears what the table is before its cells.
 */
export function checkTables(tables: readonly { line: number; captioned: boolean }[], file: string): BuildProblem[] {
  return tables
    .filter(({ captioned }) => !captioned)
    .map(({ line }) => ({ file, line, field: "table", message: "has no caption; expected a line 表：<what the table shows> (e.g. 表：2025年补贴标准) directly above the table" }));
}
