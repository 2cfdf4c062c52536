/**
 * Policy documents as the built portal fixture publishes them: the information block, the banner of
 * a document no longer in force and the links both ways, 解读 and their documents, attachments at
 * stable URLs, converted images, data tables, the narrowed listings, the meta tags and the feeds.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import * as cheerio from "cheerio";
import { outputPathOf } from "../../../src/publish/article-files/write-article-files.ts";
import { listSiteFiles } from "../../../src/publish/site-files.ts";
import { unsafeMarkup } from "../../support/unsafe-markup.ts";
import { xmllint, xpath } from "../feeds/feed-files.ts";
import { portalContent, portalSite } from "./portal-documents.ts";

let output: string;
before(async () => {
  output = await portalSite();
});

const page = (path: string) => cheerio.load(readFileSync(join(output, path, "index.html"), "utf8"));
const text = (s: string) => s.replace(/\s+/g, "");
const fixtureFile = (name: string) => join(portalContent.contentDir, "articles", "documents", name);
const info = ($: cheerio.CheerioAPI, label: string) => $(".xc-doc-info th").filter((_, th) => $(th).text() === label).next("td");

describe("a policy document's page", () => {
  test("shows the official metadata in a captioned table of row headers, above the body", () => {
    const $ = page("zcwj/2025/elderly-subsidy-2025");
    assert.equal($("article > table.xc-doc-info + .xc-article__body").length, 1);
    assert.deepEqual($(".xc-doc-info th").map((_, th) => $(th).text()).get(), ["索引号", "发文机关", "发文字号", "成文日期", "发布日期", "主题分类", "有效性", "相关文件"]);
    assert.equal(info($, "发文字号").text(), "京西示例发〔2025〕3号");
    assert.equal(text(info($, "有效性").text()), "有效");
  });

  test("of a repealed document opens its body with a banner saying so in words and linking its replacement, which links back", () => {
    const old = page("zcwj/2023/elderly-subsidy-2023");
    const banner = old(".xc-article__body > .xc-doc-status:first-child");
    assert.match(text(banner.text()), /^本文件已废止：自2025年5月1日起不再执行。请查阅替代文件：/);
    assert.equal(banner.find("a").attr("href"), "/zcwj/2025/elderly-subsidy-2025/");
    assert.equal(info(old, "有效性").find("a").attr("href"), "/zcwj/2025/elderly-subsidy-2025/");
    const replacement = page("zcwj/2025/elderly-subsidy-2025");
    assert.equal(replacement(".xc-doc-status").length, 0, "a document in force has no banner");
    assert.match(text(info(replacement, "相关文件").text()), /^本文件替代了示例区关于印发《示例区养老服务补贴办法》的通知/);
    assert.equal(info(replacement, "相关文件").find("a").attr("href"), "/zcwj/2023/elderly-subsidy-2023/");
  });

  test("of an amended and of an expired document carries its banner too; the amendment links back", () => {
    assert.match(text(page("zcwj/2024/parking-2024")(".xc-doc-status").text()), /^本文件已被修改：2025年6月12日起.*修改文件：关于修改/);
    assert.equal(info(page("zcwj/2025/parking-amend-2025"), "相关文件").find("a").attr("href"), "/zcwj/2024/parking-2024/");
    const expired = page("zcwj/2020/heating-2020");
    assert.equal(text(expired(".xc-doc-status").text()), "本文件已失效：自2021年3月15日起不再执行。");
    assert.equal(info(expired, "发文字号").text(), "无");
  });

  test("lists every 解读 of the document with its kind, and each 解读 links back to the document", () => {
    const $ = page("zcwj/2025/elderly-subsidy-2025");
    assert.deepEqual($(".xc-interpretations li a").map((_, a) => `${$(a).text()} ${$(a).attr("href")}`).get(), [
      "图解：一图读懂《示例区养老服务补贴办法（2025年修订）》（虚构示例） /zcjd/2025/interpretation-elderly-chart/",
      "问答：《示例区养老服务补贴办法（2025年修订）》问答（虚构示例） /zcjd/2025/interpretation-elderly-qa/",
    ]);
    for (const path of ["zcjd/2025/interpretation-elderly-chart", "zcjd/2025/interpretation-elderly-qa"]) {
      const $$ = page(path);
      const explained = $$(".xc-article__meta dt").filter((_, dt) => $$(dt).text() === "解读的文件").next("dd");
      assert.equal(explained.find("a").attr("href"), "/zcwj/2025/elderly-subsidy-2025/", path);
      assert.match(explained.text(), /（京西示例发〔2025〕3号）$/);
    }
    const amendment = page("zcwj/2025/parking-amend-2025");
    assert.deepEqual(amendment(".xc-interpretations a").map((_, a) => amendment(a).text()).get(), ["图文解读：解读《关于修改〈示例区居住区停车管理办法〉的决定》（虚构示例）"]);
  });

  test("a 问答's questions are headings; a 图解 has its infographic and the text version under 文字版", () => {
    const qa = page("zcjd/2025/interpretation-elderly-qa");
    assert.deepEqual(qa(".xc-article__body h2").map((_, h) => qa(h).text()).get(), ["问：哪些人可以申请补贴？", "问：补贴怎样发放？"]);
    const chart = page("zcjd/2025/interpretation-elderly-chart");
    assert.match(chart("figure img").attr("alt")!, /^图解：/);
    assert.equal(chart("figure + h2").text(), "文字版");
    assert.ok(chart("figure + h2 + p").text().length > 40);
  });

  test("links each attachment by name, type and size, and the file is published at that URL, byte for byte", () => {
    const $ = page("zcwj/2025/elderly-subsidy-2025");
    const links = $(".xc-attachments li a").map((_, a) => ({ text: $(a).text(), href: $(a).attr("href")! })).get();
    assert.deepEqual(links.map((l) => l.text), [
      "附件1：示例区2025年养老服务补贴申请表（虚构）（DOCX，1 KB）",
      "附件2：示例区养老服务补贴标准明细表（虚构）（XLSX，3 KB）",
      "附件3：示例区养老服务补贴办法全文（虚构）（PDF，1 KB）",
    ]);
    const sources = ["files/养老服务补贴申请表（虚构）.docx", "files/subsidy-standards.xlsx", "files/subsidy-rules.pdf"];
    links.forEach(({ href }, index) => assert.deepEqual(readFileSync(outputPathOf(output, href)), readFileSync(fixtureFile(sources[index]!)), href));
    assert.match(links[0]!.href, /^\/zcwj\/2025\/elderly-subsidy-2025\/files\/%E5%85%BB/);
  });

  test("shows images as pictures whose every rendition and original is published, with width and height set", () => {
    const $ = page("zcwj/2025/elderly-subsidy-2025");
    const img = $("figure.xc-figure picture img");
    assert.deepEqual([img.attr("width"), img.attr("height"), img.attr("loading")], ["960", "240", "lazy"]);
    assert.equal($("figure figcaption .xc-figure__caption").text(), "图1 申请流程示意（虚构）");
    const urls = [...$("picture source").attr("srcset")!.split(", "), ...img.attr("srcset")!.split(", ")].map((entry) => entry.split(" ")[0]!);
    urls.push(img.attr("src")!, $("figure figcaption a").attr("href")!);
    for (const url of urls) assert.ok(existsSync(outputPathOf(output, url)), url);
    assert.deepEqual(readFileSync(outputPathOf(output, "/zcwj/2025/elderly-subsidy-2025/flow.png")), readFileSync(fixtureFile("flow.png")));
    const decorative = page("zcjd/2025/interpretation-parking")("div.xc-figure img");
    assert.equal(decorative.attr("alt"), "");
  });

  test("shows tables with their caption, header scopes and a scrolling region named by the caption", () => {
    const $ = page("zcjd/2025/interpretation-parking");
    const region = $("section.xc-table");
    assert.equal(region.attr("tabindex"), "0");
    assert.equal($(`#${region.attr("aria-labelledby")}`).text(), "修改前后各类车位月收费对比（虚构数据，单位：元）");
    assert.equal(region.find("th[scope=col]").length, 8);
  });

  test("names the 文号 and 有效性 in the Keywords meta tag; no page has anything executable", () => {
    assert.equal(page("zcwj/2023/elderly-subsidy-2023")('meta[name="Keywords"]').attr("content"), "京西示例发〔2023〕5号,有效性：已废止,民政、扶贫、救灾,示例区人民政府（虚构）");
    for (const file of listSiteFiles(output, "**/*.html")) assert.deepEqual(unsafeMarkup(readFileSync(join(output, file), "utf8")), [], file);
  });
});

