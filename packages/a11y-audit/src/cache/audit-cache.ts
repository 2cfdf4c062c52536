import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { AuditPage, Finding } from "../types.ts";
import { sha256 } from "./file-hasher.ts";
import { pageAssets } from "./page-assets.ts";

const findingSchema = z.object({
  tool: z.string(),
  mode: z.string(),
  page: z.string(),
  rule: z.string(),
  message: z.string(),
  selector: z.string().optional(),
  html: z.string().optional(),
  wcag: z.array(z.string()).optional(),
  helpUrl: z.string().optional(),
  impact: z.string().optional(),
});
const entrySchema = z.strictObject({
  format: z.literal(1),
  path: z.string(),
  key: z.string().regex(/^[0-9a-f]{64}$/),
  /** Files the browser requested while auditing the page, with their hashes then. */
  requested: z.record(z.string(), z.string()),
  findings: z.array(findingSchema),
});
export type CacheEntry = z.infer<typeof entrySchema>;

/** Findings that say a page could not be audited: such a result is never cached, the next run tries again. */
const notAuditedRules = new Set(["page-not-audited", "pa11y-failed"]);

export interface PageCacheOptions {
  dir: string;
  folder: string;
  configKey: string;
  hashFile: (file: string) => string;
  warn: (line: string) => void;
}

/**
 * The per-page cache of audit results: one JSON file per page path under `dir`/pages/.
 * A page's key hashes the configuration key, its HTML and every file its HTML and CSS
 * load; an entry also lists what the browser actually requested (scripts may fetch
 * more), and is a hit only when the key and each of those files are unchanged.
 */
export function openPageCache(options: PageCacheOptions) {
  const pagesDir = join(options.dir, "pages");
  const fileOf = (page: AuditPage) => join(pagesDir, `${sha256(page.path).slice(0, 40)}.json`);

  /** The key of a page as it is built now. */
  const keyOf = (page: AuditPage): string => {
    const html = readFileSync(join(options.folder, page.file));
    const assets = pageAssets(options.folder, page.file, html.toString("utf8")).map((file) => [file, options.hashFile(file)]);
    return sha256(JSON.stringify({ config: options.configKey, path: page.path, html: sha256(html), assets }));
  };

  /** The cached findings of a page when its entry is valid and still current; undefined for a miss. */
  const lookUp = (page: AuditPage, key: string): Finding[] | undefined => {
    const file = fileOf(page);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return undefined; // never audited
    }
    let entry: CacheEntry;
    try {
      entry = entrySchema.parse(JSON.parse(text));
      if (entry.path !== page.path) throw new Error(`it is for ${entry.path}`);
      if (entry.findings.some((finding) => finding.page !== page.path)) throw new Error("it holds findings of another page");
    } catch (error) {
      options.warn(`Warning: discarding the corrupted audit cache file ${file} (${String(error).split("\n")[0]?.slice(0, 200)}); re-auditing ${page.path}`);
      rmSync(file, { force: true });
      return undefined;
    }
    if (entry.key !== key) return undefined;
    if (Object.entries(entry.requested).some(([asset, hash]) => options.hashFile(asset) !== hash)) return undefined;
    return entry.findings as Finding[];
  };

  /** Stores a page's findings (before exceptions), unless the page could not be audited. Written whole, then renamed. */
  const store = (page: AuditPage, key: string, findings: readonly Finding[], requestedFiles: readonly string[]): boolean => {
    if (findings.some((finding) => notAuditedRules.has(finding.rule))) return false;
    const requested = Object.fromEntries([...new Set(requestedFiles)].sort().map((file) => [file, options.hashFile(file)]));
    const entry: CacheEntry = { format: 1, path: page.path, key, requested, findings: findings.map((finding) => ({ ...finding })) };
    mkdirSync(pagesDir, { recursive: true });
    const file = fileOf(page);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(entry));
    renameSync(temporary, file);
    return true;
  };

  return { keyOf, lookUp, store, fileOf };
}
export type PageCache = ReturnType<typeof openPageCache>;
