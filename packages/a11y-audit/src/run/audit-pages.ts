import { runBrowserPass } from "../browser/browser-pass.ts";
import type { DisplayMode } from "../config/display-modes.ts";
import type { ResolvedAuditConfig } from "../config/resolve-config.ts";
import { type Pa11yDefaults, runPa11y } from "../pa11y/pa11y-runner.ts";
import { validateHtml } from "../static-checks/html-validator.ts";
import { runPageChecks } from "../static-checks/page-checks.ts";
import type { AuditPage, Finding } from "../types.ts";

export interface PageAuditInput {
  /** The built folder and the URL it is served at. */
  folder: string;
  baseUrl: string;
  /** The pages to audit now (the cache's misses). */
  pages: readonly AuditPage[];
  modes: readonly DisplayMode[];
  config: ResolvedAuditConfig;
  pa11yDefaults: Pa11yDefaults;
  /**
   * Called once per page when every check has finished it: its findings and the
   * same-origin URLs the browser requested for it.
   */
  onPageDone: (page: AuditPage, findings: Finding[], requested: string[]) => void;
}

/** Audits pages one by one (each result decided by the page and what it loads alone); the cache stores what it reports. */
export type PageAuditor = (input: PageAuditInput) => Promise<void>;

/**
 * The real per-page audit: html-validate and the site's page checks on the built file,
 * then pa11y-ci and the axe-core/layout/keyboard pass side by side in Chromium.
 */
export const auditPagesFully: PageAuditor = async ({ folder, baseUrl, pages, modes, config, pa11yDefaults, onPageDone }) => {
  if (pages.length === 0) return;
  const staticFindings = [...(await validateHtml(folder, pages, config.htmlValidate)), ...(await runPageChecks(folder, pages, config.pageChecks))];
  const runners = 2; // pa11y-ci and the browser pass
  const pending = new Map<string, { left: number; findings: Finding[]; requested: string[] }>();
  const finished = (page: AuditPage, findings: Finding[], requested: string[] = []) => {
    const state = pending.get(page.path) ?? { left: runners, findings: staticFindings.filter((f) => f.page === page.path), requested: [] };
    state.left--;
    state.findings.push(...findings);
    state.requested.push(...requested);
    pending.set(page.path, state);
    if (state.left === 0) onPageDone(page, state.findings, state.requested);
  };
  await Promise.all([
    runBrowserPass({
      baseUrl,
      pages,
      modes,
      concurrency: config.concurrency,
      axe: config.axe,
      knownExtraPages: config.knownExtraPages,
      scriptOnlyControls: config.scriptOnlyControls,
      onPage: finished,
    }),
    runPa11y({ baseUrl, pages, defaults: pa11yDefaults, onPage: finished }),
  ]);
};
