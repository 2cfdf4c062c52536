/**
 * `a11y-audit [--config FILE] [--folder DIR] [--report DIR] [--exceptions FILE] [--full] [--shard K/N] [--cache DIR | --no-cache] [--server NAME]`
 * Audits a built site (building it first with the config's build step when it is
 * missing or stale) and exits 1 on any problem, stale exception or crash, 2 on a
 * usage error. Pages whose cache key is unchanged are answered from the cache
 * unless --full. See the package's README.
 *
 * The arguments and the config are checked before the runner (and with it the
 * browser, pa11y and axe) is imported: a mistake is answered at once.
 */
import { existsSync } from "node:fs";
import type { AuditInputError } from "../input/audit-input-error.ts";
import { type CliOptions, parseCliArgs, usage } from "./parse-args.ts";

/** Prints a usage error and exits 2. */
function usageError(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

let options: CliOptions;
try {
  options = parseCliArgs(process.argv.slice(2));
} catch (error) {
  usageError((error as Error).message);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}
if (options.config !== undefined && !existsSync(options.config)) usageError(`--config names ${options.config}, which does not exist`);

/** The input error inside an error (a site's build step may wrap it), for a readable message instead of a stack. */
function inputErrorIn(error: unknown): AuditInputError | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 10; current = current.cause, depth++) {
    if (current.name === "AuditInputError") return current as AuditInputError;
  }
  return undefined;
}

try {
  const { defaultConfigFile, loadAuditConfig } = await import("../config/load-config-file.ts");
  const { config, file } = await loadAuditConfig(options.config ?? defaultConfigFile);
  if (!config.servers[options.server]) {
    usageError(`--server takes ${Object.keys(config.servers).join(" or ")}, not ${options.server}`);
  }
  const { runAudit } = await import("../run/run-audit.ts");
  const { formatSummary } = await import("../report/summary.ts");
  const reportDir = options.report ?? config.report;
  const result = await runAudit({
    config,
    configFile: file,
    folder: options.folder ?? config.folder,
    build: options.folder === undefined, // a folder named on the command line is audited as it is
    reportDir,
    exceptionsFile: options.exceptions ?? config.exceptions,
    full: options.full,
    cacheDir: options.cache === undefined ? config.cache : options.cache,
    ...(options.shard ? { shard: options.shard } : {}),
    server: options.server,
  });
  for (const line of formatSummary(result)) console.log(line);
  console.log(`Report: ${reportDir}/index.html (results.json beside it)`);
  process.exitCode = result.passed ? 0 : 1;
} catch (error) {
  console.error(inputErrorIn(error)?.message ?? error);
  console.error("The audit did not complete: FAILED.");
  process.exitCode = 1;
}
