/** The header, rendered alone: the site name, the search form and the menu (sections, or channels) with the current item. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent, xmlProblems } from "../../../../../tests/support/render-component.ts";

const menu = [
  { key: "gzdt", name: "工作动态", url: "/gzdt/" },
  { key: "tzgg", name: "通知公告", url: "/tzgg/" },
];
const header = (pageUrl: string, current?: string) => renderComponent("header", "xcHeader", { siteName: "示例区人民政府", menu, pageUrl, current });

/** The menu as "name current" pairs. */
const items = (pageUrl: string, current?: string) => {
  const { $ } = header(pageUrl, current);
  return $(".xc-nav__link").map((_, a) => `${$(a).text()} ${$(a).attr("aria-current") ?? "-"}`).get();
};

describe("xcHeader", () => {
  test("names the site, linking home, and holds the search form and the labelled menu", () => {
    const { $ } = header("/about/");
    assert.equal($("header.xc-header .xc-header__name").attr("href"), "/");
    assert.equal($(".xc-header__name").text(), "示例区人民政府");
    assert.equal($('header form[role="search"]').length, 1);
    assert.equal($("nav.xc-nav").attr("aria-label"), "主导航");
    assert.deepEqual(items("/about/"), ["首页 -", "工作动态 -", "通知公告 -"]);
  });

  test("marks the current page, or the item (a section, or a channel) a page belongs to", () => {
    assert.deepEqual(items("/"), ["首页 page", "工作动态 -", "通知公告 -"]);
    assert.deepEqual(items("/tzgg/", "tzgg"), ["首页 -", "工作动态 -", "通知公告 page"]);
    assert.deepEqual(items("/tzgg/2025/example/", "tzgg"), ["首页 -", "工作动态 -", "通知公告 true"]);
  });

  test("marks a section's landing page as the page and its channels' pages as within it", () => {
    const sections = [{ key: "ywdt", name: "要闻动态", url: "/ywdt/" }, { key: "xxgk", name: "政府信息公开", url: "/xxgk/" }];
    const { $ } = renderComponent("header", "xcHeader", { siteName: "示例区人民政府", menu: sections, pageUrl: "/ywdt/", current: "ywdt" });
    assert.deepEqual($(".xc-nav__link").map((_, a) => `${$(a).text()} ${$(a).attr("aria-current") ?? "-"}`).get(), ["首页 -", "要闻动态 page", "政府信息公开 -"]);
    const inside = renderComponent("header", "xcHeader", { siteName: "示例区人民政府", menu: sections, pageUrl: "/zcwj/", current: "xxgk" }).$;
    assert.deepEqual(inside(".xc-nav__link").map((_, a) => inside(a).attr("aria-current") ?? "-").get(), ["-", "-", "true"]);
  });

  test("is well-formed XML, so the feed preview's frame is this very header", () => {
    assert.equal(xmlProblems(header("/").html), "");
  });
});
