/**
 * `npm run audit [-- --folder DIR] [--report DIR] [--exceptions FILE] [--full] [--shard K/N] [--cache DIR|--no-cache] [--server nginx]`
 * Audits the built site (building _site/ first when it is missing or stale) and
 * exits 1 on any problem, stale exception or crash. Pages whose cache key is
 * unchanged are answered from the cache unless --full. See README "Accessibility audit"
 * and "Incremental audits".
 */
import { parseArgs } from "node:util";
import { findInvalidInput } from "../../publish/build-errors.ts";
import { defaultCacheDir } from "./cache/audit-cache.ts";
import { parseShard, type Shard } from "./cache/shard.ts";
import { runAudit } from "./run-audit.ts";
import { formatSummary } from "./summary.ts";

const usage = "usage: npm run audit [-- --folder DIR] [--report DIR] [--exceptions FILE] [--full] [--shard K/N] [--cache DIR | --no-cache] [--server static|nginx]";
let values: { folder?: string; report: string; exceptions?: string; full: boolean; shard?: string; cache: string; "no-cache": boolean; server: string };
let shard: Shard | undefined;
try {
  ({ values } = parseArgs({
    options: {
      folder: { type: "string" },
      report: { type: "string", default: "reports/a11y" },
      exceptions: { type: "string" },
      full: { type: "boolean", default: false },
      shard: { type: "string" },
      cache: { type: "string", default: defaultCacheDir },
      "no-cache": { type: "boolean", default: false },
      server: { type: "string", default: "static" },
    },
  }));
  if (values.server !== "static" && values.server !== "nginx") throw new Error(`--server takes static or nginx, not ${values.server}`);
  shard = values.shard === undefined ? undefined : parseShard(values.shard);
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}

try {
  const result = await runAudit({
    folder: values.folder ?? "_site",
    build: values.folder === undefined, // a folder named on the command line is audited as it is
    reportDir: values.report,
    ...(values.exceptions ? { exceptionsFile: values.exceptions } : {}),
    full: values.full,
    cacheDir: values["no-cache"] ? null : values.cache,
    ...(shard ? { shard } : {}),
    server: values.server as "static" | "nginx",
  });
  for (const line of formatSummary(result)) console.log(line);
  console.log(`Report: ${values.report}/index.html (results.json beside it)`);
  process.exitCode = result.passed ? 0 : 1;
} catch (error) {
  const invalid = findInvalidInput(error);
  console.error(invalid ? invalid.message : error);
  console.error("The audit did not complete: FAILED.");
  process.exitCode = 1;
}
