import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { parseFeed } from "@rowanmanning/feed-parser";
import * as cheerio from "cheerio";
import { stripXmlIllegal } from "../../../src/lib/text/strip-xml-illegal.ts";
import { feedFiles, listFiles, read, xmllint, xpath } from "./feed-files.ts";
import { settingsFiles } from "../../../src/lib/load-site.ts";
import { loadSettings } from "../../../src/lib/settings/load-settings.ts";
import { removeTemp, tempOutput } from "../../support/build-into.ts";
import { buildFixtureInto, fixtureSite, longTitle, writeFixtureContent } from "./fixture-site.ts";

const contentNs = "http://purl.org/rss/1.0/modules/content/";
const atomNs = "http://www.w3.org/2005/Atom";
/** What XML 1.0 forbids, plus DEL and C1 controls (see src/lib/text/strip-xml-illegal.ts). */
const illegalCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const channels = ["gzdt", "tzgg", "zcwj", "zcjd", "kong"];

let output = "";
let baseUrl = "";
/** Temporary folders to remove when the tests are done. */
const temporary: string[] = [];

before(async () => {
  output = await fixtureSite();
  const { root, content } = writeFixtureContent();
  baseUrl = loadSettings(settingsFiles(content.settingsDir).site).baseUrl;
  rmSync(root, { recursive: true, force: true });
});

