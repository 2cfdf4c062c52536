import { runBrowserPass } from "./browser-pass.ts";
import type { DisplayMode } from "./display-modes.ts";
import { checkFooters } from "./footer-check.ts";
import { validateHtml } from "./html-validator.ts";
import { runPa11y } from "./pa11y-runner.ts";
import type { AuditPage, Finding } from "./types.ts";

export interface PageAuditInput {
  /** The built folder and the URL it is served at. */
  folder: string;
  baseUrl: string;
  /** The pages to audit now (the cache's misses). */
  pages: readonly AuditPage[];
  modes: readonly DisplayMode[];
  concurrency: number;
  /**
   * Called once per page when every check has finished it: its findings and the
   * same-origin URLs the browser requested for it.
   */
  onPageDone: (page: AuditPage, findings: Finding[], requested: string[]) => void;
}

/** Audits pages one by one (each result decided by the page and what it loads alone); the cache stores what it reports. */
export type PageAuditor = (input: PageAuditInput) => Promise<void>;

/**
 * The real per-page audit: html-validate and the footer check on the built file,
 * then pa11y-ci and the axe-core/layout/keyboard pass side by side in Chromium.
 */
export const auditPagesFully: PageAuditor = async ({ folder, baseUrl, pages, modes, concurrency, onPageDone }) => {
  const staticFindings = [...(await validateHtml(folder, pages)), ...(await checkFooters(folder, pages))];
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
  if (pages.length === 0) return;
  await Promise.all([runBrowserPass({ baseUrl, pages, modes, concurrency, onPage: finished }), runPa11y({ baseUrl, pages, onPage: finished })]);
};
