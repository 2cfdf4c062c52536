import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import * as cheerio from "cheerio";
import { fileForPath } from "../pages/page-files.ts";

/** `<link rel>` values a browser loads (alternate, canonical, next… are only addresses). */
const loadedLinkRels = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon|mask-icon)\b/i;

/** Every url(...) and @import "…" of a stylesheet. */
const cssReferences = /url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g;

/**
 * The site file a reference points to, relative to the folder, or undefined for
 * another origin, a data: URL or a fragment (other origins are the browser pass's
 * third-party-request finding, not part of the cache key).
 */
export function siteFileOf(reference: string, fromFile: string): string | undefined {
  const trimmed = reference.trim();
  if (!trimmed || /^(data|blob|about|javascript|mailto|tel):/i.test(trimmed) || trimmed.startsWith("#")) return undefined;
  const base = new URL(`http://site.invalid/${fromFile}`);
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  if (url.origin !== base.origin) return undefined;
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep it encoded: the file will simply be missing, which is hashed as such */
  }
  return fileForPath(posix.normalize(path));
}

/** Local files a stylesheet references, its own @imports followed (each stylesheet once). */
function stylesheetAssets(folder: string, cssFile: string, seen: Set<string>): void {
  if (seen.has(cssFile)) return;
  seen.add(cssFile);
  let css: string;
  try {
    css = readFileSync(join(folder, cssFile), "utf8");
  } catch {
    return; // missing: its hash says so
  }
  for (const match of css.matchAll(cssReferences)) {
    const file = siteFileOf(match[2] ?? match[4] ?? "", cssFile);
    if (!file) continue;
    if (file.endsWith(".css")) stylesheetAssets(folder, file, seen);
    else seen.add(file);
  }
}

/**
 * The files of the built folder a page loads, resolved from its HTML: stylesheets
 * and what they reference (fonts, url() cursors and images, @imports), scripts,
 * images and srcsets, media and their posters, icons and preloads, and url()s in
 * <style>. Sorted, relative to the folder. What scripts fetch at run time is added
 * from the browser's own request log (see audit-cache.ts).
 */
export function pageAssets(folder: string, htmlFile: string, html: string): string[] {
  const $ = cheerio.load(html);
  const found = new Set<string>();
  const add = (reference: string | undefined) => {
    const file = reference === undefined ? undefined : siteFileOf(reference, htmlFile);
    if (!file || file === htmlFile) return;
    if (file.endsWith(".css")) stylesheetAssets(folder, file, found);
    else found.add(file);
  };
  $("link[href]").each((_, element) => {
    if (loadedLinkRels.test($(element).attr("rel") ?? "")) add($(element).attr("href"));
  });
  $("script[src], img[src], source[src], video[src], audio[src], track[src], iframe[src], embed[src], input[src]").each((_, element) => add($(element).attr("src")));
  $("video[poster]").each((_, element) => add($(element).attr("poster")));
  $("object[data]").each((_, element) => add($(element).attr("data")));
  $("img[srcset], source[srcset]").each((_, element) => {
    for (const candidate of ($(element).attr("srcset") ?? "").split(",")) add(candidate.trim().split(/\s+/)[0]);
  });
  $("style").each((_, element) => {
    for (const match of $(element).text().matchAll(cssReferences)) add(match[2] ?? match[4]);
  });
  return [...found].sort();
}
