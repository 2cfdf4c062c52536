/** The other ways to find an article, rendered alone: the 网站地图 and each channel's list. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent } from "../../../../../tests/support/render-component.ts";

describe("xcSearchElsewhere", () => {
  test("links the 网站地图 and every channel's list", () => {
    const { $ } = renderComponent("search-elsewhere", "xcSearchElsewhere", { channels: [{ name: "工作动态", url: "/gzdt/" }, { name: "通知公告", url: "/tzgg/" }] });
    assert.match($("p").text(), /网站地图/);
    assert.deepEqual($("ul.xc-link-list a").map((_, a) => `${$(a).text()} ${$(a).attr("href")}`).get(), ["网站地图：本站全部页面 /sitemap/", "工作动态 /gzdt/", "通知公告 /tzgg/"]);
  });
});
