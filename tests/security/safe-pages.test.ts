import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, test } from "node:test";
import * as cheerio from "cheerio";
import { projectSite } from "../support/shared-build.ts";
import { siteFiles } from "../support/site-files.ts";
import { unsafeMarkup } from "../support/unsafe-markup.ts";

let output: string;

before(async () => {
  output = await projectSite();
});

test("no built page has an inline script, an event handler attribute, a javascript: URL, a style attribute or a <style> element", () => {
  // HTML pages, and the XSL stylesheets that turn feeds into pages in a browser.
  const files = siteFiles(output).filter((path) => path.endsWith(".html") || path.endsWith(".xsl"));
  assert.ok(files.filter((path) => path.endsWith(".html")).length >= 8, `the site has pages (${files.length})`);
  const findings = files.flatMap((path) => unsafeMarkup(readFileSync(join(output, path), "utf8")).map((finding) => `${path}: ${finding}`));
  assert.deepEqual(findings, []);
});

test("every script, stylesheet and icon a page loads is a file of the site itself", () => {
  const files = new Set(siteFiles(output));
  const missing: string[] = [];
  for (const path of siteFiles(output).filter((p) => p.endsWith(".html"))) {
    const $ = cheerio.load(readFileSync(join(output, path), "utf8"));
    const loaded = [...$("script[src]").map((_, e) => $(e).attr("src")).get(), ...$('link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"]').map((_, e) => $(e).attr("href")).get()];
    for (const url of loaded) {
      if (!url.startsWith("/") || url.startsWith("//") || !files.has(url.split(/[?#]/)[0]!)) missing.push(`${path}: ${url}`);
    }
  }
  assert.deepEqual(missing, []);
});
