import { existsSync } from "node:fs";
import { resolve } from "node:path";
import picomatch from "picomatch";
import { chromiumPath } from "../browser/chromium.ts";
import { ensureBuilt } from "../build/ensure-built.ts";
import { openPageCache } from "../cache/audit-cache.ts";
import { auditConfigKey } from "../cache/config-key.ts";
import { createFileHasher } from "../cache/file-hasher.ts";
import { siteFileOf } from "../cache/page-assets.ts";
import { inShard, type Shard } from "../cache/shard.ts";
import { toolVersions } from "../cache/tool-versions.ts";
import type { DisplayMode } from "../config/display-modes.ts";
import { resolveAuditConfig, type ResolvedAuditConfig } from "../config/resolve-config.ts";
import { applyExceptions, exceptionMatches, loadExceptions } from "../exceptions/exceptions.ts";
import { loadPa11yDefaults } from "../pa11y/pa11y-runner.ts";
import { listAuditPages } from "../pages/list-audit-pages.ts";
import type { AuditResult } from "../report/audit-result.ts";
import { writeReport } from "../report/report-writer.ts";
import { describeProblems } from "../report/summary.ts";
import { checkLinks } from "../static-checks/link-checker.ts";
import { checkPagesServed } from "../serve/served-pages.ts";
import type { AuditPage, Finding } from "../types.ts";
import { auditPagesFully, type PageAuditor } from "./audit-pages.ts";

export interface AuditOptions {
  /** The site's config, resolved over the package's defaults (loadAuditConfig, resolveAuditConfig); the defaults alone when absent. */
  config?: ResolvedAuditConfig;
  /** The file the config came from: its content is part of the cache key. */
  configFile?: string | null;
  /** The built site to audit (default: the config's folder). */
  folder?: string;
  /** Build `folder` first with the config's build step when it is missing or older than its sources (off for a folder built elsewhere). */
  build?: boolean;
  /** Where index.html and results.json go (default: the config's); null writes no report. */
  reportDir?: string | null;
  /** The exceptions file (default: the config's). */
  exceptionsFile?: string;
  /** The display modes (default: the config's); tests and benchmarks choose fewer. */
  modes?: readonly DisplayMode[];
  log?: (line: string) => void;
  /** The audit cache folder (default: the config's; see cache/audit-cache.ts); null audits every page and keeps nothing. */
  cacheDir?: string | null;
  /** Re-audit every page whatever the cache holds (the fresh results are still stored). */
  full?: boolean;
  /** Audit only this shard of the pages (`--shard K/N`). */
  shard?: Shard;
  /** Audit only the pages this accepts (a benchmark's sample); after the shard. */
  select?: (page: AuditPage) => boolean;
  /** What audits the pages the cache cannot answer; tests of the cache logic pass a fake. */
  auditPages?: PageAuditor;
  /** The web server, by name: the package's `static`, or one of the config's `servers`. */
  server?: string;
}

/** The run's options when neither the caller nor the config says otherwise. */
function withDefaults(options: AuditOptions) {
  const config = options.config ?? resolveAuditConfig();
  const defaults = {
    config,
    configFile: null as string | null,
    folder: config.folder,
    build: true,
    reportDir: config.report as string | null,
    exceptionsFile: config.exceptions,
    modes: config.displayModes as readonly DisplayMode[],
    log: (line: string) => console.log(line),
    cacheDir: config.cache as string | null,
    full: false,
    shard: undefined as Shard | undefined,
    select: (_page: AuditPage) => true,
    auditPages: auditPagesFully,
    server: "static",
  };
  return { ...defaults, ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) } as typeof defaults;
}

/**
 * The whole audit: build if needed, list pages from sitemap.xml and check the list
 * against the build, serve the folder on 127.0.0.1, run the site-wide checks (page
 * list, links, every page served) on every run — they are cheap — then look each
 * page up in the cache and audit the rest: html-validate, the site's page checks,
 * pa11y-ci and the axe-core/keyboard/layout pass. Exceptions are applied last, to
 * cached and fresh findings alike, and the report written. Crashes throw; every
 * problem is in the result.
 */
