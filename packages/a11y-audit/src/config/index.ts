/**
 * `a11y-audit/config`: what a site's audit.config.ts imports. Light on purpose: the CLI
 * loads the config before it decides to run anything, so nothing here loads a browser.
 */
export type { AuditConfig, AuditServer, BuildStep, BuiltPage, KnownExtraPage, PageCheck, PageProblem } from "./audit-config.ts";
export { defineAuditConfig } from "./audit-config.ts";
export { defaultDisplayModes, type DisplayMode, type LayoutCheck } from "./display-modes.ts";
export { auditDefaults, defaultAxeTags, resolveAuditConfig, staticServer, type ResolvedAuditConfig } from "./resolve-config.ts";
export { defaultConfigFile, loadAuditConfig } from "./load-config-file.ts";
export { AuditInputError, type InputProblem } from "../input/audit-input-error.ts";
