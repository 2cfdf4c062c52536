/**
 * 复制链接 (copy-link.ts) in real Chromium, on a page of feed-address fields rendered from the
 * macro with the shipped stylesheet and script, built as the site builds them: no site build.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "puppeteer-core";
import { bundleScript } from "../../../../eleventy/assets/bundle-script.ts";
import { bundleStylesheet } from "../../../../eleventy/assets/bundle-stylesheet.ts";
import { defaults } from "../../../../eleventy/assets/options.ts";
import { launchChromium } from "a11y-audit/chromium";
import { serveStatic, type StaticServer } from "a11y-audit/serve-static";
import { renderComponent } from "../../../../../tests/support/render-component.ts";

const fields = [
  { id: "feed-gzdt-rss", label: "工作动态的RSS地址", url: "https://www.example.gov.cn/feeds/gzdt/rss.xml", copyButton: true },
  { id: "feed-gzdt-atom", label: "工作动态的Atom地址", url: "https://www.example.gov.cn/feeds/gzdt/atom.xml", copyButton: true },
  { id: "feed-plain", label: "不带按钮的地址", url: "https://www.example.gov.cn/feeds/rss.xml" },
];

let folder = "";
let server: StaticServer;
let browser: Browser;
let page: Page;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), "xc-copy-link-"));
  mkdirSync(join(folder, "assets"));
  writeFileSync(join(folder, "assets", "site.css"), bundleStylesheet(defaults.stylesheet.entry));
  const script = defaults.scripts.find((s) => s.url === "/assets/copy-link.js")!;
  writeFileSync(join(folder, "assets", "copy-link.js"), await bundleScript(script));
  const addresses = fields.map((field) => renderComponent("feed-address", "xcFeedAddress", field).html).join("\n");
  writeFileSync(
    join(folder, "index.html"),
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>复制链接</title><link rel="stylesheet" href="/assets/site.css"></head>
<body><main><p id="xc-copy-status" class="xc-visually-hidden" role="status"></p>${addresses}</main><script src="/assets/copy-link.js" defer></script></body></html>`,
  );
  server = await serveStatic(folder);
  browser = await launchChromium();
  const context = browser.defaultBrowserContext();
  await context.overridePermissions(server.url, ["clipboard-read", "clipboard-write", "clipboard-sanitized-write"]);
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** The page freshly loaded, in front (the clipboard needs a focused page). */
async function freshPage(): Promise<Page> {
  await page.goto(`${server.url}/`, { waitUntil: "load" });
  await page.bringToFront();
  return page;
}

describe("复制链接 (copy-link)", () => {
  test("adds a 复制链接 button after each field that asks for one, named for its address", async () => {
    await freshPage();
    const buttons = await page.$$eval("button.xc-feed-address__copy", (list) => list.map((b) => ({ name: b.textContent, field: b.previousElementSibling?.id, script: b.hasAttribute("data-xc-needs-script") })));
    assert.deepEqual(buttons, [
      { name: "复制链接：工作动态的RSS地址", field: "feed-gzdt-rss", script: true },
      { name: "复制链接：工作动态的Atom地址", field: "feed-gzdt-atom", script: true },
    ]);
    assert.equal(await page.$eval("button", (b) => b.querySelector(".xc-visually-hidden")?.textContent), "：工作动态的RSS地址", "the visible text starts the name");
  });

  test("复制链接 copies the address to the clipboard and says so", async () => {
    await freshPage();
    await page.click("#feed-gzdt-rss ~ button");
    await page.waitForFunction(() => document.getElementById("xc-copy-status")?.textContent !== "");
    const status = await page.$eval("#xc-copy-status", (el) => el.textContent);
    assert.match(status ?? "", /^已复制工作动态的RSS地址/);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "https://www.example.gov.cn/feeds/gzdt/rss.xml");
    assert.equal(await page.$eval("#feed-gzdt-rss ~ button", (b) => b.closest(".xc-feed-address")?.querySelector(".xc-feed-address__note")?.textContent), status, "said beside the button too");
  });

  test("selects the address and says how to copy it by hand when the browser refuses", async () => {
    const { identifier } = await page.evaluateOnNewDocument(`navigator.clipboard.writeText = function () { return Promise.reject(new Error("refused")); };`);
    try {
      await freshPage();
      await page.click("#feed-gzdt-atom ~ button");
      await page.waitForFunction(() => document.getElementById("xc-copy-status")?.textContent !== "");
      assert.match((await page.$eval("#xc-copy-status", (el) => el.textContent)) ?? "", /^没能自动复制：地址已选中/);
      const selected = await page.evaluate(() => {
        const field = document.activeElement as HTMLInputElement;
        return { id: field.id, text: field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0) };
      });
      assert.deepEqual(selected, { id: "feed-gzdt-atom", text: "https://www.example.gov.cn/feeds/gzdt/atom.xml" });
    } finally {
      await page.removeScriptToEvaluateOnNewDocument(identifier);
    }
  });
});
