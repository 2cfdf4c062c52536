import assert from "node:assert/strict";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileForPath, listHtmlFiles, pathForFile } from "../../src/pages/page-files.ts";
import { comparePageLists } from "../../src/pages/page-list.ts";
import { listAuditPages } from "../../src/pages/list-audit-pages.ts";
import { readSitemap } from "../../src/pages/sitemap.ts";
import { cleanSite } from "../fixtures/audit.config.ts";

describe("the audit's page list", () => {
  it("reads every page path and the site's origin from sitemap.xml", () => {
    const sitemap = readSitemap(`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://www.example.org/</loc></url>
  <url><loc>https://www.example.org/news/2025/%E6%B5%8B%E8%AF%95/</loc><lastmod>2025-03-07</lastmod></url>
</urlset>`);
    assert.equal(sitemap.origin, "https://www.example.org");
    assert.deepEqual(sitemap.paths, ["/", "/news/2025/测试/"]);
  });

  it("maps page paths to built files and back", () => {
    assert.equal(fileForPath("/"), "index.html");
    assert.equal(fileForPath("/news/"), "news/index.html");
    assert.equal(fileForPath("/offline.html"), "offline.html");
    assert.equal(pathForFile("index.html"), "/");
    assert.equal(pathForFile("news/2025/a/index.html"), "/news/2025/a/");
    assert.equal(pathForFile("offline.html"), "/offline.html");
  });

  it("lists every HTML file of a folder, in sub-folders too, and nothing else", async () => {
    const folder = await mkdtemp(join(tmpdir(), "a11y-audit-pages-"));
    try {
      await mkdir(join(folder, "news", "2025"), { recursive: true });
      await writeFile(join(folder, "index.html"), "");
      await writeFile(join(folder, "news", "2025", "index.html"), "");
      await writeFile(join(folder, "sitemap.xml"), "");
      assert.deepEqual(await listHtmlFiles(folder), ["index.html", "news/2025/index.html"]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("audits the sitemap's pages and the known extra pages, with no finding when they match the build", () => {
    const { pages, findings } = comparePageLists({
      sitemapPaths: ["/", "/news/"],
      htmlFiles: ["offline.html", "news/index.html", "index.html"],
      knownExtraPages: ["/offline.html"],
    });
    assert.deepEqual(findings, []);
    assert.deepEqual(pages.map((p) => p.path).sort(), ["/", "/news/", "/offline.html"]);
  });

  it("reports a built page missing from the sitemap and still audits it", () => {
    const { pages, findings } = comparePageLists({ sitemapPaths: ["/"], htmlFiles: ["index.html", "orphan/index.html"], knownExtraPages: [] });
    assert.deepEqual(findings.map((f) => [f.rule, f.page]), [["page-not-in-sitemap", "/orphan/"]]);
    assert.ok(pages.some((p) => p.path === "/orphan/"));
  });

  it("reports a sitemap entry without a built file, a duplicate entry and a missing known extra page", () => {
    const { findings } = comparePageLists({ sitemapPaths: ["/", "/", "/gone/"], htmlFiles: ["index.html"], knownExtraPages: ["/offline.html"] });
    assert.deepEqual(findings.map((f) => [f.rule, f.page]).sort(), [
      ["known-extra-page-missing", "/offline.html"],
      ["sitemap-duplicate", "/"],
      ["sitemap-page-missing", "/gone/"],
    ]);
  });

  it("takes a built site's pages from its sitemap.xml and its known extra pages, with the site's origin", async () => {
    const { pages, findings, origin } = await listAuditPages(cleanSite, ["/offline.html"]);
    assert.equal(origin, "https://www.example.org");
    assert.deepEqual(findings, []);
    assert.deepEqual(pages.map((p) => `${p.path} ${p.file}`).sort(), [
      "/ index.html",
      "/about/ about/index.html",
      "/contact/ contact/index.html",
      "/news/ news/index.html",
      "/news/first/ news/first/index.html",
      "/offline.html offline.html",
    ]);
  });
});
