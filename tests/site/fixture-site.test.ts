import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import * as cheerio from "cheerio";
import { findInvalidInput } from "../../src/publish/build-errors.ts";
import { buildHtml } from "../support/built-html.ts";
import { makeFixture, markdownArticle, realSettings, withSetting } from "../support/fixture-content.ts";

/** Twelve notices, one a day, so that a page size of 5 gives three listing pages. */
const twelveNotices = Object.fromEntries(
  Array.from({ length: 12 }, (_, i) => [`articles/notice-${i + 1}.md`, markdownArticle({ title: `通知${i + 1}`, date: `2025-05-${String(i + 1).padStart(2, "0")}` })]),
);

describe("a site with more articles than fit one listing page", () => {
  const settings = withSetting(withSetting(realSettings, "pageSize", "5"), "conacId", "bm1234567890");
  const fixture = makeFixture(twelveNotices, { settings });
  const built = buildHtml(fixture.content);
  const page = async (path: string) => cheerio.load(readFileSync(join(await built, path, "index.html"), "utf8"));

  test("splits the channel into numbered pages, newest first", async () => {
    const first = await page("tzgg");
    assert.deepEqual(first(".xc-article-list a").map((_, a) => first(a).text()).get(), ["通知12", "通知11", "通知10", "通知9", "通知8"]);
    const third = await page("tzgg/page/3");
    assert.deepEqual(third(".xc-article-list a").map((_, a) => third(a).text()).get(), ["通知2", "通知1"]);
  });

  test("says 第N页，共M页 in the title of pages after the first only", async () => {
    assert.equal((await page("tzgg"))("title").text(), "通知公告 — 北京市西城区人民政府");
    assert.equal((await page("tzgg/page/2"))("title").text(), "通知公告 第2页，共3页 — 北京市西城区人民政府");
  });

  test("has a labelled pagination nav marking the current page", async () => {
    const $ = await page("tzgg/page/2");
    const nav = $('nav[aria-label="通知公告分页"]');
    assert.equal(nav.length, 1);
    assert.equal(nav.find('[aria-current="page"]').text().trim(), "2");
    assert.equal(nav.find('a[rel="prev"]').attr("href"), "/tzgg/");
    assert.equal(nav.find('a[rel="next"]').attr("href"), "/tzgg/page/3/");
  });

  test("links each article to the previous and next in its channel", async () => {
    const $ = await page("tzgg/2025/notice-5");
    assert.equal($('a[rel="prev"]').text(), "通知4");
    assert.equal($('a[rel="next"]').text(), "通知6");
  });

  test("shows the 党政机关网站标识 link when an id is configured", async () => {
    const $ = await page("");
    assert.equal($("footer a").filter((_, a) => $(a).text() === "党政机关网站标识").attr("href"), "https://bszs.conac.cn/sitename?method=show&id=bm1234567890");
  });
});

describe("a site with invalid content", () => {
  test("is not built at all: the build rejects with every problem and writes nothing", async () => {
    const fixture = makeFixture({
      "articles/a.md": markdownArticle({ channel: "news" }),
      "articles/b.md": markdownArticle({ title: null }),
    });
    const output = join(fixture.root, "never-written");
    const error = await buildHtml(fixture.content, output).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error, "the build should fail");
    const found = findInvalidInput(error);
    assert.deepEqual(found?.problems.map((p) => p.field), ["channel", "title"]);
    assert.equal(existsSync(output), false);
    assert.deepEqual(readdirSync(fixture.root).filter((name) => name.startsWith("never-written")), [], "no staging folder is left behind");
  });
});

