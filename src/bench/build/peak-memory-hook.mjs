/**
 * `node peak-memory-hook.mjs SCRIPT [ARGS]`: runs SCRIPT in this process and,
 * when it exits, writes its peak RSS (kilobytes) and CPU time (user + system,
 * milliseconds), from process.resourceUsage(), to the file named by
 * XC_PEAK_RSS_FILE. Used where GNU time is not installed. Plain JavaScript,
 * not TypeScript: it also runs inside the bare-Eleventy baseline, which must
 * not pay for loading tsx.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const script = process.argv[2];
const rssFile = process.env.XC_PEAK_RSS_FILE;
if (!script || !rssFile) throw new Error("usage: XC_PEAK_RSS_FILE=FILE node peak-memory-hook.mjs SCRIPT [ARGS]");
process.argv.splice(1, 2, resolve(script)); // SCRIPT sees itself as argv[1], as if started directly
process.on("exit", () => {
  const usage = process.resourceUsage();
  writeFileSync(rssFile, `${usage.maxRSS} ${(usage.userCPUTime + usage.systemCPUTime) / 1000}`);
});
await import(pathToFileURL(resolve(script)).href);
