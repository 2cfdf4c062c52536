import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { buildSite } from "../../publish/build-site.ts";
import { postBuildSteps } from "../../publish/post-build-steps.ts";

/** What the site is built from: a newer file in any of these makes the build stale. */
export const buildSources: readonly string[] = ["src", "_data", ".eleventy.js", "package-lock.json"];

/** Inside the sources but not read by the build: editing the audit does not rebuild the site. */
const notBuildInputs = join("src", "tools", "audit");

/** Newest (or oldest) modification time of the files under `paths`; undefined when there are none. */
async function fileTimes(paths: readonly string[], pick: (a: number, b: number) => number): Promise<number | undefined> {
  let result: number | undefined;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const info = await stat(path);
    const files = info.isDirectory()
      ? (await readdir(path, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile() && !join(e.parentPath).startsWith(notBuildInputs))
          .map((e) => join(e.parentPath, e.name))
      : [path];
    for (const file of files) {
      const time = (await stat(file)).mtimeMs;
      result = result === undefined ? time : pick(result, time);
    }
  }
  return result;
}

/**
 * True when `output` is missing or any source file is newer than the oldest
 * page of the build (every page is rewritten on each build).
 */
export async function isBuildStale(output: string, sources: readonly string[] = buildSources): Promise<boolean> {
  if (!existsSync(join(output, "sitemap.xml"))) return true;
  const pages = (await readdir(output, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && /\.(html|xml)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  const built = await fileTimes(pages, Math.min);
  const newestSource = await fileTimes(sources, Math.max);
  return built === undefined || (newestSource !== undefined && newestSource > built);
}

/** Builds the site into `output` (atomically, with the post-build steps) when it is missing or stale. */
export async function ensureBuilt(output: string, log: (line: string) => void): Promise<void> {
  if (!(await isBuildStale(output))) return;
  log(`Building the site into ${output}/ (missing or older than its sources)…`);
  const { pages } = await buildSite({ output, steps: postBuildSteps });
  log(`Built ${pages} pages.`);
}
