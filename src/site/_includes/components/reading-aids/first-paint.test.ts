/**
 * The saved choice is already in force when the page is first shown, and without
 * JavaScript the page is complete with no dead controls.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { legacyArticleUrl, startSite, storageKey, type SiteFixture } from "./site-fixture.ts";

let site: SiteFixture;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** Records the look of the page inside DOMContentLoaded, before anything else can change it. */
const recordAtDomContentLoaded = `
  document.addEventListener("DOMContentLoaded", function () {
    var aids = document.getElementById("xc-aids");
    window.xcAtDomContentLoaded = {
      fontSize: getComputedStyle(document.body).fontSize,
      lineHeight: getComputedStyle(document.querySelector("main p")).lineHeight,
      background: getComputedStyle(document.body).backgroundColor,
      cursor: getComputedStyle(document.documentElement).cursor,
      regionShown: !!aids && getComputedStyle(aids).display !== "none",
      elderPressed: document.querySelector('[data-xc-toggle="elder"]').getAttribute("aria-pressed")
    };
  });
`;

describe("first paint", () => {
  it("already uses the saved choice at DOMContentLoaded of a fresh page load", async () => {
    const context = await site.browser.createBrowserContext();
    try {
      const setup = await context.newPage();
      await setup.goto(site.url("/about/"));
      await setup.evaluate(`localStorage.setItem(${JSON.stringify(storageKey)}, JSON.stringify({ text: "xlarge", elder: true, contrast: "high", pointer: true }))`);
      await setup.close();
      const page = await context.newPage();
      await page.evaluateOnNewDocument(recordAtDomContentLoaded);
      await page.goto(site.url(legacyArticleUrl));
      const seen = (await page.evaluate("window.xcAtDomContentLoaded")) as Record<string, unknown>;
      assert.equal(seen.fontSize, "40px");
      assert.equal(seen.lineHeight, "72px", "line height 1.8 of 40px");
      assert.equal(seen.background, "rgb(0, 0, 0)");
      assert.match(String(seen.cursor), /cursor-arrow\.svg/);
      assert.equal(seen.regionShown, true);
      assert.equal(seen.elderPressed, "true");
    } finally {
      await context.close();
    }
  });

  it("lays the bar out before the script runs, so revealing it never pushes the page down", async () => {
    const context = await site.browser.createBrowserContext();
    try {
      const page = await context.newPage();
      // hold the script back until the styled page has been measured without it
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.setRequestInterception(true);
      page.on("request", (request) => {
        if (request.url().endsWith("/assets/reading-aids.js")) void held.then(() => request.continue());
        else void request.continue();
      });
      void page.goto(site.url(legacyArticleUrl)).catch(() => undefined);
      // polled by timer: the script is render-blocking, so no animation frame comes while it is held
      await page.waitForFunction(`document.querySelector("footer") && getComputedStyle(document.querySelector(".xc-header")).backgroundColor === "rgb(143, 20, 20)"`, { polling: 100 });
      const before = await page.evaluate(`({
        scriptRan: document.documentElement.hasAttribute("data-xc-text"),
        barShown: getComputedStyle(document.getElementById("xc-aids")).display !== "none",
        headerTop: document.querySelector(".xc-header").getBoundingClientRect().top
      })`) as { scriptRan: boolean; barShown: boolean; headerTop: number };
      release();
      await page.waitForFunction(`document.documentElement.hasAttribute("data-xc-text")`, { polling: 100 });
      const headerTop = await page.$eval(".xc-header", (h) => h.getBoundingClientRect().top);
      assert.equal(before.scriptRan, false, "measured before the script ran");
      assert.equal(before.barShown, true);
      assert.ok(before.headerTop > 44, "the bar takes its room above the header");
      assert.equal(headerTop, before.headerTop, "the header does not move when the script runs");
    } finally {
      await context.close();
    }
  });

  it("loads the script from the head, deferred and render-blocking, with no inline script or style attribute on any page", () => {
    for (const path of site.pages) {
      const html = readFileSync(site.file(path), "utf8");
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      assert.ok(scripts.includes('<script src="/assets/reading-aids.js" defer blocking="render">'), `${path}: the reading-aids script, deferred and render-blocking`);
      for (const tag of scripts) assert.match(tag, /\ssrc="[^"]+"/, `${path}: external scripts only (${tag})`);
      assert.ok(html.indexOf("reading-aids.js") < html.indexOf("</head>"), `${path}: in the head, so it is fetched early`);
      assert.doesNotMatch(html, /\sstyle=|<style\b/, `${path}: no inline styles`);
      assert.match(html, /<section class="xc-aids" id="xc-aids" aria-labelledby="xc-aids-title">/, `${path}: the controls are on the page`);
    }
  });

  it("the script registers no keyboard shortcuts", () => {
    const source = readFileSync("src/site/assets/reading-aids.js", "utf8");
    assert.doesNotMatch(source, /key(down|up|press)|accessKey|accesskey/i);
    for (const path of site.pages) assert.doesNotMatch(readFileSync(site.file(path), "utf8"), /accesskey/i, path);
  });
});

describe("without JavaScript", () => {
  it("shows no reading-aid controls and the whole article", async () => {
    const context = await site.browser.createBrowserContext();
    try {
      const withScript = await context.newPage();
      await withScript.goto(site.url(legacyArticleUrl));
      const full = await withScript.$eval("main", (m) => m.innerText);
      const page = await context.newPage();
      await page.setJavaScriptEnabled(false);
      await page.goto(site.url(legacyArticleUrl));
      assert.equal(await page.$eval("#xc-aids", (el) => getComputedStyle(el).display), "none");
      // the header search form's submit button works without script; no other button may show
      const visibleButtons = await page.$$eval("button", (list) => list.filter((b) => b.getBoundingClientRect().width > 0 && !b.closest('[role="search"]')).length);
      assert.equal(visibleButtons, 0, "no button that cannot work");
      assert.equal(await page.$eval("main", (m) => m.innerText), full, "the article reads the same");
      const paragraphs = await page.$$eval(".xc-article__body p", (list) => list.length);
      assert.ok(paragraphs >= 8);
      assert.equal(await page.$eval("body", (b) => getComputedStyle(b).fontSize), "18px");
    } finally {
      await context.close();
    }
  });

  it("still follows the system's prefers-contrast: more with the high-contrast theme", async () => {
    const context = await site.browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setJavaScriptEnabled(false);
      const client = await page.createCDPSession();
      await client.send("Emulation.setEmulatedMedia", { features: [{ name: "prefers-contrast", value: "more" }] });
      await page.goto(site.url(legacyArticleUrl));
      assert.equal(await page.$eval("body", (b) => getComputedStyle(b).backgroundColor), "rgb(0, 0, 0)");
      assert.equal(await page.$eval("body", (b) => getComputedStyle(b).color), "rgb(255, 255, 255)");
    } finally {
      await context.close();
    }
  });
});
