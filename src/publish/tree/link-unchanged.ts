import { copyFileSync, linkSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Puts each of `files` (paths relative to the sites) from the published site into the staging
 * folder as a hard link: the unchanged pages and search-index parts of an incremental build, at
 * the cost of a directory entry each, not a copy. Safe because nothing writes into the staging
 * folder after this (Eleventy and the search index wrote their fresh files before), so no file
 * the published site shares is ever written. Where links cannot be made (another file system),
 * the file is copied. A file the staging folder already has was written by this build and is kept.
 */
export function linkUnchanged(published: string, staging: string, files: Iterable<string>): number {
  let linked = 0;
  const folders = new Set<string>();
  for (const file of files) {
    const target = join(staging, file);
    const folder = dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    try {
      linkSync(join(published, file), target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (code === "EEXIST") continue;
      if (!["EXDEV", "EPERM", "EMLINK"].includes(code)) throw error;
      copyFileSync(join(published, file), target);
    }
    linked += 1;
  }
  return linked;
}
