import { globSync } from "tinyglobby";

/** The files of a built site that match `patterns` (globs relative to `folder`), as relative paths with `/`, sorted. */
export function listSiteFiles(folder: string, patterns: string | string[] = "**"): string[] {
  return globSync(patterns, { cwd: folder, onlyFiles: true, dot: false, followSymbolicLinks: false }).sort();
}

/** The URL path a reader uses for a built HTML file: `gzdt/index.html` → `/gzdt/`, `404.html` → `/404.html`. */
export function pagePathOf(file: string): string {
  const path = `/${file.replace(/\\/g, "/").replace(/^\/+/, "")}`;
  return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}

/** The built file behind a page path, relative to the site folder: `/gzdt/` → `gzdt/index.html`. */
export function fileOfPagePath(path: string): string {
  const relative = path.replace(/^\/+/, "");
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}
