/**
 * The pagination nav of channel listings on a generated site: a short
 * window of page links that still lets a reader reach every page.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import * as cheerio from "cheerio";
import { generatedSite } from "../../../../../tests/support/shared-build.ts";

let output: string;
let removeContent = () => {};

before(async () => {
  const site = await generatedSite(300);
  output = site.output;
  removeContent = site.remove;
});

after(() => removeContent());

/** A built listing page. */
function listing(url: string): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(join(output, url, "index.html"), "utf8"));
}

/** The visible labels of a listing page's pagination items, in order. */
function labels(url: string): string[] {
  const $ = listing(url);
  return $(".xc-pagination li").map((_, li) => $(li).text().trim()).get();
}

describe("channel pagination", () => {
  test("reaches every page of a channel by following 下一页 from the first", () => {
    const visited: string[] = [];
    let url: string | undefined = "/gzdt/";
    while (url) {
      visited.push(url);
      assert.ok(visited.length < 100, "no loop");
      url = listing(url)('.xc-pagination a[rel="next"]').attr("href");
    }
    assert.ok(visited.length > 5, `${visited.length} pages`);
    assert.deepEqual(visited.slice(1), visited.slice(1).map((_, i) => `/gzdt/page/${i + 2}/`));
    assert.equal(existsSync(join(output, "gzdt", "page", String(visited.length + 1))), false, "no page after the last");
  });

  test("links the first, the last and the pages next to the current one, with a gap for the rest", () => {
    const last = Number(listing("/gzdt/")('.xc-pagination a[aria-label$="最后一页"]').text());
    assert.ok(last >= 6, `last page ${last}`);
    assert.deepEqual(labels("/gzdt/"), ["1", "2", "3", "…", String(last), "下一页"]);
    assert.deepEqual(labels(`/gzdt/page/${last}/`), ["上一页", "1", "…", String(last - 2), String(last - 1), String(last)]);
  });

  test("marks the current page and names the last one", () => {
    const $ = listing("/gzdt/page/2/");
    assert.equal($('.xc-pagination [aria-current="page"]').attr("aria-label"), "第2页", "aria-current says 当前页: the label does not repeat it");
    assert.match($('.xc-pagination a[aria-label$="最后一页"]').attr("href") ?? "", /^\/gzdt\/page\/\d+\/$/);
  });
});
