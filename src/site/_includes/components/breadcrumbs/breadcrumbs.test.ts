/** The breadcrumbs, rendered alone: links up to this page, which is marked and not linked. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent } from "../../../../../tests/support/render-component.ts";

describe("xcBreadcrumbs", () => {
  test("links every crumb but the last, which is the current page", () => {
    const { $ } = renderComponent("breadcrumbs", "xcBreadcrumbs", {
      crumbs: [{ name: "首页", url: "/" }, { name: "通知公告", url: "/tzgg/" }, { name: "示例通知（虚构）", url: "/tzgg/2025/example/" }],
    });
    assert.equal($("nav.xc-breadcrumbs").attr("aria-label"), "当前位置");
    const items = $("ol.xc-breadcrumbs__list > li");
    assert.deepEqual(items.map((_, li) => $(li).text()).get(), ["首页", "通知公告", "示例通知（虚构）"]);
    assert.deepEqual($("a").map((_, a) => $(a).attr("href")).get(), ["/", "/tzgg/"]);
    assert.equal(items.last().attr("aria-current"), "page");
    assert.equal(items.last().find("a").length, 0);
    assert.equal($("[aria-current]").length, 1);
  });
});
