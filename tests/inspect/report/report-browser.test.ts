/**
 * The inspection report, opened in Chromium: a readable Chinese page that passes axe-core
 * (WCAG 2.2 AA and best practices) and reflows at 320 px. One report of the planted fixture
 * (every kind of finding), one Chromium, one server for the file.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { launchChromium } from "a11y-audit/chromium";
import { serveStatic, type StaticServer } from "a11y-audit/serve-static";
import type { Browser } from "puppeteer-core";
import { writeReport } from "../../../src/inspect/report/write-report.ts";
import { runInspection } from "../../../src/inspect/run-inspection.ts";
import { axeViolations, wcagTags } from "../../support/axe-violations.ts";
import { failingDay, failingSite } from "../support/inspected-sites.ts";

let browser: Browser;
let server: StaticServer;
let folder = "";

before(async () => {
  folder = mkdtempSync(join(tmpdir(), "xc-inspect-report-"));
  const site = await failingSite();
  try {
    await writeReport(folder, await runInspection({ folder: site.folder, source: site.source, date: failingDay }));
  } finally {
    site.remove();
  }
  server = await serveStatic(folder);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

test("the report opens as a Chinese page with the verdict, each rule's result and every finding's basis and fix, and passes axe", async () => {
  const page = await browser.newPage();
  try {
    const response = await page.goto(`${server.url}/`, { waitUntil: "load" });
    assert.equal(response?.status(), 200);
    const view = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      h1: document.querySelector("h1")?.textContent,
      verdict: document.querySelector(".verdict")?.textContent ?? "",
      rules: document.querySelectorAll("#overview ~ table tbody tr, table:first-of-type tbody tr").length,
      sections: Array.from(document.querySelectorAll("h2"), (h) => h.textContent),
      basis: document.querySelector("#veto-personal-data")?.parentElement?.textContent ?? "",
    }));
    assert.equal(view.lang, "zh-CN");
    assert.equal(view.h1, "网站检查报告");
    assert.match(view.verdict, /^结论：发现\d+个单项否决问题/);
    assert.ok(view.sections.some((s) => s?.startsWith("单项否决（")) && view.sections.some((s) => s?.startsWith("需整改（")) && view.sections.includes("外部链接（需人工核对）"));
    assert.match(view.basis, /依据：《政府网站与政务新媒体检查指标》/);
    assert.match(view.basis, /怎样整改：/);
    assert.match(view.basis, /199\*\*\*\*0001/);
    assert.deepEqual(await axeViolations(page, { tags: [...wcagTags, "best-practice"] }), []);
  } finally {
    await page.close();
  }
});

test("the report reflows on a 320 px phone without scrolling sideways", async () => {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 320, height: 640 });
    await page.goto(`${server.url}/`, { waitUntil: "load" });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${width} px wide`);
  } finally {
    await page.close();
  }
});
