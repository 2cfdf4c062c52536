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
      const section = $(`section[aria-labelledby="map-${channel.slug}"]`);
      assert.equal(section.find("h3 a").attr("href"), channel.url);
      const count = perChannel.get(channel.slug) ?? 0;
      assert.ok(count > 20, `${channel.slug} has more than one page of articles`);
      assert.match(section.text(), new RegExp(`共${count}篇文章，${Math.ceil(count / 20)}页`));
    }
  });

  test("links, for each year of each channel, to the listing page where that year starts, and every one exists", () => {
    const content = loadSiteContent({ contentDir });
    for (const channel of loadChannels(settingsFiles(projectContent.settingsDir).channels)) {
      const links = $(`section[aria-labelledby="map-${channel.slug}"] li a`);
      const own = content.articles.filter((a) => a.channel.slug === channel.slug); // newest first, 20 a page
      const expected: string[] = [];
      own.forEach((article, index) => {
        const year = article.published.date.slice(0, 4);
        const page = Math.floor(index / 20) + 1;
        const line = `${year}年（从第${page}页起）`;
        if (!expected.some((e) => e.startsWith(`${year}年`))) expected.push(line);
      });
      assert.deepEqual(links.map((_, a) => $(a).text()).get(), expected);
      links.each((_, a) => {
        const href = $(a).attr("href")!;
        assert.ok(existsSync(join(output, href, "index.html")), href);
      });
    }
  });

  test("lists no article, so that it does not grow with the site", () => {
    const articleLinks = $("main a").filter((_, a) => /^\/[a-z]+\/\d{4}\//.test($(a).attr("href") ?? ""));
    assert.equal(articleLinks.length, 0);
  });
});
