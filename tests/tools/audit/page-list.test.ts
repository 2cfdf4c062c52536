import assert from "node:assert/strict";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileForPath, listHtmlFiles, pathForFile } from "../../../src/tools/audit/built-files.ts";
import { comparePageLists } from "../../../src/tools/audit/page-list.ts";
import { readSitemap } from "../../../src/tools/audit/sitemap.ts";

describe("the audit's page list", () => {
  it("reads every page path and the site's origin from sitemap.xml", () => {
    const sitemap = readSitemap(`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://www.bjxch.gov.cn/</loc></url>
  <url><loc>https://www.bjxch.gov.cn/gzdt/2025/%E6%B5%8B%E8%AF%95/</loc><lastmod>2025-03-07</lastmod></url>
</urlset>`);
    assert.equal(sitemap.origin, "https://www.bjxch.gov.cn");
    assert.deepEqual(sitemap.paths, ["/", "/gzdt/2025/测试/"]);
  });

  it("maps page paths to built files and back", () => {
    assert.equal(fileForPath("/"), "index.html");
    assert.equal(fileForPath("/gzdt/"), "gzdt/index.html");
    assert.equal(fileForPath("/404.html"), "404.html");
    assert.equal(pathForFile("index.html"), "/");
    assert.equal(pathForFile("gzdt/2025/a/index.html"), "/gzdt/2025/a/");
    assert.equal(pathForFile("404.html"), "/404.html");
  });

  it("lists every HTML file of a folder, in sub-folders too, and nothing else", async () => {
    const folder = await mkdtemp(join(tmpdir(), "xc-pages-"));
    try {
      await mkdir(join(folder, "gzdt", "2025"), { recursive: true });
      await writeFile(join(folder, "index.html"), "");
      await writeFile(join(folder, "gzdt", "2025", "index.html"), "");
      await writeFile(join(folder, "sitemap.xml"), "");
      assert.deepEqual(await listHtmlFiles(folder), ["gzdt/2025/index.html", "index.html"]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("audits the sitemap's pages and the known extra pages, with no finding when they match the build", () => {
    const { pages, findings } = comparePageLists({
      sitemapPaths: ["/", "/gzdt/"],
      htmlFiles: ["404.html", "gzdt/index.html", "index.html"],
      knownExtraPages: ["/404.html"],
    });
    assert.deepEqual(findings, []);
    assert.deepEqual(pages.map((p) => p.path).sort(), ["/", "/404.html", "/gzdt/"]);
  });

  it("reports a built page missing from the sitemap and still audits it", () => {
    const { pages, findings } = comparePageLists({ sitemapPaths: ["/"], htmlFiles: ["index.html", "orphan/index.html"], knownExtraPages: [] });
    assert.deepEqual(findings.map((f) => [f.rule, f.page]), [["page-not-in-sitemap", "/orphan/"]]);
    assert.ok(pages.some((p) => p.path === "/orphan/"));
  });

  it("reports a sitemap entry without a built file, a duplicate entry and a missing known extra page", () => {
    const { findings } = comparePageLists({ sitemapPaths: ["/", "/", "/gone/"], htmlFiles: ["index.html"], knownExtraPages: ["/404.html"] });
    assert.deepEqual(findings.map((f) => [f.rule, f.page]).sort(), [
      ["known-extra-page-missing", "/404.html"],
      ["sitemap-duplicate", "/"],
      ["sitemap-page-missing", "/gone/"],
    ]);
  });
});
