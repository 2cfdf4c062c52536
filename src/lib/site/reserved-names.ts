import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { feedPaths } from "../feeds/feed-addresses.ts";

/** The template folder (.eleventy.js: setInputDirectory). */
const templateFolder = fileURLToPath(new URL("../../site/", import.meta.url));

/** Where the search index goes inside the built site (src/publish/search/index-site.ts; search.js loads it from there). */
export const searchIndexFolder = "pagefind";

/** The site map for search engines, written by the build from every page it published (src/publish/sitemap/). */
export const sitemapFile = "sitemap.xml";

/** The build's own record of what it published, kept inside the site and never served (src/publish/manifest/). */
export const publishStateFolder = ".publish";

/** The first segment of a template's own fixed permalink (`permalink: /about/` → about), or undefined. */
function fixedPermalinkRoot(templateText: string): string | undefined {
  const head = /^---[^\n]*\n([\s\S]*?)\n---/.exec(templateText)?.[1] ?? "";
  const permalink = /^\s*permalink:\s*["']?\/([^/"'\s{}]+)/m.exec(head);
  return permalink?.[1];
}

/**
 * Every name the build writes at the top of the site besides the channels:
 * each page template's fixed permalink (or its file name when it has none),
 * each template sub-folder (assets/, feeds/), the feeds' folder, the search
 * index, the XML site map and the build's own hidden state folder. Derived from what the build really writes, so a new page or step
 * cannot silently take a channel's URL (tests/lib/site/ compares it with a build).
 */
export function reservedTopLevelNames(templates = templateFolder): string[] {
  const names = new Set<string>([searchIndexFolder, sitemapFile, publishStateFolder, feedPaths().rss.split("/")[1]!]);
  for (const entry of readdirSync(templates, { withFileTypes: true })) {
    if (/^[_.]/.test(entry.name)) continue; // _includes and hidden files are not output
    if (entry.isDirectory()) names.add(entry.name);
    else if (entry.name.endsWith(".njk")) {
      const text = readFileSync(join(templates, entry.name), "utf8");
      const dynamic = /^\s*permalink:\s*(\(|["']?\{\{)/m.test(text); // article and channel pages: the channels' own URLs
      const root = fixedPermalinkRoot(text) ?? (dynamic ? undefined : entry.name.replace(/\.njk$/, ""));
      if (root && root !== "index") names.add(root);
    }
  }
  return [...names].sort();
}
