/**
 * Policy documents in real Chromium, served by nginx with deploy/nginx.conf and its CSP: the
 * listings narrow without JavaScript, a wide table scrolls inside its region at 320 px (by
 * keyboard too) while the page does not, images load as WebP with their size reserved, and
 * search narrows documents by 主题分类 and 有效性 without a word typed.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "puppeteer-core";
import { launchChromium } from "a11y-audit/chromium";
import { httpGet } from "../../support/http-get.ts";
import { type RunningNginx, startNginx } from "../../../src/serve/nginx/start-nginx.ts";
import { portalSite } from "./portal-documents.ts";

let browser: Browser;
let nginx: RunningNginx;
let tab: Page;
const problems: string[] = [];

before(async () => {
  nginx = await startNginx({ root: await portalSite() });
  browser = await launchChromium();
  tab = await browser.newPage();
  tab.on("console", (message) => void (message.type() === "error" && problems.push(message.text())));
  tab.on("pageerror", (error) => void problems.push(String(error)));
});

after(async () => {
  await browser?.close();
  await nginx?.stop();
});

describe("policy documents in Chromium", () => {
  test("a reader without JavaScript narrows the 政策文件 list to the repealed documents and reaches the banner", async () => {
    await tab.setJavaScriptEnabled(false);
    try {
      await tab.goto(`${nginx.url}/zcwj/`);
      const link = await tab.$$eval("nav.xc-doc-filters a", (links) => links.map((a) => [a.textContent, a.getAttribute("href")]).find(([t]) => t!.startsWith("已废止"))!);
      assert.deepEqual(link, ["已废止（1件）", "/zcwj/validity/repealed/"]);
      await Promise.all([tab.waitForNavigation(), tab.click(`nav.xc-doc-filters a[href="${link[1]}"]`)]);
      assert.equal(new URL(tab.url()).pathname, "/zcwj/validity/repealed/");
      const listed = await tab.$$eval(".xc-article-list > li", (items) => items.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, " ")));
      assert.equal(listed.length, 1);
      assert.match(listed[0]!, /京西示例发〔2023〕5号，有效性：已废止/);
      await Promise.all([tab.waitForNavigation(), tab.click(".xc-article-list a")]);
      assert.match(await tab.$eval(".xc-doc-status", (e) => (e as HTMLElement).innerText), /本文件已废止/);
    } finally {
      await tab.setJavaScriptEnabled(true);
    }
  });

  test("at 320 px a wide table scrolls inside its labelled region, by keyboard too, and the page does not scroll sideways", async () => {
    await tab.setViewport({ width: 320, height: 640 });
    try {
      await tab.goto(`${nginx.url}/zcjd/2025/interpretation-parking/`);
      const sizes = await tab.$eval("section.xc-table", (region) => ({ scroll: region.scrollWidth, client: region.clientWidth, page: document.documentElement.scrollWidth }));
      assert.ok(sizes.scroll > sizes.client, `the table is wider than its region: ${JSON.stringify(sizes)}`);
      assert.ok(sizes.page <= 320, `the page does not scroll sideways: ${sizes.page}`);
      let focused = "";
      for (let presses = 0; presses < 40 && focused !== "SECTION"; presses++) {
        await tab.keyboard.press("Tab");
        focused = await tab.evaluate(() => document.activeElement?.tagName ?? "");
      }
      assert.equal(focused, "SECTION", "Tab reaches the table's region");
      assert.equal(await tab.evaluate(() => document.activeElement!.getAttribute("aria-labelledby") && document.getElementById(document.activeElement!.getAttribute("aria-labelledby")!)!.textContent), "修改前后各类车位月收费对比（虚构数据，单位：元）");
      assert.notEqual(await tab.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), "none", "its focus is visible");
      await tab.keyboard.press("ArrowRight");
      await tab.waitForFunction(() => document.activeElement!.scrollLeft > 0);
    } finally {
      await tab.setViewport({ width: 1280, height: 800 });
    }
  });

  test("images load as WebP under the site's CSP, their size reserved before they load", async () => {
    problems.length = 0;
    await tab.goto(`${nginx.url}/zcjd/2025/interpretation-parking/`, { waitUntil: "networkidle0" });
    await tab.$$eval("img[loading=lazy]", (images) => images.forEach((img) => img.scrollIntoView()));
    await tab.waitForFunction(() => Array.from(document.images).every((img) => img.complete && img.naturalWidth > 0));
    const images = await tab.$$eval("main img", (images) => images.map((img) => ({ src: img.currentSrc, width: img.getAttribute("width"), height: img.getAttribute("height"), alt: img.alt })));
    assert.equal(images.length, 2);
    for (const image of images) {
      assert.match(image.src, /\.webp$/, image.src);
      assert.ok(Number(image.width) > 0 && Number(image.height) > 0);
    }
    assert.deepEqual(images.map((i) => i.alt), ["", "示例停车场实景（虚构生成的图片）"]);
    assert.deepEqual(problems, [], "no CSP violation or script error");
  });

  test("an attachment with a Chinese name downloads from its link, with its type", async () => {
    await tab.goto(`${nginx.url}/zcwj/2025/elderly-subsidy-2025/`);
    const href = await tab.$eval(".xc-attachments a", (a) => a.getAttribute("href")!);
    const response = await httpGet(nginx.url + href);
    assert.equal(response.status, 200);
    assert.equal(response.headers["content-type"], "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assert.equal(response.body.subarray(0, 2).toString("latin1"), "PK");
  });

  test("search narrows policy documents by 主题分类 and 有效性 with no words typed, showing 文号 and 有效性", async () => {
    await tab.goto(`${nginx.url}/search/?q=&topic=${encodeURIComponent("民政、扶贫、救灾")}`);
    await tab.waitForFunction(() => document.getElementById("xc-search-status")!.textContent!.includes("份符合筛选条件的政策文件"), { timeout: 20_000 });
    const titles = async () => tab.$$eval("#xc-search-results h3 a", (links) => links.map((a) => a.getAttribute("href")));
    assert.deepEqual(await titles(), ["/zcwj/2025/elderly-subsidy-2025/", "/zcwj/2023/elderly-subsidy-2023/"], "newest first");
    assert.equal(await tab.$eval("#xc-search-topic", (select) => (select as HTMLSelectElement).value), "民政、扶贫、救灾");
    await tab.select("#xc-search-validity", "已废止");
    await tab.click(".xc-search__button");
    await tab.waitForFunction(() => document.getElementById("xc-search-status")!.textContent!.includes("找到 1 份"), { timeout: 20_000 });
    assert.deepEqual(await titles(), ["/zcwj/2023/elderly-subsidy-2023/"]);
    assert.match(await tab.$eval("#xc-search-results .xc-search-results__meta", (e) => e.textContent!), /京西示例发〔2023〕5号有效性：已废止/);
    assert.match(tab.url(), /validity=%E5%B7%B2%E5%BA%9F%E6%AD%A2/);
  });
});
