import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AuditPage, listAuditPages, loadAuditConfig, loadPa11yDefaults, type Pa11yDefaults, runAudit, runBrowserPass, runPa11y } from "a11y-audit";
import { chromiumLaunchOptions } from "a11y-audit/chromium";
import { serveStatic } from "a11y-audit/serve-static";
import { median } from "../report/median.ts";

export interface AuditWay {
  name: string;
  /** Audits per page: 1 for pa11y-ci (one mode), the number of modes for the axe pass. */
  auditsPerPage: number;
  /** Median wall seconds for the whole sample. */
  seconds: number;
  runs: number[];
  pagesPerSecond: number;
  /** Page audits (one page in one mode) per second. */
  auditsPerSecond: number;
  findings: number;
}

export interface AuditBench {
  folder: string;
  sample: string[];
  repeats: number;
  ways: AuditWay[];
  /** Our axe pass's page audits per second / pa11y-ci defaults' (target ≥ 5). */
  axeVsPa11yDefaults: number;
  /** pa11y-ci defaults' seconds per page / the whole audit's (target ≥ 2). */
  fullAuditVsPa11yDefaults: number;
}

export interface AuditBenchOptions {
  /** A built site (with sitemap.xml). */
  folder: string;
  /** The site's audit config (its display modes, pages and pa11y options). */
  configFile?: string;
  /** Pages in the sample; the same pages for every way. */
  sampleSize?: number;
  repeats?: number;
  log?: (line: string) => void;
}

/**
 * pa11y-ci as it runs with nothing configured: one page at a time, incognito
 * contexts, the HTML_CodeSniffer runner only, WCAG2AA. Only the browser is named,
 * since pa11y cannot download its own here.
 */
export function pa11yCiDefaults(): Pa11yDefaults {
  return { chromeLaunchConfig: chromiumLaunchOptions() };
}

/** A deterministic sample: the pages sorted by a hash of their path (a mix of kinds), the home page first. */
export function samplePages(pages: readonly AuditPage[], size: number): AuditPage[] {
  const hash = (path: string) => createHash("sha256").update(path).digest("hex");
  const home = pages.filter((p) => p.path === "/");
  const rest = pages.filter((p) => p.path !== "/").sort((a, b) => hash(a.path).localeCompare(hash(b.path)));
  return [...home, ...rest].slice(0, size);
}

/**
 * Times, on the same sample of a built site's pages, in one run: pa11y-ci at its
 * defaults (the baseline), pa11y-ci as the audit configures it, our axe-core
 * pass in every display mode (no keyboard walk: one page in one mode = one audit),
 * the whole audit (`npm run audit -- --full` restricted to the sample), and the same
 * again with nothing changed, answered from the cache the full run wrote.
 * The ways take turns within each repeat, so a busy moment of the shared machine
 * does not fall on one way only; the median of the repeats is reported.
 */
export async function benchAudit({ folder, configFile = "audit.config.ts", sampleSize = 20, repeats = 3, log = console.log }: AuditBenchOptions): Promise<AuditBench> {
  const { config, file } = await loadAuditConfig(configFile);
  const { pages } = await listAuditPages(folder, config.knownExtraPages.map((page) => page.path));
  const sample = samplePages(pages, sampleSize);
  const inSample = new Set(sample.map((p) => p.path));
  const ours = loadPa11yDefaults(config.pa11y.configFile, config.pa11y.options);
  const modes = config.displayModes;
  const server = await serveStatic(folder);
  const cacheDir = await mkdtemp(join(tmpdir(), "xc-bench-audit-cache-"));
  const wholeAudit = (full: boolean) => () =>
    runAudit({ config, configFile: file, folder, build: false, reportDir: null, cacheDir, full, select: (p) => inSample.has(p.path), log: () => {} }).then((r) => r.findings.length);
  const ways = [
    { name: "pa11y-ci, its defaults (baseline)", auditsPerPage: 1, run: () => runPa11y({ baseUrl: server.url, pages: sample, defaults: pa11yCiDefaults() }).then((f) => f.length) },
    { name: `pa11y-ci, as the audit configures it (concurrency ${ours.concurrency})`, auditsPerPage: 1, run: () => runPa11y({ baseUrl: server.url, pages: sample, defaults: ours }).then((f) => f.length) },
    {
      name: `axe-core pass, ${modes.length} modes, one browser`,
      auditsPerPage: modes.length,
      run: () =>
        runBrowserPass({ baseUrl: server.url, pages: sample, modes, axe: config.axe, knownExtraPages: config.knownExtraPages, scriptOnlyControls: config.scriptOnlyControls, keyboard: false }).then(
          (f) => f.length,
        ),
    },
    { name: "whole audit (--full)", auditsPerPage: 1, run: wholeAudit(true) },
    // Not a target: what the cache saves when nothing changed (every page a hit; site-wide checks still run).
    { name: "whole audit, nothing changed (cache hits)", auditsPerPage: 1, run: wholeAudit(false) },
  ];
  const runs = ways.map(() => [] as number[]);
  const findings = ways.map(() => 0);
  try {
    log(`Audit benchmark: ${sample.length} pages of ${folder}, ${repeats} repeat(s)…`);
    for (let repeat = 0; repeat < repeats; repeat++) {
      for (const [index, way] of ways.entries()) {
        const started = performance.now();
        findings[index] = await way.run();
        const seconds = (performance.now() - started) / 1000;
        runs[index]!.push(seconds);
        log(`  ${way.name}: ${seconds.toFixed(1)} s`);
      }
    }
  } finally {
    await server.close();
    await rm(cacheDir, { recursive: true, force: true });
  }
  const results: AuditWay[] = ways.map((way, index) => {
    const seconds = median(runs[index]!);
    return {
      name: way.name,
      auditsPerPage: way.auditsPerPage,
      seconds,
      runs: runs[index]!,
      pagesPerSecond: sample.length / seconds,
      auditsPerSecond: (sample.length * way.auditsPerPage) / seconds,
      findings: findings[index]!,
    };
  });
  const [baseline, , axe, whole] = results as [AuditWay, AuditWay, AuditWay, AuditWay, AuditWay];
  return {
    folder,
    sample: sample.map((p) => p.path),
    repeats,
    ways: results,
    axeVsPa11yDefaults: axe.auditsPerSecond / baseline.auditsPerSecond,
    fullAuditVsPa11yDefaults: whole.pagesPerSecond / baseline.pagesPerSecond,
  };
}
