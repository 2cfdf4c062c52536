import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { searchIndexFolder } from "../../lib/site/reserved-names.ts";
import { listSiteFiles, pagePathOf } from "../site-files.ts";
import { groupIntoParts } from "./group-into-parts.ts";
import { indexParts } from "./index-parts.ts";
import { maxIndexedPageText, type SearchIndexOptions } from "./pagefind-options.ts";
import { searchRecord } from "./search-record.ts";
import { writePartsList } from "./write-parts-list.ts";

export { maxIndexedPageText } from "./pagefind-options.ts";

export interface IndexSiteResult {
  /** Pages indexed: the pages that mark a `data-pagefind-body` (the articles). */
  pages: number;
  /** The index folder. */
  outputPath: string;
  /** The parts written, by id. */
  parts: string[];
  /** CPU time of the Pagefind processes (ms). */
  pagefindCpuMs: number;
}

/** The search record of every built page (…/index.html) that marks an article body, as [URL, record] pairs. */
function builtRecords(folder: string, maxText: number): [string, string][] {
  return listSiteFiles(folder, ["**/index.html", `!${searchIndexFolder}/**`]).flatMap((entry): [string, string][] => {
    const record = searchRecord(readFileSync(join(folder, entry), "utf8"), maxText);
    return record ? [[pagePathOf(entry), record]] : [];
  });
}

/**
 * Indexes a built site from its files into `<folder>/pagefind/`, in parts (search-part-of.ts),
 * with the parts list the search page reads; what the build does from the pages it has just
 * rendered, for a site built without its index (bench:search) and for tests. Only pages that
 * mark a `data-pagefind-body` are indexed (article.njk marks the title and body), so a site
 * without articles never indexes menus and footers.
 */
export async function indexSite(folder: string, options: Partial<SearchIndexOptions> = {}): Promise<IndexSiteResult> {
  const { bundleFolder, language, maxPageText } = { bundleFolder: searchIndexFolder, language: "zh-cn", maxPageText: maxIndexedPageText, ...options };
  const outputPath = join(folder, bundleFolder);
  await rm(outputPath, { recursive: true, force: true });
  const parts = groupIntoParts(builtRecords(folder, maxPageText), outputPath);
  const { pages, pagefindCpuMs } = await indexParts(parts, language);
  await writePartsList(outputPath, `/${bundleFolder}/`, parts.map((part) => part.id));
  return { pages, outputPath, parts: parts.map((part) => part.id), pagefindCpuMs };
}
