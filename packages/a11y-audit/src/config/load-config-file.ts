import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { AuditInputError } from "../input/audit-input-error.ts";
import type { AuditConfig } from "./audit-config.ts";
import { resolveAuditConfig, type ResolvedAuditConfig } from "./resolve-config.ts";

/** The config file the CLI reads when `--config` is not given, from the folder it runs in. */
export const defaultConfigFile = "audit.config.ts";

/**
 * Imports a site's config file (its default export) and resolves it over the
 * package's defaults. A file that does not exist gives the defaults (with `file` null).
 */
export async function loadAuditConfig(file = defaultConfigFile): Promise<{ config: ResolvedAuditConfig; file: string | null }> {
  if (!existsSync(file)) return { config: resolveAuditConfig({}), file: null };
  const module = (await import(pathToFileURL(resolve(file)).href)) as { default?: unknown };
  if (!module.default || typeof module.default !== "object") {
    throw new AuditInputError([{ file, field: "export default", message: "is missing; expected export default defineAuditConfig({ … })" }]);
  }
  return { config: resolveAuditConfig(module.default as AuditConfig, file), file };
}
