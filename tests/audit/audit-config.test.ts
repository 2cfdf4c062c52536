/**
 * The site's own part of the accessibility audit: audit.config.ts (the audit itself is the
 * a11y-audit package, tested in packages/a11y-audit/tests/ on a site of its own).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadAuditConfig, loadExceptions, type ResolvedAuditConfig } from "a11y-audit";
import * as cheerio from "cheerio";

const { config, file } = await loadAuditConfig("audit.config.ts");

/** A page with the given footer, run through the config's footer check. */
async function footerProblems(footer: string): Promise<string[]> {
  const check = config.pageChecks.find((c) => c.tool === "footer")!;
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><title>测试</title></head><body><main><h1>测试</h1></main>${footer}</body></html>`;
  return (await check.check({ path: "/", file: "index.html", html, $: cheerio.load(html) })).map((p) => `${p.rule}: ${p.message}`);
}

const icpLink = '<a href="https://beian.miit.gov.cn/">京ICP备19014909号-1</a>';
const publicSecurityLink = '<a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010202007633">京公网安备11010202007633号</a>';
/** The other items 47号 asks of a footer: 主办单位, 联系方式, 网站标识码 and the 找错 link. */
const otherItems = '<p>主办：示例区人民政府办公室（虚构）</p><p>电话：010-00000000</p><p>政府网站标识码：1101020002</p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=1101020002&amp;url=https%3A%2F%2Fwww.bjxch.gov.cn%2F">我为政府网站找错</a>';

describe("the site's audit config", () => {
  it("is valid, and audits the package's six display modes and the three reading aids", () => {
    assert.equal(file, "audit.config.ts");
    assert.deepEqual(
      config.displayModes.map((m) => `${m.name} ${JSON.stringify(m.htmlAttributes ?? {})} ${m.checks.filter((c) => c.startsWith("targets-")).join(" ")}`.trim()),
      [
        "desktop {} targets-44",
        "phone {} targets-44",
        "text-200 {}",
        "text-spacing {}",
        "forced-colors {}",
        "no-javascript {}",
        'large-text {"data-xc-text":"xlarge"}',
        'elder {"data-xc-elder":"on"} targets-60',
        'high-contrast {"data-xc-contrast":"high"}',
      ],
    );
  });

  it("holds text to 7:1 contrast (axe's color-contrast-enhanced) and leaves the script-only controls out of the no-JavaScript comparison", () => {
    assert.deepEqual(config.axe.rules, { "color-contrast-enhanced": { enabled: true } });
    assert.equal(config.scriptOnlyControls, "[data-xc-needs-script]");
  });

  it("audits the not-found page, left out of the sitemap, accepting 200 (a plain file) or 404 (nginx)", () => {
    assert.deepEqual(config.knownExtraPages, [{ path: "/404.html", statuses: [200, 404] }]);
  });

  it("builds the site when any of its sources is newer, and serves it with the package's server or nginx with deploy/nginx.conf", () => {
    assert.deepEqual(config.build?.sources, ["src", ".eleventy.js", "package-lock.json"]);
    assert.deepEqual(Object.keys(config.servers), ["static", "nginx"]);
    assert.deepEqual(config.servers.nginx?.configFiles, ["deploy/nginx.conf"]);
  });

  it("has a valid exceptions file, whose tools may include the footer and meta checks", () => {
    const { exceptions, pageChecks }: ResolvedAuditConfig = config;
    assert.equal(exceptions, "audit-exceptions.yaml");
    assert.ok(Array.isArray(loadExceptions(exceptions, pageChecks.map((c) => c.tool))));
  });
});

describe("the meta check (网页设计规范)", () => {
  it("passes a page with the site's and column's tags, and finds a missing tag or a malformed 标识码", async () => {
    const check = config.pageChecks.find((c) => c.tool === "meta")!;
    const page = (head: string) => {
      const html = `<!DOCTYPE html><html lang="zh-CN"><head><title>测试</title>${head}</head><body></body></html>`;
      return check.check({ path: "/", file: "index.html", html, $: cheerio.load(html) });
    };
    const tags = (values: Record<string, string>) => Object.entries(values).map(([name, content]) => `<meta name="${name}" content="${content}">`).join("");
    const site = { SiteName: "示例区人民政府", SiteDomain: "www.example.gov.cn", SiteIDCode: "1101020002", ColumnName: "首页", ColumnDescription: "首页", ColumnType: "首页" };
    assert.deepEqual(await page(tags(site)), []);
    assert.deepEqual((await page(tags({ ...site, ColumnType: "", SiteIDCode: "12345" }))).map((p) => p.rule), ["meta-missing", "meta-site-id"]);
    assert.deepEqual((await page(tags({ ...site, ArticleTitle: "示例", PubDate: "2025年3月7日" }))).map((p) => `${p.rule} ${p.message.split(" ")[0]}`), ["meta-missing The", "meta-pubdate PubDate"], "an item needs its ContentSource and a PubDate of the form YYYY-MM-DD HH:MM");
  });
});

describe("the footer check (国办发〔2017〕47号)", () => {
  it("passes a footer with the ICP and 公安备案 numbers linked to their lookups", async () => {
    assert.deepEqual(await footerProblems(`<footer>${otherItems}<ul><li>${icpLink}</li><li>${publicSecurityLink}</li></ul></footer>`), []);
  });

  it("finds a footer without 主办单位, 联系方式, 网站标识码 or the 我为政府网站找错 link", async () => {
    assert.deepEqual((await footerProblems(`<footer><ul><li>${icpLink}</li><li>${publicSecurityLink}</li></ul></footer>`)).map((p) => p.split(":")[0]), [
      "footer-sponsor",
      "footer-site-id",
      "footer-error-report",
      "footer-contact",
    ]);
  });

  it("finds a page without a footer", async () => {
    assert.deepEqual(await footerProblems(""), ["footer-missing: The page has no <footer>: 主办单位, 标识码, ICP and 公安备案 are required on every page"]);
  });

  it("finds filing numbers that are not linked, or linked elsewhere", async () => {
    assert.deepEqual(await footerProblems(`<footer>${otherItems}<p>京ICP备19014909号-1</p>${publicSecurityLink.replace("beian.mps.gov.cn", "www.example.org")}</footer>`), [
      "footer-icp-link: The footer has no ICP备案 number (…ICP备…号) linked to https://beian.miit.gov.cn/",
      "footer-public-security-link: The footer has no 公安备案 number (…公网安备…号) linked to https://beian.mps.gov.cn/",
    ]);
  });

  it("looks only at the page's last footer, not an article's own", async () => {
    const articleFooter = `<article><footer>${icpLink}${publicSecurityLink}</footer></article>`;
    assert.deepEqual(await footerProblems(`${articleFooter}<footer>${otherItems}<p>没有备案信息</p></footer>`), [
      "footer-icp-link: The footer has no ICP备案 number (…ICP备…号) linked to https://beian.miit.gov.cn/",
      "footer-public-security-link: The footer has no 公安备案 number (…公网安备…号) linked to https://beian.mps.gov.cn/",
    ]);
  });
});
