import { existsSync } from "node:fs";
import { join } from "node:path";
import { globSync } from "tinyglobby";

/** The files of the static assets folder as [URL, path] pairs, sorted: src/site/assets/favicon.svg → /assets/favicon.svg. */
export function staticFiles(files: { folder: string; url: string }): [url: string, path: string][] {
  if (!existsSync(files.folder)) return [];
  return globSync("**", { cwd: files.folder, onlyFiles: true })
    .sort()
    .map((file) => [`${files.url}${file}`, join(files.folder, file)]);
}
