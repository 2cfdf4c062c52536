import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { boundedHtml } from "../../../src/lib/feeds/bounded-html.ts";
import { topLevelBlocks } from "../../../src/lib/feeds/top-level-blocks.ts";
import { markdown } from "../../../src/lib/content/markdown.ts";

describe("bounding an item's HTML", () => {
  test("top-level blocks are whole elements, nested ones and void elements included", () => {
    const html = markdown.render("第一段![图](/a.png)<br>\n\n> 引用\n>\n> - 列表\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n\n---\n\n末段");
    const blocks = topLevelBlocks(html);
    assert.equal(blocks.join(""), html, "nothing lost or repeated");
    // A table sits in its scrolling region (src/lib/tables/): the region is the top-level block, with the whole table inside.
    assert.deepEqual(blocks.map((b) => /^<(\w+)/.exec(b)![1]), ["p", "blockquote", "section", "hr", "p"]);
    assert.match(blocks[2]!, /^<section class="xc-table"[^>]*>\n<table>[\s\S]*<\/table>\n<\/section>\n+$/);
  });

  test("HTML within the bound is kept as it is", () => {
    assert.deepEqual(boundedHtml("<p>短文</p>\n", 100), { html: "<p>短文</p>\n", cut: false });
  });

  test("longer HTML keeps the leading whole blocks that fit, and says it was cut", () => {
    const html = `<p>${"甲".repeat(60)}</p>\n<p>${"乙".repeat(60)}</p>\n<p>${"丙".repeat(60)}</p>\n`;
    const { html: kept, cut } = boundedHtml(html, 100);
    assert.equal(cut, true);
    assert.equal(kept, `<p>${"甲".repeat(60)}</p>\n`);
  });

  test("one block larger than the bound (a 32,000-column table) is left out entirely, not cut inside", () => {
    const table = markdown.render(`${"|列".repeat(32_000)}|\n${"|-".repeat(32_000)}|\n${"|1".repeat(32_000)}|\n`);
    const { html, cut } = boundedHtml(`<p>导语</p>\n${table}<p>结尾</p>\n`, 100_000);
    assert.equal(cut, true);
    assert.equal(html, "<p>导语</p>\n");
  });
});
