/** The big entries, rendered alone: a link a label, and the line under it. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent } from "../../../../../tests/support/render-component.ts";

describe("xcEntries", () => {
  test("gives each entry a link named by its label alone, and its description as text beside it", () => {
    const { $ } = renderComponent("entries", "xcEntries", {
      items: [
        { kind: "services", label: "办事服务", description: "在网上办理各类事项（虚构）。", url: "/zwfw/" },
        { kind: "subscribe", label: "订阅本站", description: "新信息自动送到您的阅读器。", url: "/subscribe/" },
      ],
    });
    assert.deepEqual($("ul.xc-entries > li a").map((_, a) => `${$(a).text()} ${$(a).attr("href")}`).get(), ["办事服务 /zwfw/", "订阅本站 /subscribe/"]);
    assert.equal($("li.xc-entries__item--services .xc-entries__description").text(), "在网上办理各类事项（虚构）。");
  });

  test("shows markup in a label as text", () => {
    const { $ } = renderComponent("entries", "xcEntries", { items: [{ kind: "services", label: "<b>办事</b>", description: "x", url: "/zwfw/" }] });
    assert.equal($("b").length, 0);
    assert.equal($("a").text(), "<b>办事</b>");
  });
});
