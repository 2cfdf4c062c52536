import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { globSync } from "tinyglobby";
import type { DisplayMode } from "../config/display-modes.ts";
import type { ResolvedAuditConfig } from "../config/resolve-config.ts";
import type { Pa11yDefaults } from "../pa11y/pa11y-runner.ts";
import { createFileHasher, missingFile, sha256 } from "./file-hasher.ts";

/** The package's own code: checks, in-page scripts, default modes, the browser flags, the pa11y-ci config. */
const packageSource = fileURLToPath(new URL("..", import.meta.url));

/** A hash of the package's code: a changed check must re-audit every page, not be hidden by results of the old one. */
function packageSourceHash(): string {
  const files = globSync(["**/*.{ts,cjs,js}"], { cwd: packageSource }).sort();
  const hash = createFileHasher(packageSource);
  return sha256(files.map((file) => `${file}\n${hash(file)}`).join("\n"));
}

/** Hashes of the contents of files outside the package that decide results (the site's config file, a server's config). */
function filesHash(files: readonly string[]): string[] {
  return files.map((file) => (existsSync(file) ? sha256(readFileSync(file)) : missingFile));
}

/** JSON of what in the config decides results, its functions (page checks, build, servers) written out as their source. */
function configJson({ folder, report, cache, exceptions, ...deciding }: ResolvedAuditConfig): string {
  return JSON.stringify(deciding, (_, value: unknown) => (typeof value === "function" ? value.toString() : value));
}

export interface ConfigKeyInput {
  config: ResolvedAuditConfig;
  /** The site's config file (its content is in the key: it may import what its checks use), or null. */
  configFile: string | null;
  /** The display modes audited (the config's, or a subset a test or benchmark chose). */
  modes: readonly DisplayMode[];
  /** The web server the pages are audited through (its headers can change results). */
  server: string;
  pa11yDefaults: Pa11yDefaults;
  versions: Record<string, string>;
}

/**
 * One hash of everything that decides every page's result besides the page itself:
 * the site's config (display modes, page checks, known pages, axe, pa11y and
 * html-validate settings) and its file, the server and its configuration files,
 * the tool and browser versions and the package's own code. The exceptions file is
 * not in it: exceptions are applied after the cache, to cached and fresh findings alike.
 */
export function auditConfigKey({ config, configFile, modes, server, pa11yDefaults, versions }: ConfigKeyInput): string {
  return sha256(
    JSON.stringify({
      format: 2,
      config: configJson(config),
      configFile: configFile ? filesHash([configFile]) : null,
      modes,
      server,
      serverConfig: filesHash(config.servers[server]?.configFiles ?? []),
      pa11yDefaults,
      pa11yConfigFile: sha256(readFileSync(config.pa11y.configFile)),
      versions,
      packageSource: packageSourceHash(),
    }),
  );
}
