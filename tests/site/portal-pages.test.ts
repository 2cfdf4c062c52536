/**
 * The portal fixture as built: every section, the 政府信息公开 pages from settings, the 年报, the
 * 办事指南 and 机构 pages, the home page as a portal, and the hierarchy in the menu, the breadcrumbs,
 * the 网站地图 and sitemap.xml. (Every page of it passes the whole audit: npm run audit:portal.)
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import * as cheerio from "cheerio";
import { cleanSite } from "../inspect/support/inspected-sites.ts";

let folder = "";
const page = (path: string) => cheerio.load(readFileSync(join(folder, path, "index.html"), "utf8"));
const texts = ($: cheerio.CheerioAPI, selector: string) => $(selector).map((_, e) => $(e).text().trim()).get();
const crumbs = ($: cheerio.CheerioAPI) => texts($, 'nav[aria-label="当前位置"] li').join(" › ");

before(async () => {
  folder = await cleanSite();
});

describe("the portal fixture", () => {
  test("the home page has few landmarks, each named once: 阅读辅助, the header with its search and menu, main, the footer with its links", () => {
    const $ = page("");
    const landmarks = $("header, nav, main, footer, aside, search, form[role=search], section[aria-label], section[aria-labelledby], [role=region]")
      .filter((_, e) => !$(e).parents("main, article, aside, nav, section").length || $(e).is("nav, form, section, [role]")) // a header or footer inside sectioning content is no landmark
      .map((_, e) => {
        const role = $(e).attr("role") ?? { header: "banner", nav: "navigation", main: "main", footer: "contentinfo", aside: "complementary", search: "search", section: "region" }[e.tagName]!;
        const name = $(e).attr("aria-label") ?? ($(e).attr("aria-labelledby") ? $(`#${$(e).attr("aria-labelledby")}`).text() : "");
        return `${role}${name ? ` ${name}` : ""}`;
      })
      .get();
    assert.deepEqual(landmarks, ["region 阅读辅助", "banner", "search 全站搜索", "navigation 主导航", "main", "contentinfo", "navigation 网站信息"]);
  });

  test("the menu lists the sections, and marks the section of the page it is on", () => {
    const $ = page("zcwj");
    assert.deepEqual(texts($, ".xc-nav__link"), ["首页", "要闻动态", "政府信息公开", "政务服务", "互动交流", "走进示例区"]);
    assert.equal($('.xc-nav__link[aria-current="true"]').text(), "政府信息公开");
    assert.equal(crumbs($), "首页 › 政府信息公开 › 政策文件");
    assert.equal(crumbs(page("zcwj/2025/portal-zcwj-example")), "首页 › 政府信息公开 › 政策文件 › 示例区政府信息公开保密审查制度（虚构示例）");
  });

  test("the home page shows the latest 要闻 first, then the four big entries, then each other section, as headings and not regions", () => {
    const $ = page("");
    assert.deepEqual(texts($, "main h2"), ["要闻动态", "常用入口", "政府信息公开", "政务服务", "走进示例区", "更多"]);
    assert.deepEqual(texts($, ".xc-entries__link"), ["办事服务", "政府信息公开", "互动交流", "订阅本站"]);
    assert.equal($("main section, main [role=region]").length, 0);
    assert.equal($("main h2").first().next(".xc-article-list").find("li").first().find("a").text(), "关于某街道部分小区临时停水的通知（虚构示例）");
    const links = new Set($("main a").map((_, a) => $(a).attr("href")).get());
    for (const path of ["/gzdt/", "/tzgg/", "/zcwj/", "/zcjd/", "/xxgknb/", "/zjxc/ldxx/", "/zwfw/bszn/"]) assert.ok(links.has(path), path);
  });

  test("the 信息公开指南 shows every field 条例第十二条 lists, from xxgk.yaml, and is a dated item", () => {
    const $ = page("xxgk/xxgkzn");
    assert.deepEqual(texts($, "main h2"), ["一、信息分类", "二、编排体系", "三、获取方式", "四、依申请公开", "五、信息公开工作机构"]);
    assert.deepEqual(texts($, ".xc-facts dt"), ["机构名称", "办公地址", "邮政编码", "办公时间", "联系电话", "传真号码", "互联网联系方式"]);
    assert.equal($('.xc-facts a[href="mailto:xxgk@example.org"]').length, 1);
    assert.equal($('meta[name="ColumnType"]').attr("content"), "信息公开指南");
    assert.equal($('meta[name="PubDate"]').attr("content"), "2025-01-10 00:00");
    assert.equal($(".xc-item-date time").attr("datetime"), "2025-01-10T00:00:00+08:00");
    assert.equal(crumbs($), "首页 › 政府信息公开 › 信息公开指南");
  });

  test("法定主动公开内容 links each item to where it lives; 依申请公开 links to the application platform", () => {
    const $ = page("xxgk/fdzdgknr");
    assert.deepEqual($(".xc-statutory a").map((_, a) => `${$(a).text()} ${$(a).attr("href")}`).get(), ["机构职能 /zjxc/jgzn/", "政策文件 /zcwj/", "政策解读 /zcjd/", "信息公开年报 /xxgknb/", "办事指南 /zwfw/bszn/"]);
    assert.equal(page("xxgk/ysqgk")('main a[href="https://xxgk.example/apply/"]').length, 1);
  });

  test("the 年报 is an article of its channel, with its tables", () => {
    const $ = page("xxgknb/2025/portal-xxgknb-2024");
    assert.equal($(".xc-article__body table").length, 2);
    assert.equal($(".xc-article__body th").first().text(), "信息内容");
  });

  test("a 办事指南 shows the eight fields the inspection requires", () => {
    const $ = page("zwfw/bszn/portal-residence");
    const shown = [...texts($, ".xc-facts dt"), ...texts($, "main h2")];
    for (const field of ["事项名称", "设定依据", "申请条件", "办理材料", "办理地点", "办理时间", "咨询电话", "办理流程"]) assert.ok(shown.includes(field), `${field} in ${shown.join(" ")}`);
    assert.equal(crumbs($), "首页 › 政务服务 › 办事指南 › 居住登记（虚构示例）");
    assert.equal($('meta[name="ContentSource"]').attr("content"), "示例区公安分局（虚构）");
  });

  test("机构职能 lists each department, whose page gives its duties, address, phone and hours; 领导信息 gives names, titles and duties", () => {
    assert.deepEqual(page("zjxc/jgzn")("main .xc-link-list a").map((_, a) => a.attribs.href).get(), ["/zjxc/jgzn/office/", "/zjxc/jgzn/education/"]);
    const $ = page("zjxc/jgzn/education");
    assert.deepEqual(texts($, ".xc-facts dt"), ["办公地址", "联系电话", "办公时间", "网站"]);
    assert.deepEqual(texts($, "main > ol li"), ["负责本区教育工作（虚构）。"]);
    const leaders = page("zjxc/ldxx");
    assert.deepEqual(texts(leaders, "main h2"), ["甄示例", "贾样本"]);
  });

  test("the 互动交流 page lists its platforms, linked or with a tel: link", () => {
    const $ = page("hdjl");
    assert.deepEqual($(".xc-platform-list a").map((_, a) => a.attribs.href).get(), ["https://hudong.example/mailbox/", "tel:01000000000"]);
  });

  test("the 网站地图 and sitemap.xml follow the hierarchy: each section, its pages, then its channels", () => {
    const $ = page("sitemap");
    assert.deepEqual(texts($, "main h2"), ["要闻动态", "政府信息公开", "政务服务", "互动交流", "走进示例区", "其他页面"]);
    const xml = readFileSync(join(folder, "sitemap.xml"), "utf8");
    const order = [...xml.matchAll(/<loc>https:\/\/www\.bjxch\.gov\.cn(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
    const at = (path: string) => order.indexOf(path);
    assert.ok(at("/") === 0 && at("/ywdt/") < at("/gzdt/") && at("/gzdt/") < at("/xxgk/") && at("/xxgk/") < at("/xxgk/xxgkzn/") && at("/xxgk/xxgkzn/") < at("/zcwj/") && at("/zcwj/") < at("/zwfw/") && at("/zjxc/jgzn/office/") < at("/about/"), order.join(" "));
    assert.ok(xml.includes("<loc>https://www.bjxch.gov.cn/zjxc/jgzn/office/</loc><lastmod>2025-01-10</lastmod>"));
  });
});
