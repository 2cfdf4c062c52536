import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { isAlive } from "../stale-builds.ts";

/**
 * Takes `<output>.lock` for this process, so that one build at a time rebuilds the spare tree in
 * place; a lock left by a process that is gone is taken over. Returns how to release it, or
 * undefined when a running build holds it (this build then publishes from its own staging folder,
 * as builds always could side by side).
 */
export function takeSpareLock(output: string): (() => void) | undefined {
  const lock = `${output}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(lock, "utf8"));
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) return undefined;
      rmSync(lock, { force: true }); // left by a build that was stopped
    }
  }
  return undefined;
}
