import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { chromiumPath } from "../chromium.ts";
import { serveStatic } from "../serve-static.ts";
import type { AuditResult } from "./audit-result.ts";
import { runBrowserPass } from "./browser-pass.ts";
import { listHtmlFiles } from "./built-files.ts";
import { type DisplayMode, displayModes } from "./display-modes.ts";
import { ensureBuilt } from "./ensure-build.ts";
import { applyExceptions, defaultExceptionsFile, exceptionMatches, loadExceptions } from "./exceptions.ts";
import { checkFooters } from "./footer-check.ts";
import { validateHtml } from "./html-validator.ts";
import { knownExtraPages } from "./known-extra-pages.ts";
import { checkLinks } from "./link-checker.ts";
import { runPa11y } from "./pa11y-runner.ts";
import { comparePageLists } from "./page-list.ts";
import { writeReport } from "./report-writer.ts";
import { checkPagesServed } from "./served-pages.ts";
import { readSitemap } from "./sitemap.ts";
import { describeProblems } from "./summary.ts";
import type { AuditPage, Finding } from "./types.ts";

export interface AuditOptions {
  /** The built site to audit. */
  folder?: string;
  /** Build `folder` first when it is missing or older than its sources (for _site; off for a folder built elsewhere). */
  build?: boolean;
  /** Where index.html and results.json go; null writes no report. */
  reportDir?: string | null;
  exceptionsFile?: string;
  modes?: readonly DisplayMode[];
  /** Tabs the axe pass uses in its one browser. */
  concurrency?: number;
  log?: (line: string) => void;
}

const defaults = {
  folder: "_site",
  build: true,
  reportDir: "reports/a11y",
  exceptionsFile: defaultExceptionsFile,
  modes: displayModes,
  concurrency: 2,
  log: (line: string) => console.log(line),
} satisfies Required<AuditOptions>;

/**
 * The whole audit: build if needed, list pages from sitemap.xml and check the list
 * against the build, serve the folder on 127.0.0.1, run the static checks, then
 * pa11y-ci and the axe-core/keyboard/layout pass side by side; apply the exceptions
 * and write the report. Crashes throw; every problem found is in the result.
 */
export async function runAudit(options: AuditOptions = {}): Promise<AuditResult> {
  const o = { ...defaults, ...options };
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const exceptions = loadExceptions(o.exceptionsFile); // a broken exceptions file stops the audit before it starts
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: install it (apt-get install chromium) or set CHROME_PATH`);
  if (o.build) await ensureBuilt(o.folder, o.log);
  const sitemapFile = join(o.folder, "sitemap.xml");
  if (!existsSync(sitemapFile)) throw new Error(`${sitemapFile} is missing: the audit takes its page list from it`);
  const sitemap = readSitemap(await readFile(sitemapFile, "utf8"));
  const { pages, findings: listFindings } = comparePageLists({
    sitemapPaths: sitemap.paths,
    htmlFiles: await listHtmlFiles(o.folder),
    knownExtraPages,
  });
  o.log(`Auditing ${pages.length} pages of ${o.folder}/ in ${o.modes.length} display modes and with pa11y-ci…`);

  const findings: Finding[] = [...listFindings];
  findings.push(...(await validateHtml(o.folder, pages)));
  findings.push(...(await checkLinks(o.folder, pages, sitemap.origin)));
  findings.push(...(await checkFooters(o.folder, pages)));

  const server = await serveStatic(o.folder);
  try {
    findings.push(...(await checkPagesServed(server.url, pages)));
    const progress = progressReporter(pages, findings, 2, (line) => o.log(line), exceptions);
    const [browserFindings, pa11yFindings] = await Promise.all([
      runBrowserPass({ baseUrl: server.url, pages, modes: o.modes, concurrency: o.concurrency, onPage: progress }),
      runPa11y({ baseUrl: server.url, pages, onPage: progress }),
    ]);
    findings.push(...browserFindings, ...pa11yFindings);
  } finally {
    await server.close();
  }

  const { kept, excepted, stale } = applyExceptions(findings, exceptions);
  const result: AuditResult = {
    startedAt,
    durationSeconds: (performance.now() - started) / 1000,
    folder: resolve(o.folder),
    pages,
    modes: o.modes.map(({ name, description }) => ({ name, description })),
    findings: kept,
    excepted,
    staleExceptions: stale,
    passed: kept.length === 0 && stale.length === 0,
  };
  if (o.reportDir) await writeReport(o.reportDir, result);
  return result;
}

/**
 * Prints `[n/total] /path ok` once every runner (`runners` of them) has finished a
 * page, counting that page's findings from all checks not covered by an exception.
 */
function progressReporter(
  pages: readonly AuditPage[],
  staticFindings: readonly Finding[],
  runners: number, // pa11y-ci and the browser pass
  print: (line: string) => void,
  exceptions: ReturnType<typeof loadExceptions>,
) {
  const pending = new Map<string, { left: number; findings: Finding[] }>();
  let printed = 0;
  return (page: AuditPage, pageFindings: Finding[]) => {
    const state = pending.get(page.path) ?? { left: runners, findings: staticFindings.filter((f) => f.page === page.path) };
    state.left--;
    state.findings.push(...pageFindings);
    pending.set(page.path, state);
    if (state.left > 0) return;
    const failing = state.findings.filter((f) => !exceptions.some((x) => exceptionMatches(x, f)));
    print(`[${++printed}/${pages.length}] ${page.path} ${describeProblems(failing)}`);
  };
}
