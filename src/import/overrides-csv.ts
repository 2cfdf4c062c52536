import { relative, sep } from "node:path";
import type { OverrideDate, OverrideRow } from "../lib/legacy/overrides.ts";

const pad = (n: number) => String(n).padStart(2, "0");

/** A date cell as overrides.csv takes it: 2025, 2025-03-07 or 2025-03-07 09:30. */
function dateCell(date: OverrideDate | undefined): string {
  if (!date) return "";
  if (date.month === undefined || date.day === undefined) return String(date.year);
  const day = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  return date.hour || date.minute ? `${day} ${pad(date.hour ?? 0)}:${pad(date.minute ?? 0)}` : day;
}

/** A CSV cell, quoted when it holds a comma, a quote or a line break. */
const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** An overrides.csv holding `rows`, with their paths made relative to `folder`. */
export function overridesCsv(rows: readonly OverrideRow[], folder: string): string {
  const lines = rows.map((row) => {
    const path = relative(folder, row.path).split(sep).join("/");
    return [row.folder ? `${path || "."}/` : path, dateCell(row.date), row.title ?? ""].map(cell).join(",");
  });
  return `path,date,title\n${lines.join("\n")}\n`;
}
