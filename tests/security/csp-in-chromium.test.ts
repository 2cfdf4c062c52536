import assert from "node:assert/strict";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "puppeteer-core";
import { chromiumArgs, launchChromium } from "a11y-audit/chromium";
import { type RunningNginx, startNginx } from "../../src/serve/nginx/start-nginx.ts";
import { removeTemp, tempOutput } from "../support/build-into.ts";
import { projectSite } from "../support/shared-build.ts";
import { loadAndCollectProblems } from "../support/page-problems.ts";
import { pageUrl, siteFiles } from "../support/site-files.ts";

/**
 * Everything a reader opens: every HTML page, and every feed that carries a
 * stylesheet for people (a browser turns it into a page).
 */
function readerPages(root: string): string[] {
  return siteFiles(root)
    .filter((path) => path !== "/404.html")
    .filter((path) => path.endsWith(".html") || (path.endsWith(".xml") && readFileSync(join(root, path), "utf8").includes("<?xml-stylesheet")))
    .map(pageUrl);
}

describe("the built site in Chromium, served by nginx under its Content-Security-Policy", () => {
  let root: string;
  let nginx: RunningNginx;
  let browser: Browser;
  let page: Page;

  before(async () => {
    root = await tempOutput("csp");
    cpSync(await projectSite(), root, { recursive: true }); // a copy: a canary page is added to it
    nginx = await startNginx({ root });
    // Chromium 156 puts its own "XSLT is deprecated" banner, with inline styles and an inline
    // handler, above a transformed feed: browser UI that our CSP blocks, not our markup. Switched
    // off here so that every remaining report is about the site.
    browser = await launchChromium({ args: [...chromiumArgs, "--disable-features=GenerateXSLTWarningBanner"] });
    page = await browser.newPage();
  });

  after(async () => {
    await browser?.close();
    await nginx?.stop();
    await removeTemp(root);
  });

  test("every page loads with zero CSP violations, zero console errors and its stylesheet applied", async () => {
    const pages = readerPages(root);
    assert.ok(pages.length >= 8, `the site has pages (${pages.length})`);
    const failures: string[] = [];
    for (const path of pages) {
      const { violations, errors, status } = await loadAndCollectProblems(page, nginx.url + path);
      if (status !== 200) failures.push(`${path}: HTTP ${status}`);
      failures.push(...[...violations, ...errors].map((problem) => `${path}: ${problem}`));
      if (path.endsWith("/") || path.endsWith(".html")) {
        const rules = await page.evaluate(() => Array.from(document.styleSheets).reduce((sum, sheet) => sum + (sheet.href ? sheet.cssRules.length : 0), 0));
        if (rules === 0) failures.push(`${path}: no rules of the site's stylesheet are in effect`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test("the not-found page works under the policy too, with status 404", async () => {
    const { violations, errors, status } = await loadAndCollectProblems(page, `${nginx.url}/no-such-page/`, 404);
    assert.equal(status, 404);
    assert.deepEqual([...violations, ...errors], []);
    assert.equal(await page.$eval("h1", (h1) => h1.textContent), "页面未找到");
  });

  test("the check can fail: a page with an inline script, a style attribute and an event handler is caught", async () => {
    writeFileSync(
      join(root, "csp-canary.html"),
      `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>canary</title><script>document.title = "ran"</script></head>` +
        `<body><p style="color: red">x</p><img src="/assets/none.png" alt="" onerror="document.title='ran'"></body></html>`,
    );
    const { violations, errors } = await loadAndCollectProblems(page, `${nginx.url}/csp-canary.html`);
    assert.ok(violations.some((v) => v.startsWith("script-src")), `an inline script is reported: ${violations.join(" | ")}`);
    assert.ok(violations.some((v) => v.startsWith("style-src")), "a style attribute is reported");
    assert.ok(errors.some((e) => e.includes("/assets/none.png")), "a missing file is reported");
    assert.equal(await page.title(), "canary", "no inline code ran");
  });
});
