/** The item date, rendered alone: a labelled <time>, or nothing without a date. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent } from "../../../../../tests/support/render-component.ts";

describe("xcItemDate", () => {
  test("shows 更新日期 with a machine-readable time", () => {
    const { $ } = renderComponent("item-date", "xcItemDate", { published: { iso: "2025-03-07T00:00:00+08:00", display: "2025年3月7日" } });
    assert.equal($("p.xc-item-date").text(), "更新日期：2025年3月7日");
    assert.equal($("time").attr("datetime"), "2025-03-07T00:00:00+08:00");
  });

  test("renders nothing when the item has no date", () => {
    assert.equal(renderComponent("item-date", "xcItemDate", {}).html, "");
  });
});