after(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

interface ArticlePage {
  url: string;
  channel: string;
  title: string;
  datetime: string;
  contentHtml: string;
}

/** Every article page of the built site, as a reader sees it. */
function articlePages(): ArticlePage[] {
  return listFiles(output)
    .filter((f) => f.endsWith("index.html"))
    .map((f) => cheerio.load(read(join(output, f))))
    .filter(($) => $('meta[name="ArticleTitle"]').length === 1)
    .map(($) => {
      const url = $('link[rel="canonical"]').attr("href")!;
      const body = cheerio.load($(".xc-article__body").html()!, null, false);
      body(".xc-doc-status").remove(); // a document's banner: the feed says it in its own note
      body("[href]").each((_, el) => void body(el).attr("href", new URL(body(el).attr("href")!, url).href));
      body("[src]").each((_, el) => void body(el).attr("src", new URL(body(el).attr("src")!, url).href));
      return {
        url,
        channel: new URL(url).pathname.split("/")[1]!,
        title: $("h1").first().text(),
        datetime: $(".xc-article__meta time").attr("datetime")!,
        contentHtml: normaliseHtml(body.html()),
      };
    });
}

/** HTML serialised one way, so that page and feed can be compared. */
function normaliseHtml(html: string): string {
  return cheerio.load(stripXmlIllegal(html), null, false).html().trim();
}

interface Item {
  url: string;
  title: string;
  epochMs: number;
  /** The date as written in the feed. */
  date: string;
  contentHtml: string;
}

/**
 * A feed's items in one shape, whatever the format, for the round trip.
 * XML is read with a strict XML parser (cheerio's xml mode), which decodes
 * entities once, as XML says. @rowanmanning/feed-parser is checked to agree on
 * title, link and date, but not on content: it decodes HTML entities a second
 * time after XML parsing (to tolerate double-escaped feeds), which turns an
 * article's escaped text `&lt;b&gt;` back into markup.
 */
function feedItems(file: string): Item[] {
  const text = read(file);
  if (file.endsWith(".json")) {
    const feed = JSON.parse(text) as { items: { url: string; title: string; date_published: string; content_html: string }[] };
    return feed.items.map((i) => ({ url: i.url, title: i.title, epochMs: Date.parse(i.date_published), date: i.date_published, contentHtml: i.content_html }));
  }
  const $ = cheerio.load(text, { xml: true });
  const strict: Item[] = file.endsWith("rss.xml")
    ? $("item").toArray().map((el) => {
        const date = $(el).children("pubDate").text();
        return { url: $(el).children("link").text(), title: $(el).children("title").text(), epochMs: Date.parse(date), date, contentHtml: $(el).children("content\\:encoded").text() };
      })
    : $("entry").toArray().map((el) => {
        const date = $(el).children("published").text();
        return { url: $(el).children('link[rel="alternate"]').attr("href")!, title: $(el).children("title").text(), epochMs: Date.parse(date), date, contentHtml: $(el).children("content").text() };
      });
  const parsed = parseFeed(text).items;
  assert.deepEqual(
    parsed.map((i) => [i.url, i.title, i.published?.getTime()]),
    strict.map((i) => [i.url, i.title, i.epochMs]),
    `${file}: feed-parser reads the same items`,
  );
  return strict;
}

test("writes RSS, Atom and JSON Feed for the whole site and every channel", () => {
  const files = feedFiles(output);
  for (const format of ["rss", "atom", "json"] as const) {
    assert.equal(files[format].length, 1 + channels.length, `${format}: ${files[format].join(", ")}`);
  }
});

test("every XML feed is well-formed with its namespaces declared, as xmllint checks them", () => {
  const { rss, atom } = feedFiles(output);
  for (const file of [...rss, ...atom]) {
    const { ok, errors } = xmllint(["--noout", file]);
    assert.ok(ok, `${file}: ${errors}`);
  }
  for (const file of rss) {
    assert.equal(xpath(file, "name(/*)"), "rss");
    assert.equal(xpath(file, `count(//*[local-name()='encoded' and namespace-uri()='${contentNs}'])`), xpath(file, "count(//item)"));
    assert.equal(xpath(file, `count(/rss/channel/*[local-name()='link' and namespace-uri()='${atomNs}' and @rel='self'])`), "1");
  }
  for (const file of atom) assert.equal(xpath(file, "namespace-uri(/*)"), atomNs);
});

test("the xmllint check fails on a feed whose content: prefix is not declared", () => {
  const folder = mkdtempSync(join(tmpdir(), "xc-ns-"));
  temporary.push(folder);
  const file = join(folder, "bad.xml");
  writeFileSync(file, '<?xml version="1.0"?><rss version="2.0"><channel><item><content:encoded>x</content:encoded></item></channel></rss>');
  const { ok, errors } = xmllint(["--noout", file]);
  assert.equal(ok, false);
  assert.match(errors, /Namespace prefix content on encoded is not defined/);
});

test("every XML feed parses with @rowanmanning/feed-parser, in Chinese, with its self link", () => {
  const { rss, atom } = feedFiles(output);
  for (const file of [...rss, ...atom]) {
    const feed = parseFeed(read(file));
    assert.match(feed.title!, /^北京市西城区人民政府：/, file);
    assert.equal(feed.language, "zh-CN", file);
    assert.equal(feed.self, `${baseUrl}${file.slice(output.length)}`, file);
    assert.equal(feed.items.length > 0, !file.includes("/kong/"), `${file}: ${feed.items.length} items`);
  }
});

test("every JSON Feed has the JSON Feed 1.1 required fields", () => {
  for (const file of feedFiles(output).json) {
    const feed = JSON.parse(read(file)) as Record<string, unknown> & { items: Record<string, unknown>[] };
    assert.equal(feed.version, "https://jsonfeed.org/version/1.1", file);
    assert.equal(typeof feed.title, "string", file);
    assert.ok(Array.isArray(feed.items), file);
    assert.equal(feed.items.length > 0, !file.includes("/kong/"), `${file}: ${feed.items.length} items`);
    assert.equal(feed.feed_url, `${baseUrl}${file.slice(output.length)}`, file);
    assert.equal(feed.language, "zh-CN", file);
    for (const item of feed.items) {
      assert.equal(typeof item.id, "string", `${file}: item id`);
      assert.ok(typeof item.content_html === "string" || typeof item.content_text === "string", `${file}: item ${String(item.id)} has no content`);
      assert.match(String(item.date_published), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    }
  }
});

test("dates items in Beijing time and reports the newest item's date as the feed's build date", () => {
  const { rss, atom } = feedFiles(output);
  const siteBuildDate = xpath(join(output, "feeds", "rss.xml"), "string(/rss/channel/lastBuildDate)");
  const siteUpdated = xpath(join(output, "feeds", "atom.xml"), "string(/*/*[local-name()='updated'])");
  for (const file of rss) {
    const empty = xpath(file, "count(//item)") === "0";
    const dates = empty ? [] : xpath(file, "//item/pubDate/text()").split("\n");
    for (const date of dates) assert.match(date, /^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d \+0800$/);
    // An empty channel reports the site's newest date: it still changes only when content does.
    const newest = empty ? siteBuildDate : dates.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
    assert.equal(xpath(file, "string(/rss/channel/lastBuildDate)"), newest, file);
  }
  for (const file of atom) {
    const empty = xpath(file, "count(//*[local-name()='entry'])") === "0";
    const dates = empty ? [] : xpath(file, "//*[local-name()='entry']/*[local-name()='published']/text()").split("\n");
    for (const date of dates) assert.match(date, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    assert.equal(xpath(file, "string(/*/*[local-name()='updated'])"), empty ? siteUpdated : [...dates].sort().at(-1), file);
  }
});

test("every article appears in the site feed and its channel feed, matching its page", () => {
  const pages = articlePages();
  assert.ok(pages.length >= 10, `found ${pages.length} article pages`);
  for (const format of ["rss.xml", "atom.xml", "feed.json"]) {
    const siteItems = feedItems(join(output, "feeds", format));
    for (const page of pages) {
      const channelItems = feedItems(join(output, "feeds", page.channel, format));
      for (const [which, items] of [["site", siteItems], [page.channel, channelItems]] as const) {
        const item = items.find((i) => i.url === page.url);
        assert.ok(item, `${page.url} is missing from the ${which} ${format}`);
        assert.equal(item.title, stripXmlIllegal(page.title), `${page.url} title in ${which} ${format}`);
        assert.equal(item.epochMs, Date.parse(page.datetime), `${page.url} date in ${which} ${format}`);
        // A policy document's 文号 and 有效性, a 解读's document and the attachments are notes around the body (feed-notes.ts).
        const content = cheerio.load(item.contentHtml, null, false);
        content(".xc-feed-note").remove();
        assert.equal(normaliseHtml(content.html()), page.contentHtml, `${page.url} content in ${which} ${format}`);
      }
    }
  }
});

test("bad input (control characters, ]]>, &, <, emoji, a very long title) gives valid feeds that keep the text", () => {
  const { rss, atom, json } = feedFiles(output);
  for (const file of [...rss, ...atom, ...json]) assert.doesNotMatch(read(file), illegalCharacter, file);
  for (const format of ["rss.xml", "atom.xml", "feed.json"]) {
    const item = feedItems(join(output, "feeds", "tzgg", format)).find((i) => i.url.endsWith("/tzgg/2025/bad-input/"));
    assert.ok(item, format);
    assert.equal(item.title, `控制字符与]]>和&及<标题🎉${longTitle.slice(21)}`, format);
    assert.equal(item.date, { "rss.xml": "Thu, 01 May 2025 08:30:00 +0800", "atom.xml": "2025-05-01T08:30:00+08:00", "feed.json": "2025-05-01T08:30:00+08:00" }[format]);
    const text = cheerio.load(item.contentHtml, null, false).text();
    for (const kept of ["]]>", "和号&", "小于号<", "🎉👨‍👩‍👧", "<script>alert(1)</script>"]) assert.ok(text.includes(kept), `${format} lost ${kept}`);
    assert.equal(cheerio.load(item.contentHtml, null, false)("script").length, 0, `${format}: markup from the text became a script`);
  }
  // The importer cuts a title derived from an unpunctuated lead to 80 characters (issue #16); the feed carries it whole.
  const legacy = feedItems(join(output, "feeds", "rss.xml")).find((i) => i.title.includes("老旧小区综合整治"));
  const cut = `${[...`2025年西城区${"老旧小区综合整治".repeat(40)}`].slice(0, 79).join("")}…`;
  assert.equal(legacy?.title, cut, "the legacy title, as long as the importer made it, is carried whole");
});

test("an unchanged site gives byte-identical feeds", async () => {
  const first = feedFiles(output);
  const again = await tempOutput("feeds-again");
  try {
    await buildFixtureInto(again);
    const second = feedFiles(again);
    const all = (f: typeof first) => [...f.rss, ...f.atom, ...f.json];
    assert.deepEqual(all(second).map((f) => f.slice(again.length)), all(first).map((f) => f.slice(output.length)));
    for (const file of all(first)) assert.equal(read(join(again, file.slice(output.length))), read(file), file);
  } finally {
    await removeTemp(again);
  }
});

test("every page advertises the site feeds, and channel and article pages their channel's too", () => {
  const pages = listFiles(output).filter((f) => f.endsWith(".html"));
  for (const file of pages) {
    const $ = cheerio.load(read(join(output, file)));
    const hrefs = $('link[rel="alternate"]').map((_, el) => `${$(el).attr("type")} ${$(el).attr("href")}`).get();
    for (const expected of ["application/rss+xml /feeds/rss.xml", "application/atom+xml /feeds/atom.xml", "application/feed+json /feeds/feed.json"]) {
      assert.ok(hrefs.includes(expected), `${file} lacks ${expected}`);
    }
    const channel = channels.find((c) => file.startsWith(`${c}/`));
    for (const c of channels) {
      const has = hrefs.includes(`application/rss+xml /feeds/${c}/rss.xml`);
      assert.equal(has, c === channel, `${file}: ${c} feed link ${has ? "present" : "absent"}`);
    }
    for (const el of $('link[rel="alternate"]').toArray()) assert.match($(el).attr("title") ?? "", /^北京市西城区人民政府：/);
  }
});

test("the subscribe page lists every feed address in a labelled read-only field, with no inline script", () => {
  const $ = cheerio.load(read(join(output, "subscribe", "index.html")));
  const fields = $("input.xc-feed-address__field");
  const { rss, atom, json } = feedFiles(output);
  const urls = [...rss, ...atom, ...json].map((f) => `${baseUrl}${f.slice(output.length)}`).sort();
  assert.deepEqual(fields.map((_, el) => $(el).attr("value")).get().sort(), urls);
  for (const el of fields.toArray()) {
    const field = $(el);
    assert.ok(field.is("[readonly]"), `${field.attr("id")} is read-only`);
    assert.equal($(`label[for="${field.attr("id")}"]`).length, 1, `${field.attr("id")} has one label`);
  }
  for (const script of $("script").toArray()) {
    assert.ok($(script).attr("src"), "every script is external");
    assert.equal($(script).text().trim(), "");
  }
  assert.ok($("h2").text().includes("什么是RSS"));
});

test("the home page and the footer of every page link to the subscribe page", () => {
  const home = cheerio.load(read(join(output, "index.html")));
  assert.equal(home('main a[href="/subscribe/"]').length, 1);
  for (const file of listFiles(output).filter((f) => f.endsWith(".html"))) {
    const $ = cheerio.load(read(join(output, file)));
    assert.equal($('footer a[href="/subscribe/"]').length, 1, file);
  }
});
