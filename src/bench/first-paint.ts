/**
 * `npm run bench:first-paint`: does the reading-aids script apply a saved choice
 * before Chromium first paints content? Loads an article with a saved choice (特大 + 高对比度),
 * and with none, many times under plain, CPU-throttled and slow-network conditions, and counts the loads whose
 * first-contentful-paint came before the script set data-xc-text (a flash of the default look).
 * The site ships the script `defer blocking="render"`; the comparison in the same run is the
 * same page with plain `defer` (rewritten on the fly), which painted first in about half the loads.
 * Paint times are the browser's presentation times, so a count is a lower bound. Also prints the
 * page's cumulative layout shift (the bar is laid out by CSS, so it should stay 0).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { buildSite } from "../publish/build-site.ts";
import { launchChromium } from "a11y-audit/chromium";
import { serveStatic } from "a11y-audit/serve-static";

const articlePath = process.env.XC_BENCH_PAGE || "/gzdt/2025/000-4ff78243f4312f31/";
const loads = Number(process.env.XC_BENCH_LOADS || 20);
const conditions = [
  { name: "plain", cpu: 1, network: null },
  { name: "CPU ×6", cpu: 6, network: null },
  { name: "CPU ×4 + slow 3G", cpu: 4, network: { download: 50_000, upload: 50_000, latency: 400 } },
];
const savedChoices = [
  { name: "特大+高对比度", value: { text: "xlarge", contrast: "high" } },
  { name: "none", value: null },
];
/** Rewrites the shipped script tag; fails loudly if the tag is not there (a silent no-op would compare a page with itself). */
function withPlainDefer(html: string): string {
  const shipped = 'src="/assets/reading-aids.js" defer blocking="render"';
  if (!html.includes(shipped)) throw new Error(`bench:first-paint: the page has no ${shipped}`);
  return html.replace(shipped, 'src="/assets/reading-aids.js" defer');
}
const variants = [
  { name: 'defer blocking="render" (shipped)', rewrite: (html: string) => html },
  { name: "plain defer", rewrite: withPlainDefer },
];
const watch = `
  window.xcShift = 0;
  new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) { if (!e.hadRecentInput) window.xcShift += e.value; }); })
    .observe({ type: "layout-shift", buffered: true });
  new MutationObserver(function () { if (window.xcApplied === undefined) window.xcApplied = performance.now(); })
    .observe(document, { attributes: true, subtree: true, attributeFilter: ["data-xc-text"] });
`;

interface LoadResult { fcp: number; gap: number; shift: number }

/** One load: first contentful paint, how long before the choice was applied it came (> 0: painted first), layout shift. */
async function oneLoad(page: Page, url: string): Promise<LoadResult> {
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction("performance.getEntriesByName('first-contentful-paint').length > 0", { timeout: 10_000 });
  return (await page.evaluate(`(function () { var fcp = performance.getEntriesByName("first-contentful-paint")[0].startTime; return { fcp: fcp, gap: window.xcApplied - fcp, shift: window.xcShift }; })()`)) as LoadResult;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const root = mkdtempSync(join(tmpdir(), "xc-bench-first-paint-"));
const output = join(root, "site");
await buildSite({ output });
const server = await serveStatic(output);
const browser = await launchChromium();
try {
  console.log(`${loads} loads of ${articlePath} per cell; “painted first” = first contentful paint came before the script applied the saved choice (with none saved, that looks the same)`);
  for (const variant of variants) {
    for (const saved of savedChoices) {
      const page = await browser.newPage();
      await page.goto(server.url + "/about/");
      await page.evaluate(`localStorage.clear(); ${saved.value ? `localStorage.setItem("xc-reading-aids", ${JSON.stringify(JSON.stringify(saved.value))})` : ""}`);
      await page.evaluateOnNewDocument(watch);
      await page.setRequestInterception(true);
      page.on("request", async (request) => {
        if (request.resourceType() !== "document") return void request.continue();
        const response = await fetch(request.url());
        void request.respond({ status: response.status, contentType: "text/html; charset=utf-8", body: variant.rewrite(await response.text()) });
      });
      const client = await page.createCDPSession();
      for (const condition of conditions) {
        await client.send("Emulation.setCPUThrottlingRate", { rate: condition.cpu });
        await page.emulateNetworkConditions(condition.network);
        const results: LoadResult[] = [];
        for (let i = 0; i < loads; i++) results.push(await oneLoad(page, server.url + articlePath));
        const flashes = results.filter((r) => r.gap > 1).length;
        const worst = Math.max(0, ...results.map((r) => r.gap));
        const fcp = median(results.map((r) => r.fcp));
        const shift = Math.max(...results.map((r) => r.shift));
        console.log(`  ${variant.name.padEnd(24)} ${saved.name.padEnd(10)} ${condition.name.padEnd(17)} painted first ${String(flashes).padStart(2)}/${loads}, longest ${worst.toFixed(0).padStart(3)} ms, median FCP ${fcp.toFixed(0).padStart(4)} ms, largest layout shift ${shift.toFixed(3)}`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
