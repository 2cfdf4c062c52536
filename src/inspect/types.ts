import type { CheerioAPI } from "cheerio";
import type { ContentSource, SiteContent } from "../lib/load-site.ts";

/**
 * How much a finding weighs in the inspection: `veto` fails the site outright (单项否决 of
 * 《政府网站与政务新媒体检查指标》, 国办秘函〔2019〕19号) and makes `npm run inspect` exit 1;
 * `fix` is a deduction (扣分) or a legal requirement to fix, reported without failing.
 */
export type Severity = "veto" | "fix";

/** One problem the inspection found: the rule it breaks, where (a page of the site, a source file), what. */
export interface InspectFinding {
  rule: string;
  severity: Severity;
  /** The page on the site, e.g. /gzdt/ */
  page?: string | undefined;
  /** The source file and line, where the problem is in one. */
  file?: string | undefined;
  line?: number | undefined;
  /** What is wrong, in Chinese for the operator. */
  message: string;
}

/** What a rule reports; the inspection adds the rule's id and, unless given, its severity. */
export type RuleFinding = Omit<InspectFinding, "rule" | "severity"> & { severity?: Severity | undefined };

/** A built HTML page as the rules read it: parsed once, its text extracted once, for every rule. */
export interface InspectedPage {
  /** The page's path on the site, e.g. /gzdt/ */
  path: string;
  /** The built file, relative to the site folder. */
  file: string;
  $: CheerioAPI;
  /** The text a reader sees (body, without scripts and styles), one text node a line. */
  text: string;
}

/** An address on another site the pages link to, for a manual check (nothing is fetched offline). */
export interface ExternalLink {
  url: string;
  /** How many pages link to it, and the first few. */
  pageCount: number;
  pages: string[];
}

/** Everything a rule checks: the built site, its sources as loaded, the inspection's date. */
export interface InspectionContext {
  /** The built site's folder. */
  folder: string;
  source: ContentSource;
  /** The sources, loaded and validated as a build loads them. */
  content: SiteContent;
  /** The day inspected (Beijing), YYYY-MM-DD: freshness and future dates are measured against it. */
  date: string;
  /** Every built HTML page's path and file (rules that look at one page read it from here). */
  pages: readonly { path: string; file: string }[];
  /** Reads and parses one built page (cached for the run). */
  page(path: string): InspectedPage | undefined;
  /** External links found so far (the links rule fills it while the pages are read). */
  external: Map<string, Set<string>>;
}

/** One rule of the inspection: what it checks, on what authority, how to fix what it finds. */
export interface InspectRule {
  /** Its id in findings and the report, e.g. personal-data. */
  id: string;
  /** Its name for the operator, e.g. 个人信息泄露. */
  title: string;
  /** The rule it comes from: the indicator, the regulation and its article. */
  basis: string;
  /** What the operator does about a finding. */
  fix: string;
  /** Its findings' weight unless a finding says otherwise. */
  severity: Severity;
  /** A freshness rule: `--freshness report` lists its findings without failing the site. */
  freshness?: boolean;
  /** Checks the site as a whole (sources, settings, a few pages). */
  checkSite?(context: InspectionContext): RuleFinding[] | Promise<RuleFinding[]>;
  /** Checks one built page; every page is read once and handed to every rule in turn. */
  checkPage?(page: InspectedPage, context: InspectionContext): RuleFinding[];
}
