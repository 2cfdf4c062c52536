import type { AuditPage, Finding } from "../types.ts";
import { fileForPath, pathForFile } from "./page-files.ts";

export interface PageListInput {
  /** Paths listed in sitemap.xml. */
  sitemapPaths: readonly string[];
  /** Every HTML file in the build (relative, forward slashes). */
  htmlFiles: readonly string[];
  /** Paths deliberately left out of the sitemap and audited all the same. */
  knownExtraPages: readonly string[];
}

/**
 * Decides which pages to audit: the sitemap's pages plus the known extras, and
 * checks that list against the build. A built page missing from the sitemap, a
 * sitemap entry without a built file, a duplicate entry or a missing known extra
 * each become a finding, so the page list cannot silently drift from the site.
 */
export function comparePageLists({ sitemapPaths, htmlFiles, knownExtraPages }: PageListInput): {
  pages: AuditPage[];
  findings: Finding[];
} {
  const findings: Finding[] = [];
  const built = new Set(htmlFiles);
  const listed = new Map<string, string>(); // file → path
  const problem = (page: string, rule: string, message: string) =>
    findings.push({ tool: "pages", mode: "static", page, rule, message });

  for (const path of sitemapPaths) {
    const file = fileForPath(path);
    if (listed.has(file)) problem(path, "sitemap-duplicate", `sitemap.xml lists ${path} more than once`);
    else if (!built.has(file)) problem(path, "sitemap-page-missing", `sitemap.xml lists ${path} but the build has no ${file}`);
    listed.set(file, path);
  }
  for (const path of knownExtraPages) {
    const file = fileForPath(path);
    if (!built.has(file)) problem(path, "known-extra-page-missing", `${path} is a known page outside the sitemap but the build has no ${file}`);
    else listed.set(file, path);
  }
  for (const file of htmlFiles) {
    if (!listed.has(file)) {
      problem(pathForFile(file), "page-not-in-sitemap", `${file} is built but sitemap.xml does not list ${pathForFile(file)}; it is audited anyway`);
    }
  }
  // Every built page is audited, listed or not: an unlisted page is a finding, not a page skipped.
  const pages = htmlFiles.map((file) => ({ path: listed.get(file) ?? pathForFile(file), file }));
  return { pages, findings };
}
