/**
 * a11y-audit: the accessibility audit of a built static site. What a program (a
 * benchmark, a test) uses; a site's audit.config.ts imports `a11y-audit/config`,
 * browser tests `a11y-audit/chromium` and `a11y-audit/serve-static`.
 */
export * from "./config/index.ts";
export { runAudit, type AuditOptions } from "./run/run-audit.ts";
export { auditPagesFully, type PageAuditInput, type PageAuditor } from "./run/audit-pages.ts";
export type { AuditResult } from "./report/audit-result.ts";
export { formatSummary, describeProblems } from "./report/summary.ts";
export { renderReport, writeReport } from "./report/report-writer.ts";
export { applyExceptions, exceptionMatches, loadExceptions, type AuditException } from "./exceptions/exceptions.ts";
export { ensureBuilt, isBuildStale } from "./build/ensure-built.ts";
export { listAuditPages } from "./pages/list-audit-pages.ts";
export { fileForPath, listHtmlFiles, pathForFile } from "./pages/page-files.ts";
export { checkLinks } from "./static-checks/link-checker.ts";
export { runBrowserPass, type BrowserPassOptions } from "./browser/browser-pass.ts";
export { axeSource, type AxeOptions } from "./browser/axe-runner.ts";
export { loadPa11yDefaults, runPa11y, type Pa11yDefaults } from "./pa11y/pa11y-runner.ts";
export { parseShard, inShard, shardOfPath, type Shard } from "./cache/shard.ts";
export { builtInTools, type AuditPage, type BuiltInTool, type Finding } from "./types.ts";
