/**
 * The saved choice is already in force when the page is first shown (measured in Chromium:
 * the first contentful paint against the moment the script applied the choice), and without
 * JavaScript the page is complete with no dead controls.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { HTTPRequest, Page } from "puppeteer-core";
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

/** Records when the script applied the choices (set data-xc-text on <html>) and when the page first painted content. */
const recordFirstPaint = `
  new MutationObserver(function () { if (window.xcApplied === undefined) window.xcApplied = performance.now(); })
    .observe(document, { attributes: true, subtree: true, attributeFilter: ["data-xc-text"] });
  window.xcFirstPaint = new Promise(function (resolve) {
    new PerformanceObserver(function (list) {
      var paint = list.getEntriesByName("first-contentful-paint")[0];
      if (paint) resolve(paint.startTime);
    }).observe({ type: "paint", buffered: true });
  });
`;

/** The page's look is complete except for the script: parsed to the footer, the stylesheet applied (the standard red header). */
const styledWithoutScript = `document.querySelector("footer") && getComputedStyle(document.querySelector(".xc-header")).backgroundColor === "rgb(143, 20, 20)" && !document.documentElement.hasAttribute("data-xc-text")`;

/** Saves choices as the script would, on the site's origin. */
async function saveChoices(page: Page, choices: object): Promise<void> {
  await page.evaluate(`localStorage.setItem(${JSON.stringify(storageKey)}, ${JSON.stringify(JSON.stringify(choices))})`);
}

/** The reading-aids script, by its plain or its fingerprinted name (src/publish/fingerprint). */
const readingAidsScript = /\/assets\/reading-aids(\.[0-9a-f]{10})?\.js$/;

/**
 * Loads a page with the reading-aids script held back at the network until `release` is called,
 * as on a slow connection; `loaded` settles when the page has loaded. Undo with `stop`.
 */
async function loadWithScriptHeld(page: Page, path: string): Promise<{ requested: Promise<void>; release(): void; loaded: Promise<unknown>; stop(): Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const scriptRequested = new Promise<void>((resolve) => (requested = resolve));
  const onRequest = (request: HTTPRequest) => {
    if (!readingAidsScript.test(request.url())) return void request.continue();
    requested();
    void released.then(() => request.continue());
  };
  await page.setRequestInterception(true);
  page.on("request", onRequest);
  const loaded = page.goto(site.url(path)).catch(() => undefined);
  return {
    requested: scriptRequested,
    release,
    loaded,
    async stop() {
      release();
      await loaded;
      page.off("request", onRequest);
      await page.setRequestInterception(false);
    },
  };
}

