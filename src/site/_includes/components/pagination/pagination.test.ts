/** The pagination nav, rendered alone: previous, a window of numbered pages with gaps, next. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { pageWindow } from "../../../../lib/content/page-window.ts";
import { renderComponent } from "../../../../../tests/support/render-component.ts";

/** Page `number` of a 12-page listing, with the window of links the listings compute (src/lib/content/listings.ts). */
function render(number: number, pageCount = 12) {
  const pages = Array.from({ length: pageCount }, (_, i) => ({ number: i + 1, url: i ? `/gzdt/page/${i + 1}/` : "/gzdt/" }));
  const listing = { channel: { name: "工作动态" }, pageNumber: number, pageCount, pages };
  const pageLinks = pageWindow(number, pageCount).map((item) => ("gap" in item ? item : pages[item.number - 1]!));
  return renderComponent("pagination", "xcPagination", { listing, pageLinks });
}

describe("xcPagination", () => {
  test("is a labelled nav of the pages near this one and both ends, with … for the gaps", () => {
    const { $ } = render(6);
    assert.equal($("nav.xc-pagination").attr("aria-label"), "工作动态分页");
    assert.deepEqual($(".xc-pagination__list > li").map((_, li) => $(li).text().trim()).get(), ["上一页", "1", "…", "4", "5", "6", "7", "8", "…", "12", "下一页"]);
    assert.equal($('a[rel="prev"]').attr("href"), "/gzdt/page/5/");
    assert.equal($('a[rel="next"]').attr("href"), "/gzdt/page/7/");
    assert.equal($("li.xc-pagination__gap").length, 2);
  });

  test("marks the current page and names the last one", () => {
    const { $, html } = render(2);
    assert.equal($('[aria-current="page"]').attr("aria-label"), "第2页", "aria-current says 当前页: the label does not repeat it");
    assert.equal($('[aria-current="page"]').length, 1);
    assert.doesNotMatch(html, /当前页/, "当前页 is said once, by aria-current");
    assert.equal($('a[aria-label="第12页，最后一页"]').attr("href"), "/gzdt/page/12/");
    assert.equal($('a[aria-label="第1页"]').attr("href"), "/gzdt/");
  });

  test("has no 上一页 on the first page and no 下一页 on the last", () => {
    assert.equal(render(1).$('a[rel="prev"]').length, 0);
    assert.equal(render(12).$('a[rel="next"]').length, 0);
  });

  test("is left out when the listing has one page", () => {
    assert.equal(render(1, 1).html, "");
  });
});
