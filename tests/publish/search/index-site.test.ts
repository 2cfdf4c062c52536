import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { indexSite } from "../../../src/publish/search/index-site.ts";

const folders: string[] = [];
after(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

/** A built-site folder with the given pages ({ "a/b/": html }). */
function siteWith(pages: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), "xc-index-site-"));
  folders.push(folder);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(folder, path), { recursive: true });
    writeFileSync(join(folder, path, "index.html"), html);
  }
  return folder;
}

const page = (main: string) => `<!DOCTYPE html><html lang="zh-CN"><head><title>t</title></head><body><nav>首页 工作动态</nav><main>${main}</main><footer>主办</footer></body></html>`;
const article = page('<article data-pagefind-body data-pagefind-filter="channel:gzdt"><h1>西城区召开会议</h1><p>会议部署了工作。</p></article>');

/** What Pagefind's entry file of one part says about its indexes. */
function entry(folder: string, part: string): { version: string; languages: Record<string, { page_count: number }> } {
  return JSON.parse(readFileSync(join(folder, "pagefind", part, "pagefind-entry.json"), "utf8"));
}

/** The parts the search page merges, from the list the index writes. */
const partsList = (folder: string): string[] => JSON.parse(readFileSync(join(folder, "pagefind", "parts.json"), "utf8")).parts;

describe("indexSite", () => {
  test("indexes only the pages that mark an article body, as Chinese, in one part per channel and year", async () => {
    const folder = siteWith({ "": page("<h1>首页</h1>"), "gzdt/": page("<h1>工作动态</h1>"), "gzdt/2025/a/": article, "gzdt/2025/b/": article, "gzdt/2024/c/": article });
    const result = await indexSite(folder);
    assert.equal(result.pages, 3);
    assert.equal(result.outputPath, join(folder, "pagefind"));
    assert.deepEqual(result.parts, ["gzdt.2024", "gzdt.2025"]);
    assert.deepEqual(partsList(folder), ["/pagefind/gzdt.2024/", "/pagefind/gzdt.2025/"]);
    assert.deepEqual(Object.keys(entry(folder, "gzdt.2025").languages), ["zh-cn"]);
    assert.equal(entry(folder, "gzdt.2025").languages["zh-cn"]!.page_count, 2);
    assert.equal(entry(folder, "gzdt.2024").languages["zh-cn"]!.page_count, 1);
    for (const part of result.parts) {
      assert.ok(existsSync(join(folder, "pagefind", part, "pagefind.js")), "the browser API the search page imports");
      assert.ok(existsSync(join(folder, "pagefind", part, "pagefind-worker.js")), "the worker that API starts");
    }
  });

  test("leaves out Pagefind's ready-made interfaces, which the site does not use", async () => {
    const folder = siteWith({ "gzdt/2025/a/": article });
    await indexSite(folder);
    for (const unused of ["pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-component-ui.js", "pagefind-highlight.js"]) {
      assert.equal(existsSync(join(folder, "pagefind", "gzdt.2025", unused)), false, unused);
    }
  });

  test("indexes nothing, rather than menus and footers, when the site has no articles yet", async () => {
    const folder = siteWith({ "": page("<h1>首页</h1>"), "about/": page("<h1>关于本站</h1>") });
    const result = await indexSite(folder);
    assert.equal(result.pages, 0);
    assert.deepEqual(partsList(folder), [], "no part: every search finds nothing");
  });
});
