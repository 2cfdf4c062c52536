import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** GNU time, whose `-v` report gives the peak RSS of the child and its descendants. */
export const gnuTime = "/usr/bin/time";

/** How the peak memory is taken: GNU time's report, or Node's own resourceUsage() inside the child. */
export type MemoryProbe = "gnu-time" | "node";

export interface MeasuredRun {
  wallMs: number;
  /** Peak resident set size in bytes. */
  peakRssBytes: number;
  /** User + system CPU time: less disturbed than wall time by other work on a shared machine. */
  cpuMs: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Default: GNU time when installed, else the Node hook. */
  probe?: MemoryProbe;
}

const hook = new URL("./peak-memory-hook.mjs", import.meta.url).pathname;

/**
 * Runs a Node script (`node [nodeArgs] script [args]`) as a child process and
 * measures its wall time (spawn to exit, Node's start-up included, as a user
 * would wait) and peak RSS. A non-zero exit is an error carrying its output.
 */
export async function runMeasured(nodeArgs: string[], script: string, args: string[], options: RunOptions = {}): Promise<MeasuredRun> {
  const probe = options.probe ?? (existsSync(gnuTime) ? "gnu-time" : "node");
  const scratch = mkdtempSync(join(tmpdir(), "xc-bench-rss-"));
  const rssFile = join(scratch, "rss");
  const [command, commandArgs] =
    probe === "gnu-time"
      ? [gnuTime, ["-v", process.execPath, ...nodeArgs, script, ...args]]
      : [process.execPath, [...nodeArgs, hook, script, ...args]];
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: options.cwd, env: { ...process.env, ...options.env, XC_PEAK_RSS_FILE: rssFile }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("close", (exitCode) => resolve({ code: exitCode, stdout: out, stderr: err }));
  });
  const wallMs = performance.now() - started;
  try {
    if (code !== 0) throw new Error(`${script} exited with ${code}:\n${stderr.slice(-4000) || stdout.slice(-4000)}`);
    const [peakKb, cpuMs] =
      probe === "gnu-time"
        ? [
            Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]),
            1000 * (Number(/User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1])),
          ]
        : readFileSync(rssFile, "utf8").split(" ").map(Number);
    if (!(peakKb! > 0) || !(cpuMs! > 0)) throw new Error(`no peak memory or CPU time reported for ${script} (probe ${probe})`);
    return { wallMs, peakRssBytes: peakKb! * 1024, cpuMs: cpuMs!, stdout, stderr };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