describe("the 政策文件 listings", () => {
  test("show each document's 文号 and 有效性", () => {
    const $ = page("zcwj");
    const row = $(".xc-article-list__item").filter((_, li) => $(li).find("a").attr("href") === "/zcwj/2023/elderly-subsidy-2023/");
    assert.equal(row.find(".xc-article-list__document").text(), "京西示例发〔2023〕5号，有效性：已废止");
  });

  test("narrow without JavaScript: each 主题分类, 发文机关, year and 有效性 is a static page listing exactly its documents", () => {
    const $ = page("zcwj");
    const facets = $("nav.xc-doc-filters h3").map((_, h) => $(h).text()).get();
    assert.deepEqual(facets, ["按主题分类", "按发文机关", "按成文年份", "按有效性"]);
    const listed = (path: string) => {
      const $$ = page(path);
      return $$(".xc-article-list > li > a").map((_, a) => $$(a).attr("href")).get();
    };
    assert.deepEqual(listed("zcwj/validity/repealed"), ["/zcwj/2023/elderly-subsidy-2023/"]);
    assert.deepEqual(listed("zcwj/validity/amended"), ["/zcwj/2024/parking-2024/"]);
    assert.deepEqual(listed("zcwj/topic/mzfp"), ["/zcwj/2025/elderly-subsidy-2025/", "/zcwj/2023/elderly-subsidy-2023/"]);
    assert.deepEqual(listed("zcwj/year/2025"), ["/zcwj/2025/parking-amend-2025/", "/zcwj/2025/elderly-subsidy-2025/", "/zcwj/2025/portal-zcwj-example/"]);
    const joint = $("nav.xc-doc-filters a").filter((_, a) => $(a).text().startsWith("示例区城市管理委员会（虚构）")).attr("href")!;
    assert.deepEqual(listed(joint.slice(1, -1)), ["/zcwj/2025/parking-amend-2025/", "/zcwj/2020/heating-2020/"], "a joint document is listed under each of its 发文机关");
    for (const href of $("nav.xc-doc-filters a").map((_, a) => $(a).attr("href")).get()) {
      const count = Number(/（(\d+)件）/.exec($(`nav.xc-doc-filters a[href="${href}"]`).text())![1]);
      assert.equal(listed(href.slice(1, -1)).length, count, href);
    }
  });

  test("a narrowed listing says what it holds, marks its own value and is in the sitemap", () => {
    const $ = page("zcwj/validity/repealed");
    assert.equal($("h1").text(), "政策文件（有效性：已废止）");
    assert.equal($('nav.xc-doc-filters a[aria-current="page"]').attr("href"), "/zcwj/validity/repealed/");
    assert.equal($(".xc-breadcrumbs li").last().text(), "有效性：已废止");
    const sitemap = readFileSync(join(output, "sitemap.xml"), "utf8");
    for (const path of ["/zcwj/validity/repealed/", "/zcwj/topic/mzfp/", "/zcwj/year/2020/"]) assert.ok(sitemap.includes(`${path}</loc>`), path);
  });
});

