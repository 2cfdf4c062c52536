import { glob } from "tinyglobby";

/**
 * The one mapping between a page's path on the site and its built file, as a static
 * host serves it: "/news/" → "news/index.html", "/offline.html" → "offline.html".
 */
export function fileForPath(path: string): string {
  const trimmed = path.replace(/^\/+/, "");
  return trimmed === "" || trimmed.endsWith("/") ? `${trimmed}index.html` : trimmed;
}

/** The address a built file is served at: "news/index.html" → "/news/". */
export function pathForFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** Built files of `folder` matching `patterns`, as forward-slash paths relative to it, sorted. */
export async function listFiles(folder: string, patterns: string[]): Promise<string[]> {
  return (await glob(patterns, { cwd: folder, onlyFiles: true, dot: true, expandDirectories: false })).sort();
}

/** Every HTML file of a built site, relative to the folder, sorted. */
export function listHtmlFiles(folder: string): Promise<string[]> {
  return listFiles(folder, ["**/*.html"]);
}
