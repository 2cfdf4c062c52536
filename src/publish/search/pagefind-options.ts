/** How the site's search index is built, wherever it is built (the build, bench:search, tests). */
export interface SearchIndexOptions {
  /** Where the index goes, inside the built folder; the search page loads /pagefind/parts.json. */
  bundleFolder: string;
  /** The site's language: every page is zh-CN, so Pagefind segments words as Chinese. */
  language: string;
  /** The most characters of one page's text that are indexed (see bound-indexed-text.ts). */
  maxPageText: number;
}

/**
 * A long policy document is some tens of thousands of characters; what a resident searches for
 * is nearly always in its title and first pages. npm run bench:search measures the cost of a
 * page at this bound against a normal article.
 */
export const maxIndexedPageText = 20_000;

/** The file that lists the parts of the index, for the search page (search-results.ts). */
export const partsFileName = "parts.json";

/**
 * Pagefind's ready-made interfaces, which the site does not use: its own search.js renders the
 * results. The Default UI injects inline styles (a strict CSP refuses them); removing the files
 * keeps unused third-party code off the server.
 */
export const unusedUiFiles = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];
