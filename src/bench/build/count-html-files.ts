import { readdirSync } from "node:fs";

/** How many .html pages a built folder holds. */
export function countHtmlFiles(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((entry) => entry.endsWith(".html")).length;
}
