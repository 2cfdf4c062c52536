import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listHtmlFiles, pathForFile } from "a11y-audit";
import * as cheerio from "cheerio";
import { type ContentSource, loadSiteContent, projectContent } from "../lib/load-site.ts";
import { inspectRules } from "./rules/index.ts";
import { beijingToday } from "./site/days.ts";
import { pageText } from "./site/page-text.ts";
import type { ExternalLink, InspectedPage, InspectFinding, InspectionContext, InspectRule } from "./types.ts";

export interface InspectionOptions {
  /** The built site. */
  folder: string;
  /** Its sources (the project's own for any part left out): the same the site was built from. */
  source?: Partial<ContentSource> | undefined;
  /** The day inspected, YYYY-MM-DD (Beijing); today by default. */
  date?: string | undefined;
  /** `report`: freshness findings are listed but never fail the site (a site whose content is old on purpose, e.g. the seed). */
  freshness?: "veto" | "report" | undefined;
  /** The rules to run (all by default). */
  rules?: readonly InspectRule[] | undefined;
}

export interface InspectionResult {
  date: string;
  folder: string;
  site: { name: string; baseUrl: string };
  freshness: "veto" | "report";
  pageCount: number;
  rules: { id: string; title: string; basis: string; fix: string; severity: InspectRule["severity"]; freshness: boolean }[];
  findings: InspectFinding[];
  external: ExternalLink[];
  /** fail when any finding is a 单项否决. */
  verdict: "pass" | "fail";
}

/** Reads and parses one built page, with the text its readers see. */
function readPage(folder: string, path: string, file: string): InspectedPage {
  const $ = cheerio.load(readFileSync(join(folder, file), "utf8"));
  return { path, file, $, text: pageText($) };
}

/**
 * Inspects a built site and its sources against the inspection's rules (src/inspect/rules):
 * loads the sources as a build does (invalid input throws InvalidInputError), reads every built
 * HTML page once for the page rules, runs the site rules, and returns every finding with its rule
 * and weight. Under `freshness: "report"` a freshness finding never weighs more than `fix`.
 */
export async function runInspection(options: InspectionOptions): Promise<InspectionResult> {
  const source = { ...projectContent, ...options.source };
  const content = loadSiteContent(source);
  const rules = options.rules ?? inspectRules;
  const freshness = options.freshness ?? "veto";
  const files = await listHtmlFiles(options.folder);
  const pages = files.map((file) => ({ path: pathForFile(file), file }));
  const byPath = new Map(pages.map((p) => [p.path, p.file]));
  const cache = new Map<string, InspectedPage>();
  const context: InspectionContext = {
    folder: options.folder,
    source,
    content,
    date: options.date ?? beijingToday(),
    pages,
    external: new Map(),
    page: (path) => {
      const file = byPath.get(path) ?? byPath.get(`${path.replace(/\/?$/, "/")}`);
      if (!file) return undefined;
      if (!cache.has(path)) cache.set(path, readPage(options.folder, path, file));
      return cache.get(path);
    },
  };

  const found: InspectFinding[] = [];
  const add = (rule: InspectRule, list: ReturnType<NonNullable<InspectRule["checkPage"]>>) => {
    for (const { severity, ...finding } of list) {
      const weight = freshness === "report" && rule.freshness ? "fix" : (severity ?? rule.severity);
      found.push({ rule: rule.id, severity: weight, ...finding });
    }
  };
  const pageRules = rules.filter((rule) => rule.checkPage);
  for (const { path, file } of pages) {
    const page = cache.get(path) ?? readPage(options.folder, path, file);
    for (const rule of pageRules) add(rule, rule.checkPage!(page, context));
  }
  for (const rule of rules) if (rule.checkSite) add(rule, await rule.checkSite(context));

  const order = new Map(rules.map((rule, index) => [rule.id, index]));
  const findings = found.sort((a, b) => order.get(a.rule)! - order.get(b.rule)! || (a.page ?? "").localeCompare(b.page ?? ""));
  const external = [...context.external].sort(([a], [b]) => a.localeCompare(b)).map(([url, on]) => ({ url, pageCount: on.size, pages: [...on].sort().slice(0, 5) }));
  return {
    date: context.date,
    folder: options.folder,
    site: { name: content.site.name, baseUrl: content.site.baseUrl },
    freshness,
    pageCount: pages.length,
    rules: rules.map(({ id, title, basis, fix, severity, freshness: fresh }) => ({ id, title, basis, fix, severity, freshness: Boolean(fresh) })),
    findings,
    external,
    verdict: findings.some((f) => f.severity === "veto") ? "fail" : "pass",
  };
}
