import { readdirSync, readFileSync } from "node:fs";

/** The ids of this process's running child processes (Linux /proc; none elsewhere). */
function childPids(): number[] {
  try {
    return readdirSync("/proc/self/task").flatMap((task) =>
      readFileSync(`/proc/self/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * CPU time (user + system, ms) used so far by this process's running child processes (Pagefind's
 * binaries), which `process.cpuUsage()` does not count: read from /proc just before they stop,
 * for the build's split of where the time goes. 0 where /proc is missing.
 */
export function childProcessesCpuMs(): number {
  let ticks = 0;
  for (const pid of childPids()) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (clock ticks, 100 a second on Linux)
    } catch {
      // the child ended meanwhile
    }
  }
  return ticks * 10;
}
