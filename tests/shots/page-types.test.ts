/**
 * `npm run shots` photographs every type of page: its list (src/shots/page-types.ts) names a page for
 * every template that makes HTML pages and every kind of portal page, and each of those pages exists
 * in the portal fixture as built. (The shots themselves are not taken here: hundreds of full-page
 * screenshots are a review tool, not a test.)
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import * as cheerio from "cheerio";
import { indexPage, type Shot } from "../../src/shots/index-page.ts";
import { pageTypes } from "../../src/shots/page-types.ts";
import { shotModes, shotWidths } from "../../src/shots/shot-modes.ts";
import { portalSite } from "../site/documents/portal-documents.ts";

/** The templates under src/site/ that make HTML pages: the pages (not sitemap.xml), the feed preview (not the feeds), and each portal page body. */
function htmlTemplates(): string[] {
  const pages = readdirSync("src/site").filter((file) => file.endsWith(".njk") && !/^permalink: .*\.xml\s*$/m.test(readFileSync(join("src/site", file), "utf8")));
  const portal = readdirSync("src/site/_includes/pages/portal").filter((file) => file.endsWith(".njk")).map((file) => `_includes/pages/portal/${file}`);
  return [...pages.filter((file) => file !== "portal.njk"), "feeds/feed.xsl.njk", ...portal].sort();
}

let site = "";
before(async () => {
  site = await portalSite();
});

describe("npm run shots", () => {
  test("covers every page type: a page for each template and each kind of portal page", () => {
    const templates = htmlTemplates();
    assert.ok(templates.includes("article.njk") && templates.includes("_includes/pages/portal/guide.njk") && !templates.includes("sitemap-xml.njk"), templates.join(" "));
    const covered = new Set(pageTypes.map((type) => type.template));
    assert.deepEqual(templates.filter((template) => !covered.has(template)), [], "templates without a page in src/shots/page-types.ts");
    for (const type of pageTypes) assert.ok(existsSync(join("src/site", type.template)), `${type.name}: ${type.template} is no template`);
  });

  test("photographs pages that exist in the portal fixture as built, each once, under distinct names", () => {
    for (const type of pageTypes) {
      const path = type.path.split("?")[0]!;
      const file = join(site, path.endsWith("/") ? `${path}index.html` : path);
      assert.ok(existsSync(file), `${type.name}: ${type.path} is not built`);
    }
    assert.equal(new Set(pageTypes.map((t) => t.path)).size, pageTypes.length);
    assert.equal(new Set(pageTypes.map((t) => t.slug)).size, pageTypes.length);
    const search = pageTypes.find((type) => type.template === "search.njk")!;
    assert.match(search.path, /\?q=./, "the 搜索 page is shown with results");
    assert.match(search.ready ?? "", /xc-search-results/, "and photographed once they are shown");
  });

  test("in every width and look the issue asks for, each linked from the index", () => {
    assert.deepEqual([...shotWidths], [320, 375, 1280]);
    assert.deepEqual(shotModes.map((m) => m.name), ["默认", "长者模式", "高对比度", "特大", "强制颜色"]);
    const shots: Shot[] = pageTypes.flatMap((type) => shotWidths.flatMap((width) => shotModes.map((mode) => ({ type, width, mode, file: `${type.slug}-${width}-${mode.slug}.png` }))));
    const $ = cheerio.load(indexPage(shots, shotModes, shotWidths));
    assert.deepEqual($("main, body").first().find("td a").map((_, a) => $(a).attr("href")).get().sort(), shots.map((s) => s.file).sort());
    assert.equal($("h2").length, pageTypes.length);
    assert.ok($("img").toArray().every((img) => ($(img).attr("alt") ?? "").length > 0));
  });
});
