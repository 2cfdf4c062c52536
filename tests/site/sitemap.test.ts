/**
 * The 网站地图 page on a generated site of a few hundred articles: it lists
 * the channels and, for each year, the listing page where it starts, with true
 * counts, and no single article (which would make it grow with the site).
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import * as cheerio from "cheerio";
import { loadChannels } from "../../src/lib/content/load-channels.ts";
import { loadSiteContent, projectContent, settingsFiles } from "../../src/lib/load-site.ts";
import { generatedSite } from "../support/shared-build.ts";

let output: string;
let removeContent = () => {};
let $: cheerio.CheerioAPI;
let perChannel: Map<string, number>;
let contentDir: string;

before(async () => {
  const site = await generatedSite(300);
  ({ output, contentDir } = site);
  removeContent = site.remove;
  perChannel = new Map();
  for (const article of loadSiteContent({ contentDir }).articles) perChannel.set(article.channel.slug, (perChannel.get(article.channel.slug) ?? 0) + 1);
  $ = cheerio.load(readFileSync(join(output, "sitemap", "index.html"), "utf8"));
});

after(() => removeContent());

describe("the 网站地图 page", () => {
  test("lists every channel with its true article count and page count", () => {
    for (const channel of loadChannels(settingsFiles(projectContent.settingsDir).channels)) {
      const section = $(`#map-${channel.slug}`).closest(".xc-map-channel");
      assert.equal(section.find("h3 a").attr("href"), channel.url);
      const count = perChannel.get(channel.slug) ?? 0;
      assert.ok(count > 20, `${channel.slug} has more than one page of articles`);
      assert.match(section.text(), new RegExp(`共${count}篇文章，${Math.ceil(count / 20)}页`));
    }
  });

  test("links, for each year of each channel, to the listing page where that year starts, one link a page, and every one exists", () => {
    const content = loadSiteContent({ contentDir });
    let shared = 0;
    for (const channel of loadChannels(settingsFiles(projectContent.settingsDir).channels)) {
      const links = $(`#map-${channel.slug}`).closest(".xc-map-channel").find("li a");
      const own = content.articles.filter((a) => a.channel.slug === channel.slug); // newest first, 20 a page
      const starts: { years: string[]; page: number }[] = [];
      own.forEach((article, index) => {
        const year = article.published.date.slice(0, 4);
        const page = Math.floor(index / 20) + 1;
        if (starts.some((s) => s.years.includes(year))) return;
        if (starts.at(-1)?.page === page) starts.at(-1)!.years.push(year); // years that truly start on the same page share its link
        else starts.push({ years: [year], page });
      });
      shared += starts.filter((s) => s.years.length > 1).length;
      const expected = starts.map((s) => `${s.years.join("年、")}年（从第${s.page}页起）`);
      assert.deepEqual(links.map((_, a) => $(a).clone().find(".xc-visually-hidden").remove().end().text()).get(), expected, "what a reader sees");
      assert.deepEqual(links.map((_, a) => $(a).find(".xc-visually-hidden").text()).get(), expected.map(() => channel.name), "each link names its channel for screen readers");
      const hrefs = links.map((_, a) => $(a).attr("href")!).get();
      assert.equal(new Set(hrefs).size, hrefs.length, "no two links of a channel to the same page");
      for (const href of hrefs) assert.ok(existsSync(join(output, href, "index.html")), href);
    }
    assert.ok(shared > 0, "the generated site has a page where two years start, so the shared link is tested");
  });

  test("gives every link a name of its own", () => {
    const names = $("main a").map((_, a) => $(a).text().replace(/\s+/g, "")).get();
    assert.deepEqual(names.filter((name, i) => names.indexOf(name) !== i), []);
  });

  test("lists no article, so that it does not grow with the site", () => {
    const articleLinks = $("main a").filter((_, a) => /^\/[a-z]+\/\d{4}\//.test($(a).attr("href") ?? ""));
    assert.equal(articleLinks.length, 0);
  });
});
