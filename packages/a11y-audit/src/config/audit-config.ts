import type { CheerioAPI } from "cheerio";
import type { ConfigData } from "html-validate";
import type { Finding } from "../types.ts";
import type { DisplayMode } from "./display-modes.ts";

/** A built page as a page check sees it. */
export interface BuiltPage {
  /** The page's path on the site, e.g. "/news/". */
  path: string;
  /** The built file, relative to the site folder, e.g. "news/index.html". */
  file: string;
  html: string;
  /** The page parsed with cheerio, ready to query. */
  $: CheerioAPI;
}

/** A problem a page check reports; the audit adds its tool, the "static" mode and the page. */
export type PageProblem = Omit<Finding, "tool" | "mode" | "page">;

/** A site's own check of each built page (run with html-validate, before the browser; cached per page). */
export interface PageCheck {
  /** The name its findings carry, e.g. "contact": the report and the exceptions file use it. */
  tool: string;
  /** What it checks, for the report. */
  description: string;
  check(page: BuiltPage): PageProblem[] | Promise<PageProblem[]>;
}

/** A built page deliberately left out of sitemap.xml and audited all the same. */
export interface KnownExtraPage {
  path: string;
  /** The HTTP statuses it may answer with (a not-found page may answer 404); [200] by default. */
  statuses?: number[];
}

/** How to build the site when the folder is missing or older than its sources. */
export interface BuildStep {
  /** Builds the site into `output` (atomically: a failed build must leave no half site). */
  run(output: string, log: (line: string) => void): Promise<{ pages?: number } | void>;
  /** Files and folders the site is built from: a newer file in any of them makes the build stale. */
  sources: string[];
}

/** A web server the audit can serve the built folder through (`--server NAME`). */
export interface AuditServer {
  /** Serves `folder` on 127.0.0.1; resolves once it answers. */
  start(folder: string): Promise<{ url: string; close(): Promise<void> }>;
  /** Files that configure it (their content is part of the cache key: headers can change results). */
  configFiles?: string[];
}

/** Everything a site tells the audit about itself; every field is optional. */
export interface AuditConfig {
  /** The built site audited when `--folder` is not given (default `_site`). */
  folder?: string;
  /** Where the report goes (default `reports/a11y`). */
  report?: string;
  /** The exceptions file (default `audit-exceptions.yaml`). */
  exceptions?: string;
  /** The cache folder (default `.cache/audit`). */
  cache?: string;
  /** Display modes audited after the package's defaultDisplayModes. */
  extraDisplayModes?: DisplayMode[];
  /** The site's own checks of each built page. */
  pageChecks?: PageCheck[];
  /** Built pages not in sitemap.xml that are audited all the same. */
  knownExtraPages?: KnownExtraPage[];
  /** How to build the site first; without it the folder is audited as it is. */
  build?: BuildStep;
  /** Servers besides the package's own `static` one. */
  servers?: Record<string, AuditServer>;
  /** axe-core: the tags to run (default WCAG 2.2 AA and best practices) and extra rules (e.g. AAA ones). */
  axe?: { tags?: string[]; rules?: Record<string, { enabled: boolean }> };
  /** pa11y-ci: another configuration file (CommonJS, with `defaults`), and options merged over its defaults. */
  pa11y?: { configFile?: string; options?: Record<string, unknown> };
  /** html-validate's configuration (default its standard and a11y presets). */
  htmlValidate?: ConfigData;
  /** CSS selector of controls shown only when their script runs: their text is not content the no-javascript mode must show. */
  scriptOnlyControls?: string;
  /** Pages audited at once (browser tabs, pa11y-ci pages); default 2. */
  concurrency?: number;
}

/** Types a site's audit.config.ts: `export default defineAuditConfig({ … })`. */
export function defineAuditConfig(config: AuditConfig): AuditConfig {
  return config;
}
