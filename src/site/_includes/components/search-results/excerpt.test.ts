/** excerptOf: what a search result shows of an article's text. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { excerptOf, type ExcerptPart } from "./excerpt.ts";

/** The parts as one string, the marked words in [brackets]. */
const shown = (parts: ExcerptPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join("");

const title = "关于做好2025年义务教育阶段学生登记工作的通知";
const content = `${title}. 各学校、各位家长： 本区义务教育入学登记工作将于5月6日开始，请适龄儿童家长按时在网上完成信息采集。`;

describe("excerptOf", () => {
  test("leaves out the title that starts the indexed text, and the full stop that joins it", () => {
    const text = shown(excerptOf(content, title, ["入学"]));
    assert.ok(!text.includes(title), text);
    assert.ok(!text.includes(". "), text);
    assert.match(text, /义务教育\[入学\]登记/);
  });

  test("ends in 「…」 where the text was cut, and starts with one when the beginning was left out", () => {
    const long = `${title}. ${"前文".repeat(40)}关键的词${"后文".repeat(40)}`;
    const parts = excerptOf(long, title, ["关键"], { length: 20, before: 4 });
    const text = shown(parts);
    assert.equal(parts[0]!.text, "…");
    assert.equal(parts.at(-1)!.text, "…");
    assert.equal(text, "…前文前文[关键]的词后文后文后文后文后文后文…");
    assert.equal(text.replace(/[[\]…]/g, "").length, 20);
  });

  test("has no 「…」 where nothing was cut", () => {
    assert.equal(shown(excerptOf("标题. 短短一句话。", "标题", ["一句"])), "短短[一句]话。");
  });

  test("marks every word searched for, each time it occurs, ignoring case", () => {
    assert.equal(shown(excerptOf("T. 养老服务与养老补贴，ICP 与 icp。", "T", ["养老", "icp"])), "[养老]服务与[养老]补贴，[ICP] 与 [icp]。");
  });

  test("shows the body's beginning when only the title matched, or no words were searched", () => {
    assert.equal(shown(excerptOf(content, title, ["通知"], { length: 8 })), "各学校、各位家长…");
    assert.equal(shown(excerptOf(content, title, [], { length: 8 })), "各学校、各位家长…");
  });

  test("keeps text that looks like markup as text, and treats a word's special characters literally", () => {
    assert.equal(shown(excerptOf("T. 示例代码 <b>加粗</b> (1+1)。", "T", ["<b>", "(1+1)"])), "示例代码 [<b>]加粗</b> [(1+1)]。");
  });
});
