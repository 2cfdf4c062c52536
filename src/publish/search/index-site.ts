import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { searchIndexFolder } from "../../lib/site/reserved-names.ts";
import { listSiteFiles, pagePathOf } from "../site-files.ts";
import { boundIndexedText } from "./bound-indexed-text.ts";

export interface IndexSiteOptions {
  /** Where the index goes, inside the built folder; the search page loads /pagefind/pagefind.js. */
  bundleFolder?: string;
  /** The site's language: every page is zh-CN, so Pagefind segments words as Chinese. */
  language?: string;
  /** The most characters of one page's text that are indexed (see bound-indexed-text.ts). */
  maxPageText?: number;
}

/**
 * A long policy document is some tens of thousands of characters; what a resident searches for
 * is nearly always in its title and first pages. npm run bench:search measures the cost of a
 * page at this bound against a normal article.
 */
export const maxIndexedPageText = 20_000;

export interface IndexSiteResult {
  /** Pages indexed: the pages that mark a `data-pagefind-body` (the articles). */
  pages: number;
  /** The index folder. */
  outputPath: string;
}

/** The marker article.njk puts on the article; pages without it are not searched. */
const bodyMarker = "data-pagefind-body";

/**
 * Pagefind's ready-made interfaces, which the site does not use: its own search.js renders the
 * results. The Default UI injects inline styles (a strict CSP refuses them); removing the files
 * keeps unused third-party code off the server.
 */
const unusedUiFiles = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

/** Fails with every message Pagefind reported, one a line. */
function throwIfErrors(stage: string, errors: string[]): void {
  if (errors.length) throw new Error(`Search index (${stage}) failed:\n${errors.map((e) => `  ${e}`).join("\n")}`);
}

/** The built pages (…/index.html) that mark an article body, as [URL, file] pairs, sorted. */
function articlePages(folder: string): [url: string, file: string][] {
  return listSiteFiles(folder, ["**/index.html", `!${searchIndexFolder}/**`])
    .map((entry): [string, string] => [pagePathOf(entry), join(folder, entry)])
    .filter(([, file]) => readFileSync(file, "utf8").includes(bodyMarker));
}

/**
 * Post-build step: indexes the built site with Pagefind into `<folder>/pagefind/`.
 * Only article pages are given to Pagefind, so a site without articles never indexes menus and
 * footers; within them only the title and body count (article.njk marks them), with the channel
 * as a filter and the date as metadata. Pagefind's bundled binary runs through its Node API:
 * no network, no CLI.
 */
export async function indexSite(folder: string, options: IndexSiteOptions = {}): Promise<IndexSiteResult> {
  const { bundleFolder, language, maxPageText } = { bundleFolder: searchIndexFolder, language: "zh-cn", maxPageText: maxIndexedPageText, ...options };
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    throwIfErrors("start", errors);
    const pages = articlePages(folder);
    for (const [url, file] of pages) {
      const added = await index!.addHTMLFile({ url, content: boundIndexedText(readFileSync(file, "utf8"), maxPageText) });
      throwIfErrors(`reading ${file}`, added.errors);
    }
    const outputPath = join(folder, bundleFolder);
    const written = await index!.writeFiles({ outputPath });
    throwIfErrors("writing", written.errors);
    await Promise.all(unusedUiFiles.map((name) => rm(join(outputPath, name), { force: true })));
    return { pages: pages.length, outputPath };
  } finally {
    await pagefind.close(); // stop the binary so the build process can exit
  }
}
