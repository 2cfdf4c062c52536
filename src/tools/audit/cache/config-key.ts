import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { axeExtraRules, axeTags } from "../axe-runner.ts";
import type { DisplayMode } from "../display-modes.ts";
import { htmlValidateConfig } from "../html-validator.ts";
import { pa11yConfigFile, type Pa11yDefaults } from "../pa11y-runner.ts";
import { sha256 } from "./file-hasher.ts";

const auditFolder = fileURLToPath(new URL("..", import.meta.url));

/**
 * The audit's own code (checks, in-page scripts, modes) and the browser launch flags:
 * a changed check must re-audit every page, not be hidden by results of the old one.
 */
function auditSourceHash(): string {
  const files = readdirSync(auditFolder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|cjs|js)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const chromiumModule = fileURLToPath(new URL("../../chromium.ts", import.meta.url));
  return sha256(files.concat(chromiumModule).map((file) => `${relative(auditFolder, file)}\n${sha256(readFileSync(file))}`).join("\n"));
}

export interface ConfigKeyInput {
  modes: readonly DisplayMode[];
  /** The web server the pages were audited through (its headers can change results). */
  server?: string;
  pa11yDefaults: Pa11yDefaults;
  versions: Record<string, string>;
}

/**
 * One hash of everything that decides every page's result besides the page itself:
 * the display modes, axe tags, pa11y and html-validate configuration, tool and
 * browser versions and the audit's code. The exceptions file is not in it: exceptions
 * are applied after the cache, to cached and fresh findings alike.
 */
export function auditConfigKey({ modes, pa11yDefaults, versions, server = "static" }: ConfigKeyInput): string {
  return sha256(
    JSON.stringify({
      format: 1,
      modes,
      server,
      nginxConfig: server === "nginx" ? sha256(readFileSync(fileURLToPath(new URL("../../../../deploy/nginx.conf", import.meta.url)))) : null,
      axeTags,
      axeExtraRules,
      pa11yDefaults,
      pa11yConfigFile: sha256(readFileSync(pa11yConfigFile)),
      htmlValidateConfig,
      versions,
      auditSource: auditSourceHash(),
    }),
  );
}
