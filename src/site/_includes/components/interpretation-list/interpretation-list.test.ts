/** A document's 解读, rendered alone. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent } from "../../../../../tests/support/render-component.ts";

describe("xcInterpretationList", () => {
  test("lists every 解读 with its kind, under a heading", () => {
    const interpretations = [{ title: "一图读懂（虚构）", url: "/zcjd/2025/a/", kind: "图解" }, { title: "问答（虚构）", url: "/zcjd/2025/b/", kind: "问答" }];
    const { $ } = renderComponent("interpretation-list", "xcInterpretationList", { interpretations });
    assert.equal($("h2").text(), "本文件的解读");
    assert.deepEqual($("li a").map((_, a) => `${$(a).attr("href")} ${$(a).text()}`).get(), ["/zcjd/2025/a/ 图解：一图读懂（虚构）", "/zcjd/2025/b/ 问答：问答（虚构）"]);
  });

  test("is nothing for a document without 解读", () => {
    assert.equal(renderComponent("interpretation-list", "xcInterpretationList", { interpretations: [] }).html, "");
  });
});
