import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { buildInto, removeTemp, tempOutput } from "../support/build-into.ts";
import { siteFiles } from "../support/site-files.ts";
import { unsafeMarkup } from "../support/unsafe-markup.ts";

let output: string;

before(async () => {
  output = await tempOutput("safe-pages");
  await buildInto(output);
});

after(async () => {
  await removeTemp(output);
});

test("no built page has an inline script, an event handler attribute, a javascript: URL, a style attribute or a <style> element", () => {
  // HTML pages, and the XSL stylesheets that turn feeds into pages in a browser.
  const files = siteFiles(output).filter((path) => path.endsWith(".html") || path.endsWith(".xsl"));
  assert.ok(files.filter((path) => path.endsWith(".html")).length >= 8, `the site has pages (${files.length})`);
  const findings = files.flatMap((path) => unsafeMarkup(readFileSync(join(output, path), "utf8")).map((finding) => `${path}: ${finding}`));
  assert.deepEqual(findings, []);
});

test("every script and stylesheet a page loads is a file of the site itself", () => {
  const files = new Set(siteFiles(output));
  const missing: string[] = [];
  for (const path of siteFiles(output).filter((p) => p.endsWith(".html"))) {
    const html = readFileSync(join(output, path), "utf8");
    for (const [, url] of html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)) {
      if (/<link\b[^>]*rel="(?:canonical|alternate|prev|next)"/.test(html.slice(html.lastIndexOf("<", html.indexOf(url!)), html.indexOf(url!)))) continue;
      const local = url!.split(/[?#]/)[0]!;
      if (!local.startsWith("/") || local.startsWith("//") || !files.has(local)) missing.push(`${path}: ${url}`);
    }
  }
  assert.deepEqual(missing, []);
});
