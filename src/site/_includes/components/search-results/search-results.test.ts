/** The 搜索 page's search, rendered alone: what is there before its script runs, and without it. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import * as cheerio from "cheerio";
import { renderComponent } from "../../../../../tests/support/render-component.ts";

const channels = [
  { slug: "gzdt", name: "工作动态", url: "/gzdt/" },
  { slug: "tzgg", name: "通知公告", url: "/tzgg/" },
];

describe("xcSearchResults", () => {
  test("keeps the form, the results and 更多结果 hidden until the script shows them", () => {
    const { $ } = renderComponent("search-results", "xcSearchResults", { channels });
    const form = $("form#xc-search");
    assert.ok(form.is("[hidden][data-xc-needs-script]"), "the form needs the script");
    for (const id of ["xc-search-results", "xc-search-more", "xc-search-unavailable"]) assert.ok($(`#${id}`).is("[hidden]"), id);
    assert.deepEqual($('script').map((_, s) => `${$(s).attr("type")} ${$(s).attr("src")}`).get(), ["module /assets/search.js"]);
  });

  test("offers every channel as a radio button named for the announcement, all channels first", () => {
    const { $ } = renderComponent("search-results", "xcSearchResults", { channels });
    assert.equal($('label[for="xc-search-q"]').text(), "要搜索的词语");
    assert.equal($(".xc-search__channels legend").text(), "栏目（选好后按“搜索”）", "the choice applies when the form is sent");
    assert.deepEqual($('input[name="channel"]').map((_, r) => `${$(r).attr("value") || "(all)"} ${$(r).attr("data-name") ?? ""}`).get(), ["(all) ", "gzdt 工作动态", "tzgg 通知公告"]);
    assert.equal($('input[name="channel"][checked]').attr("value"), "");
  });

  test("announces politely, and offers the 网站地图 and channel lists without JavaScript or index", () => {
    const { $ } = renderComponent("search-results", "xcSearchResults", { channels });
    const status = $("#xc-search-status");
    assert.deepEqual([status.attr("aria-live"), status.attr("aria-atomic")], ["polite", "true"]);
    const noscript = cheerio.load($("noscript").html() ?? "", null, false);
    assert.match(noscript.text(), /搜索功能需要浏览器启用 JavaScript/);
    const expected = ["/sitemap/", "/gzdt/", "/tzgg/"];
    assert.deepEqual(noscript("a").map((_, a) => noscript(a).attr("href")).get(), expected, "without JavaScript");
    assert.deepEqual($("#xc-search-unavailable a").map((_, a) => $(a).attr("href")).get(), expected, "when the index cannot load");
  });
});
