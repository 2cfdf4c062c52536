import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "puppeteer-core";
import { launchChromium } from "a11y-audit/chromium";
import { serveStatic, type StaticServer } from "a11y-audit/serve-static";
import { axeViolations as pageViolations } from "../../support/axe-violations.ts";
import { fixtureSite } from "./fixture-site.ts";


/**
 * The file itself: serve-static.ts passes `extensions: []` to sirv, which
 * then does not map /subscribe/ to its index.html (reported to the lead).
 */
const subscribePage = "/subscribe/";

let server: StaticServer;
let browser: Browser;
let output = "";

before(async () => {
  output = await fixtureSite();
  server = await serveStatic(output);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * axe-core's violations on a feed preview (tests/support/axe-violations.ts).
 * Accessibility exception: <xslt-warning-banner> is left out of the audit. It
 * is Chromium's own notice that XSLT is deprecated, which Chromium 156 inserts
 * into every XSLT-transformed page (a red popover with white text and links,
 * styled by the browser). It is browser UI, not our page, and we cannot
 * change its colours (axe reports its contrast); everything else is audited.
 */
const axeViolations = (page: Page) => pageViolations(page, { exclude: ["xslt-warning-banner"] });

for (const path of ["/feeds/rss.xml", "/feeds/gzdt/atom.xml", "/feeds/tzgg/rss.xml", "/feeds/kong/rss.xml"]) {
  test(`${path} opened in Chromium is a readable Chinese page that passes WCAG 2.2 AA`, async () => {
    const page = await browser.newPage();
    try {
      const response = await page.goto(`${server.url}${path}`, { waitUntil: "load" });
      assert.equal(response?.status(), 200);
      const view = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        h1: document.querySelector("h1")?.textContent ?? "",
        intro: document.querySelector(".xc-feed-intro")?.textContent ?? "",
        subscribeLinks: document.querySelectorAll('main a[href="/subscribe/"]').length,
        empty: document.querySelector("main")?.textContent?.includes("本栏目暂无内容") ?? false,
        items: Array.from(document.querySelectorAll(".xc-feed-items > li a"), (a) => (a as HTMLAnchorElement).href),
        dates: Array.from(document.querySelectorAll(".xc-feed-items time"), (t) => t.textContent ?? ""),
        stylesheet: Array.from(document.styleSheets).some((s) => /\/assets\/site(\.[0-9a-f]+)?\.css$/.test(s.href ?? "") && s.cssRules.length > 50), // its name fingerprinted by content
        headerColour: getComputedStyle(document.querySelector(".xc-header")!).backgroundColor,
        addressLabel: document.querySelector('label[for="feed-address"]')?.textContent ?? "",
        address: (document.querySelector("#feed-address") as HTMLInputElement | null)?.value ?? "",
        frame: [".xc-skip-link", 'header form[role="search"]', 'header nav[aria-label="主导航"]', 'footer nav[aria-label="网站信息"]'].map((s) => document.querySelectorAll(s).length),
        errorReport: Array.from(document.querySelectorAll("footer a"), (a) => a as HTMLAnchorElement).find((a) => a.textContent === "我为政府网站找错")?.href ?? "",
      }));
      assert.equal(view.lang, "zh-CN");
      assert.match(view.h1, /^北京市西城区人民政府：/);
      assert.match(view.title, /（订阅源）$/);
      assert.match(view.intro, /这是一个订阅源/);
      assert.equal(view.subscribeLinks, 1, "links to the subscribe help");
      assert.equal(view.empty, path.includes("/kong/"), "an empty feed says so");
      assert.ok(view.items.length > 0 !== view.empty && view.items.every((href) => href.startsWith("https://www.bjxch.gov.cn/")), view.items.join(" "));
      assert.ok(view.dates.every((d) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(d)), view.dates.join(" "));
      assert.ok(view.stylesheet, "the site stylesheet is applied");
      assert.equal(view.headerColour, "rgb(143, 20, 20)");
      assert.equal(view.addressLabel, "本订阅源的地址");
      assert.equal(view.address, `https://www.bjxch.gov.cn${path}`);
      assert.deepEqual(view.frame, [1, 1, 1, 1], "the site's own header and footer (components/header, components/footer)");
      assert.equal(view.errorReport, `https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=1101020002&url=${encodeURIComponent(view.address)}`, "the footer's 找错 link names this feed");
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await page.close();
    }
  });
}

test("the subscribe page passes WCAG 2.2 AA with its copy buttons added", async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}${subscribePage}`, { waitUntil: "load" });
    const buttons = await page.$$eval("button.xc-feed-address__copy", (list) => list.map((b) => b.textContent));
    assert.equal(buttons.length, 18, "three formats for the site and each of five channels");
    assert.ok(buttons.every((name) => name?.startsWith("复制链接：")), buttons.join(" "));
    assert.deepEqual(await axeViolations(page), []);
  } finally {
    await page.close();
  }
});

test("without JavaScript the subscribe page still offers every address as a selectable field and no dead button", async () => {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.url}${subscribePage}`, { waitUntil: "load" });
    const html = await page.content();
    assert.equal((html.match(/<input class="xc-feed-address__field"[^>]* readonly/g) ?? []).length, 18);
    assert.doesNotMatch(html.slice(html.indexOf("<main"), html.indexOf("</main>")), /<button/); // the header's search button works without script
  } finally {
    await page.close();
  }
});

test("the audit can fail: a feed page whose address field loses its label is reported", async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/feeds/rss.xml`, { waitUntil: "load" });
    await page.evaluate(() => document.querySelector('label[for="feed-address"]')?.remove());
    const violations = await axeViolations(page);
    assert.ok(violations.some((v) => v.startsWith("label:")), violations.join("\n"));
  } finally {
    await page.close();
  }
});
