import type { BuildProblem } from "../model/types.ts";
import { readTextFile } from "../content/read-text-file.ts";
import { type OverrideRow, parseOverrides, rowPlace } from "./overrides.ts";

/** The rows that apply to one page: its own, and the nearest row of a folder it is in. */
export interface PageOverrides {
  file?: OverrideRow | undefined;
  folder?: OverrideRow | undefined;
}

/**
 * Reads every overrides.csv of the legacy folder and checks each row against the pages
 * there (a row that names no page is a typo, reported rather than ignored). `lookup` gives
 * the rows for a page: its own row, and the row of the deepest folder that holds it.
 */
export function loadOverrides(csvFiles: readonly string[], pages: readonly string[]): { lookup: (page: string) => PageOverrides; problems: BuildProblem[] } {
  const problems: BuildProblem[] = [];
  const byFile = new Map<string, OverrideRow>();
  const folders: OverrideRow[] = [];
  for (const csv of csvFiles) {
    const { text, problem } = readTextFile(csv);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const parsed = parseOverrides(text!, csv);
    problems.push(...parsed.problems);
    for (const row of parsed.rows) {
      const { file, line } = row;
      if (row.folder ? !pages.some((page) => page.startsWith(row.path)) : !pages.includes(row.path)) {
        problems.push({ file, line, field: "path", message: `names ${row.path}, which holds no page (.txt) of the legacy folder; expected an existing page or folder` });
      } else if (row.folder) folders.push(row);
      else if (byFile.has(row.path)) problems.push({ file, line, field: "path", message: `gives ${row.path} a row already given in ${rowPlace(byFile.get(row.path)!)}; expected one row a page` });
      else byFile.set(row.path, row);
    }
  }
  folders.sort((a, b) => b.path.length - a.path.length); // deepest first
  problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : 0)); // each file's lines in order
  return { lookup: (page) => ({ file: byFile.get(page), folder: folders.find((row) => page.startsWith(row.path)) }), problems };
}
