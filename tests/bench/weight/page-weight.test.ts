/**
 * Page weight in real Chromium, on a hand-made page whose bytes are known:
 * every request is seen, sized and classified, a request to another origin
 * and a parser-blocking script are caught.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser } from "puppeteer-core";
import { launchChromium } from "a11y-audit/chromium";
import { serveStatic, type StaticServer } from "a11y-audit/serve-static";
import { measurePageWeight, type PageWeight } from "../../../src/bench/weight/page-weight.ts";

const scratch = mkdtempSync(join(tmpdir(), "xc-page-weight-test-"));
const css = "body { color: #111; }\n".repeat(20);
const js = "document.documentElement.dataset.ok = '1';\n";
const body = "<p>正文第一段。</p><p>正文第二段。</p>";
let site: StaticServer;
let other: StaticServer;
let browser: Browser;
let weight: PageWeight;
let html: string;

before(async () => {
  mkdirSync(join(scratch, "site"), { recursive: true });
  mkdirSync(join(scratch, "other"), { recursive: true });
  writeFileSync(join(scratch, "other", "pixel.svg"), `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>`);
  other = await serveStatic(join(scratch, "other")); // another port: another origin
  html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/site.css"><script src="/app.js"></script></head>
<body><main><div class="xc-article__body">${body}</div><img src="${other.url}/pixel.svg" alt=""></main></body></html>`;
  writeFileSync(join(scratch, "site", "index.html"), html);
  writeFileSync(join(scratch, "site", "site.css"), css);
  writeFileSync(join(scratch, "site", "app.js"), js);
  site = await serveStatic(join(scratch, "site"));
  browser = await launchChromium();
  weight = await measurePageWeight(browser, "test", `${site.url}/`);
});

after(async () => {
  await browser?.close();
  await site?.close();
  await other?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe("page weight in Chromium", () => {
  test("sizes the HTML, CSS and JS exactly as served", () => {
    assert.equal(weight.html.raw, Buffer.byteLength(html));
    assert.equal(weight.css.raw, Buffer.byteLength(css));
    assert.equal(weight.js.raw, Buffer.byteLength(js));
    assert.ok(weight.css.gzip < weight.css.raw, "repetitive CSS compresses");
  });

  test("counts the article body apart and leaves it out of the page's own weight", () => {
    assert.equal(weight.content.raw, Buffer.byteLength(body));
    const ownHtmlGzip = weight.ownGzip - weight.css.gzip - weight.js.gzip;
    assert.ok(ownHtmlGzip > 0 && ownHtmlGzip < weight.html.gzip, `own HTML ${ownHtmlGzip} of ${weight.html.gzip}`);
  });

  test("counts images as content: apart from the page's own weight and from other requests", () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>`;
    assert.equal(weight.images.raw, Buffer.byteLength(svg));
    assert.equal(weight.other.raw, 0);
  });

  test("records every request and catches the one to another origin", () => {
    assert.deepEqual(weight.requestList.map((r) => r.url).sort(), ["/", "/app.js", "/site.css", `${other.url}/pixel.svg`].sort());
    assert.deepEqual(weight.otherOrigin, [`${other.url}/pixel.svg`]);
    assert.equal(weight.requests, 4);
  });

  test("reports the stylesheet and the parser-blocking script as render-blocking", () => {
    assert.deepEqual([...weight.renderBlocking].sort(), [`${site.url}/app.js`, `${site.url}/site.css`]);
  });
});
