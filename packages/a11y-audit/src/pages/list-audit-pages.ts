import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { AuditPage, Finding } from "../types.ts";
import { listHtmlFiles } from "./page-files.ts";
import { comparePageLists } from "./page-list.ts";
import { readSitemap } from "./sitemap.ts";

/**
 * The pages of a built site to audit: those sitemap.xml lists, the known extra pages,
 * and any other built page (each unlisted one a finding), with the site's own origin.
 */
export async function listAuditPages(folder: string, knownExtraPages: readonly string[]): Promise<{ pages: AuditPage[]; findings: Finding[]; origin: string | undefined }> {
  const sitemapFile = join(folder, "sitemap.xml");
  if (!existsSync(sitemapFile)) throw new Error(`${sitemapFile} is missing: the audit takes its page list from it`);
  const sitemap = readSitemap(await readFile(sitemapFile, "utf8"));
  const { pages, findings } = comparePageLists({ sitemapPaths: sitemap.paths, htmlFiles: await listHtmlFiles(folder), knownExtraPages });
  return { pages, findings, origin: sitemap.origin };
}
