import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { BuildStep } from "../config/audit-config.ts";
import { listFiles } from "../pages/page-files.ts";

/** Every file under `paths` (files or folders). */
async function filesUnder(paths: readonly string[]): Promise<string[]> {
  const lists = await Promise.all(
    paths.filter((path) => existsSync(path)).map(async (path) => ((await stat(path)).isDirectory() ? (await listFiles(path, ["**/*"])).map((file) => join(path, file)) : [path])),
  );
  return lists.flat();
}

/** Newest (or oldest) modification time of `files`; undefined when there are none. */
async function fileTime(files: readonly string[], pick: (a: number, b: number) => number): Promise<number | undefined> {
  let result: number | undefined;
  for (const file of files) {
    const time = (await stat(file)).mtimeMs;
    result = result === undefined ? time : pick(result, time);
  }
  return result;
}

/**
 * True when `output` has no sitemap.xml or any source file is newer than the oldest
 * page of the build (a build rewrites every page).
 */
export async function isBuildStale(output: string, sources: readonly string[]): Promise<boolean> {
  if (!existsSync(join(output, "sitemap.xml"))) return true;
  const built = await fileTime((await listFiles(output, ["**/*.{html,xml}"])).map((file) => join(output, file)), Math.min);
  const newestSource = await fileTime(await filesUnder(sources), Math.max);
  return built === undefined || (newestSource !== undefined && newestSource > built);
}

/** Builds the site into `output` with the config's build step when it is missing or stale. */
export async function ensureBuilt(output: string, build: BuildStep, log: (line: string) => void): Promise<void> {
  if (!(await isBuildStale(output, build.sources))) return;
  log(`Building the site into ${output}/ (missing or older than its sources)…`);
  const built = await build.run(output, log);
  log(built?.pages === undefined ? "Built." : `Built ${built.pages} pages.`);
}
