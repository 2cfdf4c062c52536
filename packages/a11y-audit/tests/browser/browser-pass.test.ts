import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import type { Browser } from "puppeteer-core";
import { runBrowserPass } from "../../src/browser/browser-pass.ts";
import { launchChromium } from "../../src/browser/chromium.ts";
import { defaultDisplayModes } from "../../src/config/display-modes.ts";
import { type StaticServer, serveStatic } from "../../src/serve/serve-static.ts";
import type { Finding } from "../../src/types.ts";

/**
 * Pages of fixtures/browser-checks/: one breaking each layout and keyboard rule the
 * audit checks in the browser (layout/), good ones, one whose focus shows by a
 * background colour alone, and one with a control its script adds.
 */
const folder = fileURLToPath(new URL("../fixtures/browser-checks/", import.meta.url));
const pages = ["layout", "ok", "background-focus", "script-only"].map((name) => ({ path: `/${name}/`, file: `${name}/index.html` }));

let browser: Browser;
let server: StaticServer;
let findings: Finding[];

describe("the audit's browser checks", { timeout: 180_000 }, () => {
  before(async () => {
    browser = await launchChromium();
    server = await serveStatic(folder);
    const modes = defaultDisplayModes.filter((m) => ["desktop", "phone", "text-spacing", "forced-colors", "no-javascript"].includes(m.name));
    findings = await runBrowserPass({ baseUrl: server.url, pages, modes, scriptOnlyControls: "[data-needs-script]", browser });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  const rulesOn = (page: string, mode?: string) =>
    new Set(findings.filter((f) => f.page === page && (!mode || f.mode === mode)).map((f) => `${f.tool}/${f.rule}`));

  it("finds sideways scrolling on a phone, naming the element that sticks out", () => {
    const scroll = findings.find((f) => f.page === "/layout/" && f.mode === "phone" && f.rule === "horizontal-scroll");
    assert.match(scroll?.message ?? "", /600 px of content in a 320 px wide viewport; sticking out: .*div\.wide/);
    assert.ok(!rulesOn("/layout/", "desktop").has("layout/horizontal-scroll"));
  });

  it("finds text cut off by overflow: hidden, and text drawn over other text", () => {
    assert.ok(findings.some((f) => f.rule === "clipped-text" && f.mode === "phone" && f.selector?.includes("p.clip")));
    assert.ok(findings.some((f) => f.rule === "overlapping-text" && f.mode === "text-spacing" && f.message.includes("The first line")));
  });

  it("finds content that only JavaScript shows, but not a control the config marks as shown only with its script", () => {
    const missing = findings.filter((f) => f.rule === "content-needs-javascript");
    assert.deepEqual(missing.map((f) => `${f.page} ${f.mode}`), ["/layout/ no-javascript"]);
    assert.match(missing[0]?.message ?? "", /A notice only scripts can show/);
  });

  it("finds a page without a skip link, a tab order that jumps backwards and a focused element off screen", () => {
    const keyboard = rulesOn("/layout/", "desktop");
    for (const rule of ["keyboard/skip-link-first", "keyboard/tab-order-backwards", "keyboard/focus-off-screen"]) assert.ok(keyboard.has(rule), rule);
  });

  it("finds a request to another host", () => {
    assert.ok(findings.some((f) => f.page === "/layout/" && f.rule === "third-party-request" && f.message.includes("localhost:1")));
  });

  it("passes the keyboard checks on a page with a working skip link and visible focus, in forced colours too", () => {
    assert.deepEqual([...rulesOn("/ok/")].filter((r) => r.startsWith("keyboard/")), []);
  });

  it("leaves open a browser it was given", () => {
    assert.equal(browser.connected, true);
  });

  it("finds focus shown only by a background colour invisible in forced colours", () => {
    assert.ok(!rulesOn("/background-focus/", "desktop").has("keyboard/focus-not-visible"));
    assert.ok(rulesOn("/background-focus/", "forced-colors").has("keyboard/focus-not-visible"));
  });
});