describe("first paint", () => {
  it("already uses the saved choice at DOMContentLoaded of a fresh page load", async () => {
    const page = await site.freshPage();
    await saveChoices(page, { text: "xlarge", elder: true, contrast: "high", pointer: true });
    const { identifier } = await page.evaluateOnNewDocument(recordAtDomContentLoaded);
    try {
      await page.goto(site.url(legacyArticleUrl));
      const seen = (await page.evaluate("window.xcAtDomContentLoaded")) as Record<string, unknown>;
      assert.equal(seen.fontSize, "40px");
      assert.equal(seen.lineHeight, "72px", "line height 1.8 of 40px");
      assert.equal(seen.background, "rgb(0, 0, 0)");
      assert.match(String(seen.cursor), /cursor-arrow(\.[0-9a-f]{10})?\.svg/);
      assert.equal(seen.regionShown, true);
      assert.equal(seen.elderPressed, "true");
    } finally {
      await page.removeScriptToEvaluateOnNewDocument(identifier);
    }
  });

  it("shows the saved choice in the very first paint, however late the script arrives", async () => {
    const page = await site.freshPage();
    await saveChoices(page, { text: "xlarge", contrast: "high" });
    // Chromium says, for each request, whether it holds rendering back until the request is done.
    const network = await page.createCDPSession();
    await network.send("Network.enable");
    const scriptBlocking = new Promise<string>((resolve) =>
      network.on("Network.requestWillBeSent", (event) => {
        if (readingAidsScript.test(event.request.url)) resolve(event.renderBlockingBehavior ?? "not reported");
      }),
    );
    const { identifier } = await page.evaluateOnNewDocument(recordFirstPaint);
    const load = await loadWithScriptHeld(page, legacyArticleUrl);
    try {
      await load.requested;
      // polled by timer: while the script holds rendering back, no animation frame comes
      await page.waitForFunction(styledWithoutScript, { polling: 50 });
      // Only a render-blocking script keeps Chromium from painting now; any other lets it paint
      // the default look first, as it would on a slow connection: wait for that paint, then let the script in.
      if ((await scriptBlocking) !== "Blocking") await page.evaluate("window.xcFirstPaint");
      load.release();
      await load.loaded;
      const { painted, applied } = (await page.evaluate(`window.xcFirstPaint.then(function (painted) { return { painted: painted, applied: window.xcApplied }; })`)) as { painted: number; applied: number };
      assert.ok(applied < painted, `the first paint (${painted.toFixed(1)} ms) came before the saved choice was applied (${applied?.toFixed(1)} ms): the reading-aids script is not render-blocking (${await scriptBlocking})`);
      assert.equal(await page.$eval("body", (b) => getComputedStyle(b).fontSize), "40px");
    } finally {
      await load.stop();
      await page.removeScriptToEvaluateOnNewDocument(identifier);
      await network.detach();
    }
  });

  it("lays the bar out before the script runs, so revealing it never pushes the page down", async () => {
    const page = await site.freshPage();
    const load = await loadWithScriptHeld(page, legacyArticleUrl);
    try {
      await load.requested;
      // polled by timer: the script is render-blocking, so no animation frame comes while it is held
      await page.waitForFunction(styledWithoutScript, { polling: 50 });
      const before = (await page.evaluate(`({
        scriptRan: document.documentElement.hasAttribute("data-xc-text"),
        barShown: getComputedStyle(document.getElementById("xc-aids")).display !== "none",
        headerTop: document.querySelector(".xc-header").getBoundingClientRect().top
      })`)) as { scriptRan: boolean; barShown: boolean; headerTop: number };
      load.release();
      await page.waitForFunction(`document.documentElement.hasAttribute("data-xc-text")`, { polling: 50 });
      const headerTop = await page.$eval(".xc-header", (h) => h.getBoundingClientRect().top);
      assert.equal(before.scriptRan, false, "measured before the script ran");
      assert.equal(before.barShown, true);
      assert.ok(before.headerTop > 44, "the bar takes its room above the header");
      assert.equal(headerTop, before.headerTop, "the header does not move when the script runs");
    } finally {
      await load.stop();
    }
  });

  it("loads the script from the head, deferred and render-blocking, with no inline script or style attribute on any page", () => {
    for (const path of site.pages) {
      const html = readFileSync(site.file(path), "utf8");
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      assert.ok(scripts.some((tag) => /^<script src="\/assets\/reading-aids(\.[0-9a-f]{10})?\.js" defer blocking="render">$/.test(tag)), `${path}: the reading-aids script, deferred and render-blocking`);
      for (const tag of scripts) assert.match(tag, /\ssrc="[^"]+"/, `${path}: external scripts only (${tag})`);
      assert.ok(html.indexOf("reading-aids.js") < html.indexOf("</head>"), `${path}: in the head, so it is fetched early`);
      assert.doesNotMatch(html, /\sstyle=|<style\b/, `${path}: no inline styles`);
      assert.match(html, /<section class="xc-aids" id="xc-aids" aria-labelledby="xc-aids-title">/, `${path}: the controls are on the page`);
    }
  });

  it("the script registers no keyboard shortcuts", () => {
    const source = readFileSync(new URL("reading-aids.ts", import.meta.url), "utf8");
    assert.doesNotMatch(source, /key(down|up|press)|accessKey|accesskey/i);
    for (const path of site.pages) assert.doesNotMatch(readFileSync(site.file(path), "utf8"), /accesskey/i, path);
  });
});

describe("without JavaScript", () => {
  it("shows no reading-aid controls and the whole article", async () => {
    const page = await site.freshPage({ path: legacyArticleUrl });
    const full = await page.$eval("main", (m) => m.innerText);
    await page.setJavaScriptEnabled(false);
    await page.reload();
    assert.equal(await page.$eval("#xc-aids", (el) => getComputedStyle(el).display), "none");
    // the header search form's submit button works without script; no other button may show
    const visibleButtons = await page.$$eval("button", (list) => list.filter((b) => b.getBoundingClientRect().width > 0 && !b.closest('[role="search"]')).length);
    assert.equal(visibleButtons, 0, "no button that cannot work");
    assert.equal(await page.$eval("main", (m) => m.innerText), full, "the article reads the same");
    const paragraphs = await page.$$eval(".xc-article__body p", (list) => list.length);
    assert.ok(paragraphs >= 8);
    assert.equal(await page.$eval("body", (b) => getComputedStyle(b).fontSize), "18px");
  });

  it("still follows the system's prefers-contrast: more with the high-contrast theme", async () => {
    const page = await site.freshPage();
    await page.setJavaScriptEnabled(false);
    await site.emulateMedia("prefers-contrast", "more");
    await page.goto(site.url(legacyArticleUrl));
    assert.equal(await page.$eval("body", (b) => getComputedStyle(b).backgroundColor), "rgb(0, 0, 0)");
    assert.equal(await page.$eval("body", (b) => getComputedStyle(b).color), "rgb(255, 255, 255)");
  });
});
