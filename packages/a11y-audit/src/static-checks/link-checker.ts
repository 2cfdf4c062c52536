import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { fileForPath } from "../pages/page-files.ts";
import type { AuditPage, Finding } from "../types.ts";

/** Attributes that point at another page or an asset. */
const linkAttributes: readonly [selector: string, attribute: string][] = [
  ["a[href]", "href"],
  ["area[href]", "href"],
  ["link[href]", "href"],
  ["img[src]", "src"],
  ["script[src]", "src"],
  ["source[src]", "src"],
  ["iframe[src]", "src"],
  ["video[src]", "src"],
  ["audio[src]", "src"],
  ["track[src]", "src"],
  ["form[action]", "action"],
  ["object[data]", "data"],
];

/** The ids (and a[name]s) a built page offers as #fragments; cached per file. */
async function anchorsOf(folder: string, file: string, cache: Map<string, Set<string>>): Promise<Set<string>> {
  let anchors = cache.get(file);
  if (!anchors) {
    const $ = cheerio.load(await readFile(join(folder, file), "utf8"));
    anchors = new Set([...$("[id]").map((_, e) => $(e).attr("id")).get(), ...$("a[name]").map((_, e) => $(e).attr("name")).get()]);
    cache.set(file, anchors);
  }
  return anchors;
}

/** The built file an internal path resolves to, as the static server would serve it, or undefined. */
function resolveFile(folder: string, path: string): string | undefined {
  for (const file of [fileForPath(path), fileForPath(`${path}/`)]) {
    const full = join(folder, file);
    if (existsSync(full) && statSync(full).isFile()) return file;
  }
  return undefined;
}

/**
 * Checks that every internal link and asset of every page resolves to a built
 * file, and every #fragment to an element of its page. A link is internal when
 * it is relative or points at the site's own origin (from sitemap.xml).
 */
export async function checkLinks(folder: string, pages: readonly AuditPage[], siteOrigin: string | undefined): Promise<Finding[]> {
  const origin = siteOrigin ?? "https://site.invalid";
  const findings: Finding[] = [];
  const anchorCache = new Map<string, Set<string>>();
  for (const page of pages) {
    const $ = cheerio.load(await readFile(join(folder, page.file), "utf8"));
    const base = new URL(page.path, origin);
    for (const [selector, attribute] of linkAttributes) {
      for (const element of $(selector).toArray()) {
        const value = ($(element).attr(attribute) ?? "").trim();
        if (/^(mailto|tel|data|javascript|sms):/i.test(value)) continue;
        let url: URL;
        try {
          url = new URL(value, base);
        } catch {
          findings.push({ tool: "links", mode: "static", page: page.path, rule: "invalid-link", message: `${attribute}="${value}" is not a valid address`, html: $.html(element).slice(0, 240) });
          continue;
        }
        if (url.origin !== origin) continue; // another site: not ours to check offline
        const html = $.html(element).replace(/\s+/g, " ").slice(0, 240);
        const path = decodeURIComponent(url.pathname);
        const file = resolveFile(folder, path);
        if (!file) {
          const rule = selector.startsWith("a") || selector.startsWith("area") ? "broken-link" : "broken-asset";
          findings.push({ tool: "links", mode: "static", page: page.path, rule, message: `${attribute}="${value}" points to ${path}, which the build does not have`, html });
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && file.endsWith(".html") && !(await anchorsOf(folder, file, anchorCache)).has(fragment)) {
          findings.push({ tool: "links", mode: "static", page: page.path, rule: "broken-fragment", message: `${attribute}="${value}": ${path} has no element with id "${fragment}"`, html });
        }
      }
    }
  }
  return findings;
}
