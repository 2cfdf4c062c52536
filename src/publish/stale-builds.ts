import { existsSync, readdirSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** True while process `pid` runs (EPERM: it runs, as another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Cleans up after builds that were killed: a `<output>.staging-<pid>` folder whose process is
 * gone is deleted, and a `<output>.previous-<pid>` one is put back as `output` when a killed
 * swap left no output (otherwise deleted). A folder whose process still runs belongs to a
 * concurrent build and is left alone. Returns one line per folder handled.
 */
export async function cleanStaleBuilds(output: string): Promise<string[]> {
  const folder = dirname(output);
  if (!existsSync(folder)) return [];
  const name = basename(output);
  const done: string[] = [];
  for (const entry of readdirSync(folder).sort()) {
    const match = /^(.*)\.(staging|previous)-(\d+)$/.exec(entry);
    if (!match || match[1] !== name) continue;
    const pid = Number(match[3]);
    if (pid === process.pid || isAlive(pid)) continue;
    const path = join(folder, entry);
    if (match[2] === "previous" && !existsSync(output)) {
      await rename(path, output);
      done.push(`Restored ${output} from ${path}, left by a build (process ${pid}) that was stopped while publishing`);
    } else {
      await rm(path, { recursive: true, force: true });
      done.push(`Removed ${path}, left by a build (process ${pid}) that is no longer running`);
    }
  }
  return done;
}
