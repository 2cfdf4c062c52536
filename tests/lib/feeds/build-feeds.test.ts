import assert from "node:assert/strict";
import { test } from "node:test";
import { buildFeeds } from "../../../src/lib/feeds/build-feeds.ts";
import type { Article, Channel, SiteConfig } from "../../../src/lib/model/types.ts";
import { publishTimeFromParts } from "../../../src/lib/text/shanghai-time.ts";

const site: SiteConfig = {
  name: "北京市西城区人民政府",
  baseUrl: "https://www.example.gov.cn",
  domain: "www.example.gov.cn",
  divisionCode: "110102",
  sponsor: "北京市西城区人民政府办公室",
  organizer: "北京市西城区数据局",
  siteIdCode: "1101020002",
  icp: "京ICP备19014909号-1",
  publicSecurity: "京公网安备11010202007633号",
  publicSecurityCode: "11010202007633",
  contact: { address: "北京市西城区二龙路27号", postcode: "100032", phone: "12345" },
  legacyChannel: "gzdt",
  defaultSource: "北京市西城区人民政府",
  pageSize: 20,
  feedItems: 3,
  futureDays: 1,
};

const channel = (slug: string, name: string): Channel => ({ slug, name, description: `${name}的说明。`, columnType: name, url: `/${slug}/` });
const news = channel("gzdt", "工作动态");
const notices = channel("tzgg", "通知公告");
const empty = channel("zcjd", "政策解读");

function article(day: number, ch: Channel, extra: Partial<Article> = {}): Article {
  const published = publishTimeFromParts(2025, 3, day, 9, 30)!;
  return {
    slug: `a${day}`,
    title: `第${day}日的文章`,
    channel: ch,
    published,
    source: "西城区数据局",
    summary: `摘要${day}`,
    bodyHtml: `<p>正文<a href="../">上级</a><img src="/assets/p${day}.png" alt="图"></p>`,
    url: `/${ch.slug}/2025/a${day}/`,
    sourceFile: `a${day}.md`,
    ...extra,
  };
}

// Newest first, as the loader returns them.
const articles = [9, 8, 7, 6, 5].map((day) => article(day, day % 2 ? news : notices));

test("keeps only the newest feedItems items in every feed", async () => {
  const feeds = await buildFeeds({ site, channels: [news, notices, empty], articles });
  assert.deepEqual(feeds.site.items.map((i) => i.title), ["第9日的文章", "第8日的文章", "第7日的文章"]);
  assert.deepEqual(feeds.byChannel.gzdt!.items.map((i) => i.title), ["第9日的文章", "第7日的文章", "第5日的文章"]);
  assert.deepEqual(feeds.byChannel.tzgg!.items.map((i) => i.title), ["第8日的文章", "第6日的文章"]);
});

test("dates items in Beijing time: RFC 3339 with +08:00 and RFC 822 with +0800", async () => {
  const { site: feed } = await buildFeeds({ site, channels: [news, notices], articles });
  assert.equal(feed.items[0]!.dateRfc3339, "2025-03-09T09:30:00+08:00");
  assert.equal(feed.items[0]!.dateRfc822, "Sun, 09 Mar 2025 09:30:00 +0800");
});

test("reports the newest item's date as the feed's update time, not the build time", async () => {
  const feeds = await buildFeeds({ site, channels: [news, notices, empty], articles });
  assert.equal(feeds.site.updatedRfc3339, "2025-03-09T09:30:00+08:00");
  assert.equal(feeds.byChannel.tzgg!.updatedRfc822, "Sat, 08 Mar 2025 09:30:00 +0800");
  // An empty channel reports the site's newest article, which only changes with content.
  assert.equal(feeds.byChannel.zcjd!.updatedRfc3339, "2025-03-09T09:30:00+08:00");
});

test("gives the same feeds for the same content", async () => {
  const first = await buildFeeds({ site, channels: [news, notices, empty], articles });
  const second = await buildFeeds({ site, channels: [news, notices, empty], articles });
  assert.deepEqual(second, first);
});

test("uses the canonical URL as id and link, and the channel as category", async () => {
  const item = (await buildFeeds({ site, channels: [news], articles })).site.items[0]!;
  assert.equal(item.id, "https://www.example.gov.cn/gzdt/2025/a9/");
  assert.equal(item.url, item.id);
  assert.deepEqual(item.category, { term: "gzdt", label: "工作动态", url: "https://www.example.gov.cn/gzdt/" });
});

test("makes every URL in the article HTML absolute against the article's address", async () => {
  const item = (await buildFeeds({ site, channels: [news], articles })).site.items[0]!;
  assert.match(item.contentHtml, /href="https:\/\/www\.example\.gov\.cn\/gzdt\/2025\/"/);
  assert.match(item.contentHtml, /src="https:\/\/www\.example\.gov\.cn\/assets\/p9\.png"/);
});

test("names the author as creator when there is one, otherwise the source", async () => {
  const withAuthor = [article(9, news, { author: "张三" }), article(8, news)];
  const items = (await buildFeeds({ site, channels: [news], articles: withAuthor })).site.items;
  assert.deepEqual(items.map((i) => [i.creator, i.source]), [["张三", "西城区数据局"], ["西城区数据局", "西城区数据局"]]);
});

test("strips XML-illegal characters from every text field of an item", async () => {
  const dirty = article(9, news, { title: "标\u0001题", summary: "摘\u000b要", source: "来\u001f源", bodyHtml: "<p>正\u0008文</p>" });
  const item = (await buildFeeds({ site, channels: [news], articles: [dirty] })).site.items[0]!;
  assert.deepEqual([item.title, item.summary, item.source, item.contentHtml], ["标题", "摘要", "来源", "<p>正文</p>"]);
});

test("titles feeds in Chinese with the site and channel names and publishes them at stable paths", async () => {
  const feeds = await buildFeeds({ site, channels: [news], articles });
  assert.equal(feeds.site.title, "北京市西城区人民政府：全部栏目");
  assert.equal(feeds.byChannel.gzdt!.title, "北京市西城区人民政府：工作动态");
  assert.deepEqual(feeds.site.paths, { rss: "/feeds/rss.xml", atom: "/feeds/atom.xml", json: "/feeds/feed.json" });
  assert.equal(feeds.byChannel.gzdt!.urls.rss, "https://www.example.gov.cn/feeds/gzdt/rss.xml");
  assert.deepEqual(feeds.all.map((f) => f.key), ["site", "gzdt"]);
});
