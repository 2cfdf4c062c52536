import { parseArgs } from "node:util";
import { parseShard, type Shard } from "../cache/shard.ts";

export const usage =
  "usage: a11y-audit [--config FILE] [--folder DIR] [--report DIR] [--exceptions FILE] [--full] [--shard K/N] [--cache DIR | --no-cache] [--server NAME]";

/** What the command line asks for; anything not given comes from the config. */
export interface CliOptions {
  help: boolean;
  /** The config file; undefined: audit.config.ts when there is one. */
  config?: string;
  /** A folder built elsewhere, audited as it is (no build). */
  folder?: string;
  report?: string;
  exceptions?: string;
  full: boolean;
  shard?: Shard;
  /** The cache folder; null for --no-cache; undefined: the config's. */
  cache?: string | null;
  server: string;
}

/**
 * Parses and checks the command line without loading anything else, so a mistake
 * is answered at once. Throws an Error whose message is one line saying what is wrong.
 */
export function parseCliArgs(args: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      help: { type: "boolean", short: "h", default: false },
      config: { type: "string" },
      folder: { type: "string" },
      report: { type: "string" },
      exceptions: { type: "string" },
      full: { type: "boolean", default: false },
      shard: { type: "string" },
      cache: { type: "string" },
      "no-cache": { type: "boolean", default: false },
      server: { type: "string", default: "static" },
    },
  });
  if (values.cache !== undefined && values["no-cache"]) throw new Error("--cache and --no-cache cannot go together");
  if (!/^[a-z0-9-]+$/.test(values.server)) throw new Error(`--server takes a server's name (static, or one of the config's servers), not ${values.server}`);
  for (const name of ["config", "folder", "report", "exceptions", "cache"] as const) {
    if (values[name] === "") throw new Error(`--${name} needs a path`);
  }
  return {
    help: values.help,
    ...(values.config === undefined ? {} : { config: values.config }),
    ...(values.folder === undefined ? {} : { folder: values.folder }),
    ...(values.report === undefined ? {} : { report: values.report }),
    ...(values.exceptions === undefined ? {} : { exceptions: values.exceptions }),
    full: values.full,
    ...(values.shard === undefined ? {} : { shard: parseShard(values.shard) }),
    ...(values["no-cache"] ? { cache: null } : values.cache === undefined ? {} : { cache: values.cache }),
    server: values.server,
  };
}
