import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every file of a built site, as site paths (/gzdt/index.html), sorted. */
export function siteFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(folder, join(entry.parentPath, entry.name)).split(sep).join("/")}`)
    .sort();
}

/** The URL path a reader uses for a built HTML file: /gzdt/index.html → /gzdt/. */
export function pageUrl(file: string): string {
  return file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
}
