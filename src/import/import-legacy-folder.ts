import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { listContentFiles, relativePath } from "../lib/content/list-content-files.ts";
import { articlesFrom, folderRules, loadArticles, readLegacyFolder } from "../lib/content/load-articles.ts";
import { referenceTime } from "../lib/content/reference-time.ts";
import { loadOverrides } from "../lib/legacy/load-overrides.ts";
import { overridesFileName, type OverrideRow } from "../lib/legacy/overrides.ts";
import { contentFolders } from "../lib/load-site.ts";
import type { BuildProblem, Channel, SiteConfig, Topic } from "../lib/model/types.ts";
import { overridesCsv } from "./overrides-csv.ts";

/** The hidden file that marks a folder as an import's own, which the next import may replace. */
export const importMarker = ".imported-from";

export interface ImportOptions {
  /** The export: a folder of old-site .txt pages (sub-folders too), with overrides.csv files where the operator wrote them. */
  from: string;
  /** Where the importable pages go, inside the content's legacy/ folder; replaced as a whole by each import from `from`. */
  into: string;
  /** The content folder the site is built from: imported URLs must not clash with its other articles. */
  contentDir: string;
  site: SiteConfig;
  channels: Channel[];
  /** The 主题分类 of the settings (topics.yaml), so the site's policy documents load as the build loads them. */
  topics?: Topic[];
  /** The reference time for future dates (reference-time.ts). */
  asOf?: number;
}

export interface ImportReport {
  /** Every page found, relative to `from`. */
  pages: string[];
  /** Pages copied into `into`. */
  imported: string[];
  /** Pages left out, each named by a problem. */
  refused: string[];
  problems: BuildProblem[];
  warnings: BuildProblem[];
}

const inside = (path: string, folder: string) => resolve(path).startsWith(resolve(folder) + sep);

/**
 * Imports a folder of old-site pages in one run: reads every page exactly as a build would
 * (the same reader, overrides.csv included), reports every problem and warning, and copies the
 * pages that import cleanly or with warnings, byte for byte, into `into` with the overrides
 * rows they use, so that the next build publishes them. Pages with a problem (no date, a date
 * in the future, a URL taken…) are left out and listed; the operator dates them in overrides.csv
 * and runs the import again. Nothing is written when no page imports.
 */
export async function importLegacyFolder(options: ImportOptions): Promise<ImportReport> {
  const { from, into, contentDir, site, channels } = options;
  if (resolve(from) === resolve(into) || inside(into, from) || inside(from, into)) throw new Error(`the export ${from} and the import folder ${into} must be apart`);
  const asOf = options.asOf ?? referenceTime().epochMs;
  const slugs = channels.map((c) => c.slug);
  const listed = listContentFiles(from, from, folderRules.legacy);
  const existing = loadArticles(site, channels, contentFolders(contentDir), asOf, options.topics).articles.filter((a) => !inside(a.sourceFile, into));
  const load = articlesFrom(readLegacyFolder(site, slugs, from, from), site, channels, asOf, new Map(existing.map((a) => [a.url, a.sourceFile])));

  const named = new Set(load.problems.map((p) => resolve(p.file)));
  const imported = listed.files.filter((file) => !named.has(resolve(file)));
  const report: ImportReport = {
    pages: listed.files.map((file) => relativePath(from, file)),
    imported: imported.map((file) => relativePath(from, file)),
    refused: listed.files.filter((file) => named.has(resolve(file))).map((file) => relativePath(from, file)),
    problems: load.problems,
    warnings: load.warnings,
  };
  if (imported.length === 0) return report;

  const overrides = loadOverrides(listed.extra, listed.files);
  const rows = new Set<OverrideRow>(imported.flatMap((file) => Object.values(overrides.lookup(file)).filter((row): row is OverrideRow => row !== undefined)));
  const staging = `${into}.importing-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  for (const file of imported) {
    const target = join(staging, relativePath(from, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  // The copy mirrors the export's folders, so each row's path relative to the export holds in the copy.
  if (rows.size) writeFileSync(join(staging, overridesFileName), overridesCsv([...rows], from));
  writeFileSync(join(staging, importMarker), `${resolve(from)}\n`);
  if (existsSync(into)) {
    if (!existsSync(join(into, importMarker))) {
      await rm(staging, { recursive: true, force: true });
      throw new Error(`${into} exists and was not written by an import (no ${importMarker} in it); expected a new folder or one a previous import wrote`);
    }
    await rm(into, { recursive: true });
  }
  mkdirSync(dirname(into), { recursive: true });
  await rename(staging, into);
  return report;
}
