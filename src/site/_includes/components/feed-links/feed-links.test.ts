/** Feed discovery links, rendered alone: the channel's feeds first, then the whole site's. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent } from "../../../../../tests/support/render-component.ts";

const feed = (title: string, base: string) => ({ title, paths: { rss: `${base}rss.xml`, atom: `${base}atom.xml`, json: `${base}feed.json` } });
const feeds = { site: feed("示例网站", "/feeds/"), byChannel: { gzdt: feed("示例网站：工作动态", "/feeds/gzdt/") } };

/** Each link as "type title href". */
function links(channel?: string): string[] {
  const { $ } = renderComponent("feed-links", "xcFeedLinks", { feeds, channel });
  return $('link[rel="alternate"]').map((_, l) => `${$(l).attr("type")} ${$(l).attr("title")} ${$(l).attr("href")}`).get();
}

describe("xcFeedLinks", () => {
  test("advertises the whole site's RSS, Atom and JSON feeds", () => {
    assert.deepEqual(links(), [
      "application/rss+xml 示例网站（RSS） /feeds/rss.xml",
      "application/atom+xml 示例网站（Atom） /feeds/atom.xml",
      "application/feed+json 示例网站（JSON Feed） /feeds/feed.json",
    ]);
  });

  test("puts the channel's own feeds first on a channel's pages", () => {
    const all = links("gzdt");
    assert.equal(all.length, 6);
    assert.equal(all[0], "application/rss+xml 示例网站：工作动态（RSS） /feeds/gzdt/rss.xml");
    assert.equal(all[3], "application/rss+xml 示例网站（RSS） /feeds/rss.xml");
  });

  test("gives the site's feeds alone for a channel without feeds", () => {
    assert.deepEqual(links("unknown"), links());
  });
});
