import { createRequire } from "node:module";
import { resolve } from "node:path";
import { defaultPa11yConfigFile } from "./default-config-file.ts";
import { criteriaFromAxeTags, criteriaFromHtmlcsCode, techniqueUrlFromHtmlcsCode } from "../report/wcag-criteria.ts";
import type { AuditPage, Finding } from "../types.ts";

const require = createRequire(import.meta.url);

/** The pa11y options a pa11y-ci configuration file sets in its `defaults`. */
export type Pa11yDefaults = Record<string, unknown> & { concurrency?: number; runners?: string[] };

/**
 * The pa11y options the audit runs with: `defaults` of the configuration file
 * (CommonJS, read as pa11y-ci itself reads it; the package's own by default)
 * with `options` merged over them.
 */
export function loadPa11yDefaults(file = defaultPa11yConfigFile, options: Record<string, unknown> = {}): Pa11yDefaults {
  const config = require(resolve(file)) as { defaults?: Pa11yDefaults };
  if (!config.defaults) throw new Error(`${file}: expected a "defaults" object`);
  return { ...config.defaults, ...options };
}

interface Pa11yIssue {
  code: string;
  type: string;
  message: string;
  context?: string;
  selector?: string;
  runner?: string;
  runnerExtras?: { helpUrl?: string; impact?: string | number };
}
interface Pa11yResults {
  pageUrl: string;
  issues: Pa11yIssue[];
}
type Pa11yCi = (urls: { url: string }[], options: object) => Promise<{ results: Record<string, (Pa11yIssue | Error)[]> }>;

export interface Pa11yRunOptions {
  baseUrl: string;
  pages: readonly AuditPage[];
  /** pa11y options; by default those of the package's pa11yci.cjs. */
  defaults?: Pa11yDefaults;
  /** Called as each page's result arrives. */
  onPage?: (page: AuditPage, findings: Finding[]) => void;
}

/** WCAG tags of each axe rule (pa11y's axe runner does not pass them on), from the axe-core package. */
const axeRuleTags = new Map(
  (require("axe-core") as { getRules(): { ruleId: string; tags: string[] }[] }).getRules().map((rule) => [rule.ruleId, rule.tags]),
);

function toFinding(issue: Pa11yIssue, page: string): Finding {
  const htmlcs = issue.runner !== "axe";
  return {
    tool: htmlcs ? "pa11y:htmlcs" : "pa11y:axe",
    mode: "desktop",
    page,
    rule: issue.code,
    message: issue.message,
    selector: issue.selector || undefined,
    html: issue.context,
    wcag: htmlcs ? criteriaFromHtmlcsCode(issue.code) : criteriaFromAxeTags(axeRuleTags.get(issue.code) ?? []),
    helpUrl: issue.runnerExtras?.helpUrl ?? (htmlcs ? techniqueUrlFromHtmlcsCode(issue.code) : undefined),
    impact: issue.runnerExtras?.impact === undefined ? undefined : String(issue.runnerExtras.impact),
  };
}

/**
 * Runs pa11y-ci in this process on every page (URLs given as objects, which with
 * incognito contexts off avoids pa11y-ci#354). Errors, a page pa11y could not
 * test and a page without a result are findings too: pa11y never passes by not running.
 */
export async function runPa11y({ baseUrl, pages, defaults = loadPa11yDefaults(), onPage }: Pa11yRunOptions): Promise<Finding[]> {
  const pa11yCi = require("pa11y-ci") as Pa11yCi;
  const byUrl = new Map(pages.map((page) => [`${baseUrl}${encodeURI(page.path)}`, page]));
  const findings: Finding[] = [];
  const done = new Set<string>();
  const record = (url: string, pageFindings: Finding[]) => {
    const page = byUrl.get(url);
    if (!page || done.has(url)) return;
    done.add(url);
    findings.push(...pageFindings);
    onPage?.(page, pageFindings);
  };
  const failure = (url: string, error: unknown): Finding => ({
    tool: "browser",
    mode: "desktop",
    page: byUrl.get(url)?.path ?? url,
    rule: "pa11y-failed",
    message: `pa11y could not test the page: ${String(error).split("\n")[0]}`,
  });
  const reporter = require.resolve("./pa11y-reporter.cjs");
  const onResults = (results: Pa11yResults) => {
    const page = byUrl.get(results.pageUrl);
    if (page) record(results.pageUrl, results.issues.map((issue) => toFinding(issue, page.path)));
  };
  const onError = (error: unknown, url: string) => record(url, [failure(url, error)]);
  const report = await pa11yCi(
    [...byUrl.keys()].map((url) => ({ url })),
    { ...defaults, reporters: [[reporter, { onResults, onError }]] },
  );
  for (const [url, entries] of Object.entries(report.results)) {
    const errors = entries.filter((entry) => entry instanceof Error);
    if (errors.length && !done.has(url)) record(url, errors.map((error) => failure(url, error)));
  }
  for (const url of byUrl.keys()) if (!done.has(url)) record(url, [failure(url, "no result was reported for this page")]);
  return findings;
}