describe("the feeds of policy documents", () => {
  test("carry the 文号 and 有效性 in each item's content and categories, and stay valid", () => {
    const rss = join(output, "feeds", "zcwj", "rss.xml");
    assert.ok(xmllint(["--noout", rss]).ok);
    const item = "//item[link='https://www.bjxch.gov.cn/zcwj/2023/elderly-subsidy-2023/']";
    assert.equal(xpath(rss, `count(${item}/category)`), "4");
    assert.equal(xpath(rss, `string(${item}/category[2])`), "京西示例发〔2023〕5号");
    assert.equal(xpath(rss, `string(${item}/category[3])`), "有效性：已废止");
    const content = xpath(rss, `string(${item}/*[local-name()='encoded'])`);
    assert.match(content, /^<p class="xc-feed-note">发文字号：京西示例发〔2023〕5号；有效性：已废止（2025年5月1日起）；替代文件：<a href="https:\/\/www\.bjxch\.gov\.cn\/zcwj\/2025\/elderly-subsidy-2025\/">/);
    const json = JSON.parse(readFileSync(join(output, "feeds", "zcwj", "feed.json"), "utf8")) as { items: { url: string; tags: string[]; content_html: string }[] };
    const withAttachments = json.items.find((i) => i.url.endsWith("/elderly-subsidy-2025/"))!;
    assert.deepEqual(withAttachments.tags, ["政策文件", "京西示例发〔2025〕3号", "有效性：有效", "民政、扶贫、救灾"]);
    assert.match(withAttachments.content_html, /<li><a href="https:\/\/www\.bjxch\.gov\.cn\/zcwj\/2025\/elderly-subsidy-2025\/files\/subsidy-standards\.xlsx">附件2：/);
    const atom = join(output, "feeds", "zcjd", "atom.xml");
    assert.match(xpath(atom, "string(//*[local-name()='entry'][1]/*[local-name()='content'])"), /^<p class="xc-feed-note">图文解读，解读的文件：<a href/);
  });
});
