import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import picomatch from "picomatch";
import { chromiumPath } from "../chromium.ts";
import { startNginx } from "../../serve/nginx/start-nginx.ts";
import { serveStatic } from "../serve-static.ts";
import type { AuditResult } from "./audit-result.ts";
import { auditPagesFully, type PageAuditor } from "./audit-pages.ts";
import { listHtmlFiles } from "./built-files.ts";
import { defaultCacheDir, openPageCache } from "./cache/audit-cache.ts";
import { auditConfigKey } from "./cache/config-key.ts";
import { createFileHasher } from "./cache/file-hasher.ts";
import { siteFileOf } from "./cache/page-assets.ts";
import { inShard, type Shard } from "./cache/shard.ts";
import { toolVersions } from "./cache/tool-versions.ts";
import { type DisplayMode, displayModes } from "./display-modes.ts";
import { ensureBuilt } from "./ensure-build.ts";
import { applyExceptions, defaultExceptionsFile, exceptionMatches, loadExceptions } from "./exceptions.ts";
import { knownExtraPages } from "./known-extra-pages.ts";
import { checkLinks } from "./link-checker.ts";
import { loadPa11yDefaults } from "./pa11y-runner.ts";
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
  /** The audit cache folder (see cache/audit-cache.ts); null audits every page and keeps nothing. */
  cacheDir?: string | null;
  /** Re-audit every page whatever the cache holds (the fresh results are still stored). */
  full?: boolean;
  /** Audit only this shard of the pages (`--shard K/N`). */
  shard?: Shard;
  /** Audit only the pages this accepts (the benchmark's sample); after the shard. */
  select?: (page: AuditPage) => boolean;
  /** What audits the pages the cache cannot answer; tests of the cache logic pass a fake. */
  auditPages?: PageAuditor;
  /** The web server: a small static server, or real nginx with deploy/nginx.conf (headers, CSP) as in production. */
  server?: "static" | "nginx";
}

const defaults = {
  folder: "_site",
  build: true,
  reportDir: "reports/a11y",
  exceptionsFile: defaultExceptionsFile,
  modes: displayModes,
  concurrency: 2,
  log: (line: string) => console.log(line),
  cacheDir: defaultCacheDir,
  full: false,
  shard: undefined,
  select: () => true,
  auditPages: auditPagesFully,
  server: "static",
} satisfies Omit<Required<AuditOptions>, "shard"> & { shard: undefined };

/** Serves `folder` on 127.0.0.1 with the chosen server; close() stops it. */
async function serve(folder: string, server: "static" | "nginx"): Promise<{ url: string; close(): Promise<void> }> {
  if (server === "static") return serveStatic(folder);
  const nginx = await startNginx({ root: folder });
  return { url: nginx.url, close: () => nginx.stop() };
}

/**
 * The whole audit: build if needed, list pages from sitemap.xml and check the list
 * against the build, serve the folder on 127.0.0.1, run the site-wide checks (page
 * list, links, every page served) on every run — they are cheap — then look each
 * page up in the cache and audit the rest: html-validate, footer, pa11y-ci and the
 * axe-core/keyboard/layout pass. Exceptions are applied last, to cached and fresh
 * findings alike, and the report written. Crashes throw; every problem is in the result.
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
  const { pages: allPages, findings: listFindings } = comparePageLists({
    sitemapPaths: sitemap.paths,
    htmlFiles: await listHtmlFiles(o.folder),
    knownExtraPages,
  });
  // A shard owns its pages' findings, the page-list ones included, so the shards report each finding once.
  const pages = allPages.filter((page) => inShard(page.path, o.shard) && o.select(page));
  const audited = new Set(pages.map((page) => page.path));
  const shardNote = o.shard ? ` (shard ${o.shard.index}/${o.shard.count} of ${allPages.length})` : "";
  o.log(`Auditing ${pages.length} pages${shardNote} of ${o.folder}/ in ${o.modes.length} display modes and with pa11y-ci…`);

  const built = new Set(allPages.map((page) => page.path));
  const findings: Finding[] = listFindings.filter((f) => audited.has(f.page) || (!built.has(f.page) && inShard(f.page, o.shard)));
  findings.push(...(await checkLinks(o.folder, pages, sitemap.origin)));

  const hits: string[] = [];
  const misses: AuditPage[] = [];
  const reported = new Set<string>();
  const server = await serve(o.folder, o.server);
  try {
    findings.push(...(await checkPagesServed(server.url, pages)));

    const hashFile = createFileHasher(o.folder);
    const cache = o.cacheDir
      ? openPageCache({
          dir: o.cacheDir,
          folder: o.folder,
          configKey: auditConfigKey({ modes: o.modes, pa11yDefaults: loadPa11yDefaults(), versions: toolVersions(), server: o.server }),
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
      baseUrl: server.url,
      pages: misses,
      modes: o.modes,
      concurrency: o.concurrency,
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
    await server.close();
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
