/** Markdown (GFM) tables as data tables a screen reader can navigate. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import * as cheerio from "cheerio";
import { renderMarkdown } from "../../../src/lib/content/markdown.ts";
import { checkTables } from "../../../src/lib/tables/check-tables.ts";

const table = "| 年龄段 | 每月补贴（元） | 方式 |\n|:-|--:|:-:|\n| 80—89周岁 | 100 | 按月 |\n";

describe("a Markdown table", () => {
  test("takes the 表： line above it as its caption, in a focusable region the caption names", () => {
    const rendered = renderMarkdown(`导语。\n\n表：养老服务补贴标准\n\n${table}`);
    const $ = cheerio.load(rendered.html, null, false);
    const region = $("section.xc-table");
    assert.equal(region.attr("tabindex"), "0");
    assert.equal(region.attr("aria-labelledby"), "xc-table-1");
    assert.equal(region.children("table").children("caption").attr("id"), "xc-table-1");
    assert.equal($("caption").text(), "养老服务补贴标准");
    assert.deepEqual($("p").map((_, p) => $(p).text()).get(), ["导语。"], "the caption line is no longer a paragraph");
    assert.deepEqual(rendered.tables, [{ line: 4, captioned: true }]);
  });

  test("gives header cells scope=col and alignment as classes, never a style attribute", () => {
    const $ = cheerio.load(renderMarkdown(`表：标准\n${table}`).html, null, false);
    assert.deepEqual($("th").map((_, th) => $(th).attr("scope")).get(), ["col", "col", "col"]);
    assert.deepEqual($("td").map((_, td) => $(td).attr("class") ?? "").get(), ["xc-align-start", "xc-align-end", "xc-align-center"]);
    assert.equal($("[style]").length, 0);
  });

  test("keeps a numbered caption whole, numbers each table's caption id, and reports a table without one", () => {
    const rendered = renderMarkdown(`表1：第一张\n\n${table}\n表2　第二张\n\n${table}\n${table}`);
    const $ = cheerio.load(rendered.html, null, false);
    assert.deepEqual($("caption").map((_, c) => `${$(c).attr("id")} ${$(c).text()}`).get(), ["xc-table-1 表1：第一张", "xc-table-2 表2　第二张"]);
    assert.equal($("section.xc-table").last().attr("aria-label"), "表格");
    assert.deepEqual(checkTables(rendered.tables, "a.md"), [
      { file: "a.md", line: 12, field: "table", message: "has no caption; expected a line 表：<what the table shows> (e.g. 表：2025年补贴标准) directly above the table" },
    ]);
  });

  test("does not take an ordinary paragraph, or one below the table, as a caption", () => {
    assert.deepEqual(renderMarkdown(`补贴标准如下：\n\n${table}`).tables.map((t) => t.captioned), [false]);
    assert.deepEqual(renderMarkdown(`${table}\n表：在下面`).tables.map((t) => t.captioned), [false]);
  });
});
