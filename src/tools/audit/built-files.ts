import { readdir } from "node:fs/promises";
import { relative, sep } from "node:path";

/** Every HTML file of a built site, as forward-slash paths relative to the folder, sorted. */
export async function listHtmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => relative(folder, `${entry.parentPath}${sep}${entry.name}`).split(sep).join("/"))
    .sort();
}

/** The file a page path is served from: "/gzdt/" → "gzdt/index.html", "/404.html" → "404.html". */
export function fileForPath(path: string): string {
  const trimmed = path.replace(/^\/+/, "");
  return trimmed === "" || trimmed.endsWith("/") ? `${trimmed}index.html` : trimmed;
}

/** The address a built file is served at: "gzdt/index.html" → "/gzdt/". */
export function pathForFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}
