/** The header, rendered alone: the site name, the search form and the channel menu with the current item. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent, xmlProblems } from "../../../../../tests/support/render-component.ts";

const channels = [
  { slug: "gzdt", name: "工作动态", url: "/gzdt/" },
  { slug: "tzgg", name: "通知公告", url: "/tzgg/" },
];
const header = (pageUrl: string, channel?: string) => renderComponent("header", "xcHeader", { siteName: "示例区人民政府", channels, pageUrl, channel });

/** The menu as "name current" pairs. */
const menu = (pageUrl: string, channel?: string) => {
  const { $ } = header(pageUrl, channel);
  return $(".xc-nav__link").map((_, a) => `${$(a).text()} ${$(a).attr("aria-current") ?? "-"}`).get();
};

describe("xcHeader", () => {
  test("names the site, linking home, and holds the search form and the labelled channel menu", () => {
    const { $ } = header("/about/");
    assert.equal($("header.xc-header .xc-header__name").attr("href"), "/");
    assert.equal($(".xc-header__name").text(), "示例区人民政府");
    assert.equal($('header form[role="search"]').length, 1);
    assert.equal($("nav.xc-nav").attr("aria-label"), "主导航");
    assert.deepEqual(menu("/about/"), ["首页 -", "工作动态 -", "通知公告 -"]);
  });

  test("marks the current page, or the channel an article belongs to", () => {
    assert.deepEqual(menu("/"), ["首页 page", "工作动态 -", "通知公告 -"]);
    assert.deepEqual(menu("/tzgg/", "tzgg"), ["首页 -", "工作动态 -", "通知公告 page"]);
    assert.deepEqual(menu("/tzgg/2025/example/", "tzgg"), ["首页 -", "工作动态 -", "通知公告 true"]);
  });

  test("is well-formed XML, so the feed preview's frame is this very header", () => {
    assert.equal(xmlProblems(header("/").html), "");
  });
});
