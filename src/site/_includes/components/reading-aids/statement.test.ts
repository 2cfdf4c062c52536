/** The 无障碍声明 page explains every reading aid in plain Chinese. */
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import * as cheerio from "cheerio";
import { buildHtml } from "../../../../../tests/support/built-html.ts";

let folder = "";
before(async () => {
  folder = await buildHtml(); // the page as built; no browser needed
});
after(() => {
  if (folder) rmSync(dirname(folder), { recursive: true, force: true });
});

describe("the 无障碍声明 page", () => {
  it("has a section on the reading aids describing each one", () => {
    const $ = cheerio.load(readFileSync(join(folder, "accessibility", "index.html"), "utf8"));
    const heading = $("h2#reading-aids");
    assert.equal(heading.text(), "阅读辅助工具");
    const section = heading.nextUntil("h2").text();
    for (const aid of ["字号", "标准", "特大", "长者模式", "高对比度", "大鼠标", "朗读全文", "暂停", "继续", "停止", "语速", "重置"]) {
      assert.ok(section.includes(aid), `the section mentions ${aid}`);
    }
    assert.match(section, /只保存在您自己的浏览器里/, "says where the choices are kept");
    assert.match(section, /没有设置任何快捷键/, "says there are no shortcuts");
    assert.match(section, /需要浏览器开启 JavaScript/, "says what happens without JavaScript");
    assert.doesNotMatch(section, /localStorage|aria-|speechSynthesis|CSS/, "no developer jargon");
  });
});