export async function runAudit(options: AuditOptions = {}): Promise<AuditResult> {
  const o = withDefaults(options);
  const { config } = o;
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const exceptions = loadExceptions(o.exceptionsFile, config.pageChecks.map((check) => check.tool)); // a broken exceptions file stops the audit before it starts
  const server = config.servers[o.server];
  if (!server) throw new Error(`No server named ${o.server}: the config has ${Object.keys(config.servers).join(", ")}`);
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: install it (apt-get install chromium) or set CHROME_PATH`);
  if (o.build && config.build) await ensureBuilt(o.folder, config.build, o.log);
  const { pages: allPages, findings: listFindings, origin } = await listAuditPages(o.folder, config.knownExtraPages.map((page) => page.path));
  // A shard owns its pages' findings, the page-list ones included, so the shards report each finding once.
  const pages = allPages.filter((page) => inShard(page.path, o.shard) && o.select(page));
  const audited = new Set(pages.map((page) => page.path));
  const shardNote = o.shard ? ` (shard ${o.shard.index}/${o.shard.count} of ${allPages.length})` : "";
  o.log(`Auditing ${pages.length} pages${shardNote} of ${o.folder}/ in ${o.modes.length} display modes and with pa11y-ci…`);

  const built = new Set(allPages.map((page) => page.path));
  const findings: Finding[] = listFindings.filter((f) => audited.has(f.page) || (!built.has(f.page) && inShard(f.page, o.shard)));
  findings.push(...(await checkLinks(o.folder, pages, origin)));

  const hits: string[] = [];
  const misses: AuditPage[] = [];
  const reported = new Set<string>();
  const served = await server.start(o.folder);
  try {
    findings.push(...(await checkPagesServed(served.url, pages, config.knownExtraPages)));
    const pa11yDefaults = loadPa11yDefaults(config.pa11y.configFile, config.pa11y.options);

    const hashFile = createFileHasher(o.folder);
    const cache = o.cacheDir
      ? openPageCache({
          dir: o.cacheDir,
          folder: o.folder,
          configKey: auditConfigKey({ config, configFile: o.configFile, modes: o.modes, server: o.server, pa11yDefaults, versions: toolVersions() }),
          hashFile,
          warn: o.log,
        })
      : undefined;
    const keys = new Map<string, string>();
    let printed = 0;
    /** `[n/total] /path ok`, counting the page's site-wide findings too (`findings` holds only those when it starts). */
    const siteWide = new Map<string, Finding[]>();
    for (const finding of findings) siteWide.set(finding.page, (siteWide.get(finding.page) ?? []).concat(finding));
    const progress = (page: AuditPage, pageFindings: readonly Finding[], note = "") => {
      const all = [...(siteWide.get(page.path) ?? []), ...pageFindings];
      const failing = all.filter((f) => !exceptions.some((x) => exceptionMatches(x, f)));
      o.log(`[${++printed}/${pages.length}] ${page.path} ${describeProblems(failing)}${note}`);
    };
    for (const page of pages) {
      const key = cache?.keyOf(page);
      if (key) keys.set(page.path, key);
      const cached = key && !o.full ? cache?.lookUp(page, key) : undefined;
      if (cached) {
        hits.push(page.path);
        findings.push(...cached); // cached findings count exactly as fresh ones: a cache never turns a failure into a pass
        progress(page, cached, " (cached)");
      } else misses.push(page);
    }
    if (cache) o.log(o.full ? `--full: the cache is not read; auditing all ${misses.length} pages…` : `Cache: ${hits.length} of ${pages.length} pages unchanged; auditing ${misses.length}…`);
    await o.auditPages({
      folder: o.folder,
      baseUrl: served.url,
      pages: misses,
      modes: o.modes,
      config,
      pa11yDefaults,
      onPageDone: (page, pageFindings, requested) => {
        if (reported.has(page.path)) return;
        reported.add(page.path);
        findings.push(...pageFindings);
        const key = keys.get(page.path);
        if (cache && key) {
          const files = requested.map((url) => siteFileOf(new URL(url).pathname, page.file)).filter((file): file is string => !!file && file !== page.file);
          cache.store(page, key, pageFindings, files);
        }
        progress(page, pageFindings);
      },
    });
  } finally {
    await served.close();
  }
  // A page the auditor never reported on fails: an audit never passes by not running.
  for (const page of misses.filter((p) => !reported.has(p.path))) {
    findings.push({ tool: "browser", mode: "static", page: page.path, rule: "page-not-audited", message: "The audit reported no result for this page" });
  }

  const { kept, excepted, stale: staleEverywhere } = applyExceptions(findings, exceptions);
  // In a shard, an exception whose pages lie partly in other shards cannot be judged stale here.
  const stale = staleEverywhere.filter((x) => allPages.filter((p) => picomatch.isMatch(p.path, x.pages, { dot: true })).every((p) => audited.has(p.path)));
  if (stale.length < staleEverywhere.length) {
    o.log(`${staleEverywhere.length - stale.length} exception(s) cover pages of other shards too: an unsharded run judges whether they are stale.`);
  }
  const result: AuditResult = {
    startedAt,
    durationSeconds: (performance.now() - started) / 1000,
    folder: resolve(o.folder),
    pages,
    modes: o.modes.map(({ name, description }) => ({ name, description })),
    pageChecks: config.pageChecks.map(({ tool, description }) => ({ tool, description })),
    findings: kept,
    excepted,
    staleExceptions: stale,
    passed: kept.length === 0 && stale.length === 0,
    cache: { dir: o.cacheDir ?? null, full: o.full || !o.cacheDir, hits, misses: misses.map((page) => page.path) },
    ...(o.shard ? { shard: o.shard } : {}),
  };
  if (o.reportDir) await writeReport(o.reportDir, result);
  return result;
}
