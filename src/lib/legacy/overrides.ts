import { dirname, isAbsolute, join, normalize, sep } from "node:path";
import type { BuildProblem } from "../model/types.ts";
import { parseCsv } from "../text/csv.ts";
import { plainText } from "../text/plain-text-schema.ts";
import { parsePublishTime } from "../text/shanghai-time.ts";

/** The name of the file that overrides what the importer derives, in any folder of legacy/. */
export const overridesFileName = "overrides.csv";

/** A date an overrides row gives: the whole date, or only the year (month and day from the page). */
export interface OverrideDate {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
  hour?: number | undefined;
  minute?: number | undefined;
}

/** One row of an overrides.csv: for one page, or (path ending in /) for every page of a folder. */
export interface OverrideRow {
  /** The page file, or the folder (with a trailing separator), joined to the CSV's folder. */
  path: string;
  folder: boolean;
  date?: OverrideDate | undefined;
  title?: string | undefined;
  /** The overrides.csv the row is in, and its line. */
  file: string;
  line: number;
}

/** Where a row is, for messages: legacy/overrides.csv:3 */
export const rowPlace = (row: OverrideRow) => `${row.file}:${row.line}`;

export const overridesRules = {
  header: "a first row path,date or path,date,title",
  path: "a page's path relative to this file (2019/123.txt), or a folder ending in / (2019/, ./ for this file's own folder)",
  date: "YYYY (the year; month and day from the page), YYYY-MM-DD or YYYY-MM-DD HH:MM (Beijing time); a folder row takes a year only",
  title: "a title of 1 to 200 characters, on a page's row only",
} as const;

const titleSchema = plainText(1, 200);

/** Reads a date cell: undefined for an empty cell, a string when it is not a date. */
function readDate(cell: string): OverrideDate | string | undefined {
  if (cell === "") return undefined;
  if (/^\d{4}$/.test(cell)) return Number(cell) >= 1949 && Number(cell) <= 2100 ? { year: Number(cell) } : cell;
  const time = parsePublishTime(cell);
  if (!time) return cell;
  const [year, month, day, hour, minute] = time.meta.split(/[- :]/).map(Number);
  return { year: year!, month, day, hour, minute };
}

/** Parses one overrides.csv; paths are joined to its folder. */
export function parseOverrides(text: string, file: string): { rows: OverrideRow[]; problems: BuildProblem[] } {
  const problems: BuildProblem[] = [];
  const problem = (line: number, field: string, message: string) => problems.push({ file, line, field, message });
  const { rows, unclosedAt } = parseCsv(text);
  if (unclosedAt !== undefined) problem(unclosedAt, "(file)", 'has a " that is never closed; expected "quoted" cells to end with "');
  const [header, ...body] = rows;
  const columns = header?.cells.map((cell) => cell.toLowerCase()) ?? [];
  if (columns[0] !== "path" || columns[1] !== "date" || !(columns.length === 2 || (columns.length === 3 && columns[2] === "title"))) {
    problem(header?.line ?? 1, "header", `is "${header?.cells.join(",") ?? ""}"; expected ${overridesRules.header}`);
    return { rows: [], problems };
  }
  const parsed: OverrideRow[] = [];
  const seen = new Set<string>();
  for (const { line, cells } of body) {
    const [path = "", dateCell = "", titleCell = "", ...extra] = cells;
    const folder = path.endsWith("/");
    const relative = normalize(path.replace(/\/$/, "") || ".");
    const before = problems.length;
    if (extra.length || (columns.length === 2 && cells.length > 2)) problem(line, "(row)", `has ${cells.length} cells; expected ${columns.length}: ${columns.join(",")}`);
    if (!path || isAbsolute(path) || relative.split(sep).includes("..") || path.includes("\\")) problem(line, "path", `is "${path}"; expected ${overridesRules.path}`);
    const date = readDate(dateCell);
    if (typeof date === "string") problem(line, "date", `is "${date}"; expected ${overridesRules.date}`);
    else if (date && folder && date.month !== undefined) problem(line, "date", `is "${dateCell}" on a folder row; expected a year only (YYYY): the month and day come from each page`);
    const title = titleCell === "" ? undefined : titleSchema.safeParse(titleCell);
    if (title && (!title.success || folder)) problem(line, "title", `is "${titleCell.slice(0, 40)}"; expected ${overridesRules.title}`);
    if (!date && !title) problem(line, "(row)", "gives neither a date nor a title; expected at least one");
    const joined = relative === "." ? `${dirname(file)}${sep}` : join(dirname(file), relative) + (folder ? sep : "");
    if (seen.has(joined)) problem(line, "path", `"${path}" has a row already; expected one row a page or folder`);
    seen.add(joined);
    if (problems.length === before) {
      parsed.push({ path: joined, folder, date: date as OverrideDate | undefined, title: title?.success ? title.data : undefined, file, line });
    }
  }
  return { rows: parsed, problems };
}
