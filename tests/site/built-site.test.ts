import { projectContent, settingsFiles } from "../../src/lib/load-site.ts";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import * as cheerio from "cheerio";
import { loadSettings } from "../../src/lib/settings/load-settings.ts";
import { htmlPages } from "../support/built-html.ts";
import { projectSite } from "../support/shared-build.ts";

const site = loadSettings(settingsFiles(projectContent.settingsDir).site);
const siteName = "北京市西城区人民政府";

describe("the built site", () => {
  let folder = "";
  let pages: ReturnType<typeof htmlPages> = [];
  before(async () => {
    folder = await projectSite();
    pages = htmlPages(folder);
  });

  test("has the pages a resident expects", () => {
    const paths = pages.map((p) => p.path);
    for (const path of ["/", "/gzdt/", "/tzgg/", "/zcwj/", "/zcjd/", "/sitemap/", "/about/", "/accessibility/", "/404.html", "/gzdt/2025/000-4ff78243f4312f31/"]) {
      assert.ok(paths.includes(path), `${path} missing from ${paths.join(" ")}`);
    }
  });

  test("every page is in Chinese, with a unique title naming the site, a description and a canonical URL", () => {
    const titles = new Set<string>();
    for (const { path, html } of pages) {
      const $ = cheerio.load(html);
      assert.equal($("html").attr("lang"), "zh-CN", path);
      const title = $("title").text();
      assert.ok(title.endsWith(` — ${siteName}`), `${path}: ${title}`);
      assert.ok(!titles.has(title), `${path}: duplicate title ${title}`);
      titles.add(title);
      assert.ok(($('meta[name="description"]').attr("content") ?? "").length > 4, path);
      if (path !== "/404.html") assert.equal($('link[rel="canonical"]').attr("href"), `${site.baseUrl}${path}`, path);
    }
  });

  test("every page carries the 网页设计规范 site and column meta tags", () => {
    for (const { path, html } of pages) {
      const $ = cheerio.load(html);
      const meta = (name: string) => $(`meta[name="${name}"]`).attr("content");
      assert.equal(meta("SiteName"), siteName, path);
      assert.equal(meta("SiteDomain"), "www.bjxch.gov.cn", path);
      assert.equal(meta("SiteIDCode"), "1101020002", path);
      assert.ok(meta("ColumnName"), `${path}: ColumnName`);
      assert.ok(meta("ColumnType"), `${path}: ColumnType`);
    }
  });

  test("article pages carry ArticleTitle, PubDate and ContentSource", () => {
    const $ = cheerio.load(pages.find((p) => p.path === "/gzdt/2025/000-4ff78243f4312f31/")!.html);
    assert.equal($('meta[name="ArticleTitle"]').attr("content"), "2025年西城区组织、宣传、统战、社会工作部署会召开");
    assert.equal($('meta[name="PubDate"]').attr("content"), "2025-03-07 00:00");
    assert.equal($('meta[name="ContentSource"]').attr("content"), site.defaultSource);
    assert.equal($('meta[name="ColumnType"]').attr("content"), "工作动态");
  });

  test("every page has the required footer with the official links, built for that page", () => {
    for (const { path, html } of pages) {
      const $ = cheerio.load(html);
      const footer = $("footer");
      assert.equal(footer.length, 1, path);
      const text = footer.text().replace(/\s+/g, "");
      for (const fact of [`主办：${site.sponsor}`, `承办：${site.organizer}`, "政府网站标识码：1101020002", site.contact.address, site.contact.phone, site.contact.postcode]) {
        assert.ok(text.includes(fact.replace(/\s+/g, "")), `${path}: footer lacks ${fact}`);
      }
      const link = (text: string) => footer.find("a").filter((_, a) => $(a).text().trim() === text);
      assert.equal(link("京ICP备19014909号-1").attr("href"), "https://beian.miit.gov.cn/", path);
      assert.equal(link("京公网安备11010202007633号").attr("href"), "https://beian.mps.gov.cn/#/query/webSearch?code=11010202007633", path);
      const pageUrl = path === "/404.html" ? `${site.baseUrl}/404.html` : `${site.baseUrl}${path}`;
      assert.equal(
        link("我为政府网站找错").attr("href"),
        `https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=1101020002&url=${encodeURIComponent(pageUrl)}`,
        path,
      );
      assert.equal(link("网站地图").attr("href"), "/sitemap/", path);
      assert.equal(link("无障碍声明").attr("href"), "/accessibility/", path);
      assert.equal(link("关于本站").attr("href"), "/about/", path);
      assert.equal(link("党政机关网站标识").length, 0, `${path}: no conac id is configured`);
      footer.find("a").each((_, a) => assert.ok($(a).text().trim().length > 0, `${path}: a footer link without text`));
    }
  });

  test("no page loads anything from another site or needs a script to read", () => {
    for (const { path, html } of pages) {
      const $ = cheerio.load(html);
      $("script[src], link[href], img[src], iframe").each((_, el) => {
        const url = $(el).attr("src") ?? $(el).attr("href") ?? "";
        const rel = $(el).attr("rel") ?? "";
        if (rel === "canonical" || rel === "alternate") return;
        assert.ok(url.startsWith("/") && !url.startsWith("//"), `${path}: loads ${url}`);
      });
      assert.equal($("script:not([src])").length, 0, `${path}: inline script`);
      assert.equal($("[style]").length, 0, `${path}: style attribute`);
    }
  });

  test("every page has the landmarks, a skip link first and one h1 with no skipped heading levels", () => {
    for (const { path, html } of pages) {
      const $ = cheerio.load(html);
      const first = $("body a, body button, body input").first();
      assert.equal(first.attr("href"), "#main", `${path}: the skip link comes first`);
      assert.equal($("main#main").length, 1, path);
      for (const landmark of ["header", "nav", "footer"]) assert.ok($(landmark).length >= 1, `${path}: ${landmark}`);
      assert.equal($("h1").length, 1, `${path}: one h1`);
      let level = 0;
      $("h1, h2, h3, h4, h5, h6").each((_, h) => {
        const next = Number(h.tagName.slice(1));
        assert.ok(next <= level + 1, `${path}: heading jumps from h${level} to h${next}`);
        level = next;
      });
    }
  });

  test("the article page shows its date, source, body and breadcrumbs", () => {
    const $ = cheerio.load(pages.find((p) => p.path === "/gzdt/2025/000-4ff78243f4312f31/")!.html);
    assert.equal($("h1").text(), "2025年西城区组织、宣传、统战、社会工作部署会召开");
    assert.equal($("time").attr("datetime"), "2025-03-07T00:00:00+08:00");
    assert.equal($("time").text(), "2025年3月7日");
    assert.ok($(".xc-article__meta").text().includes(`来源${site.defaultSource}`));
    assert.equal($(".xc-article__body p").length, 9);
    assert.equal($('nav[aria-label="当前位置"] a').map((_, a) => $(a).attr("href")).get().join(" "), "/ /ywdt/ /gzdt/", "首页 › the section (sections.yaml) › the channel");
  });

  test("sitemap.xml lists every page but the 404 page, with absolute URLs", () => {
    const xml = readFileSync(join(folder, "sitemap.xml"), "utf8");
    const listed = [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]).sort();
    const expected = pages.filter((p) => p.path !== "/404.html").map((p) => `${site.baseUrl}${p.path}`).sort();
    assert.deepEqual(listed, expected);
  });

  test("the 网站地图 page links to every page but the 404 page and single articles, which its listing pages reach by year", () => {
    const $ = cheerio.load(pages.find((p) => p.path === "/sitemap/")!.html);
    const links = new Set($("main a").map((_, a) => $(a).attr("href")).get());
    const articles = new Set(readFileSync(join(folder, "sitemap.xml"), "utf8").match(/\/[a-z]+\/\d{4}\/[^<]+\//g) ?? []);
    assert.ok(articles.size > 0);
    for (const { path } of pages) {
      if (path === "/404.html" || path === "/sitemap/" || articles.has(path)) continue;
      assert.ok(links.has(path), `${path} not on the 网站地图`);
    }
    assert.match($("main").text(), /2025年(、\d{4}年)*（从第1页起）/);
  });

  test("the home page links to every channel and to the 网站地图", () => {
    const $ = cheerio.load(pages.find((p) => p.path === "/")!.html);
    const links = new Set($("main a").map((_, a) => $(a).attr("href")).get());
    for (const path of ["/gzdt/", "/tzgg/", "/zcwj/", "/zcjd/", "/sitemap/", "/gzdt/2025/000-4ff78243f4312f31/"]) assert.ok(links.has(path), path);
  });
});
