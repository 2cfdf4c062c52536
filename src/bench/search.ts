/**
 * `npm run bench:search` — a benchmark, not a test: how big the search index of a generated site
 * is, how long indexing takes, and what a search costs the reader's browser.
 *
 *   npm run bench:search                     # 1,000 synthetic articles, 3 indexing runs
 *   npm run bench:search -- --articles 5000 --runs 5
 *
 * It also indexes one 1.9 MB article of unpunctuated Chinese (bounded as the build bounds it, and
 * unbounded on a sample) against a normal article: the cost of one pathological page, as a ratio.
 *
 * Times are the median of the runs and are given with the site build of the same run as the
 * baseline (the machine is shared: compare ratios, not seconds). Writes reports/bench-search.json.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildSite } from "../publish/build-site.ts";
import { launchChromium } from "a11y-audit/chromium";
import { serveStatic } from "a11y-audit/serve-static";
import { folderSize } from "./search/folder-size.ts";
import { generateSite } from "./generate/generate-site.ts";
import { indexSite, maxIndexedPageText } from "../publish/search/index-site.ts";
import { hugePageCost } from "./search/huge-page-cost.ts";

const { values } = parseArgs({ options: { articles: { type: "string", default: "1000" }, runs: { type: "string", default: "3" } } });
const articleCount = Number(values.articles);
const runs = Number(values.runs);
if (!Number.isInteger(articleCount) || articleCount < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error("--articles and --runs take whole numbers ≥ 1");
  process.exit(1);
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const milliseconds = (ms: number) => `${ms.toFixed(0)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** What the browser downloads from /pagefind/ for one query in a fresh profile, and the results. */
async function searchCost(url: string, queries: string[]) {
  const browser = await launchChromium();
  try {
    const costs = [];
    for (const q of queries) {
      const context = await browser.createBrowserContext(); // an empty cache for every query
      const page = await context.newPage();
      let bytes = 0;
      let requests = 0;
      page.on("response", (response) => {
        if (!new URL(response.url()).pathname.startsWith("/pagefind/")) return;
        bytes += Number(response.headers()["content-length"] ?? 0);
        requests += 1;
      });
      await page.goto(`${url}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => document.querySelector("#xc-search-status h2, #xc-search-status p"), { timeout: 60_000 });
      await page.waitForNetworkIdle({ idleTime: 300 });
      const heading = await page.$eval("#xc-search-status", (e) => e.firstElementChild?.textContent ?? "");
      costs.push({ query: q, heading, requests, bytes });
      await context.close();
    }
    return costs;
  } finally {
    await browser.close();
  }
}

const work = mkdtempSync(join(tmpdir(), "xc-bench-search-"));
try {
  const contentDir = join(work, "content");
  // the performance benchmark's site (npm run bench), same generator and seed
  const generated = generateSite({ articles: articleCount, folder: contentDir });
  const articles = generated.markdownFiles + generated.legacyFiles;
  console.log(`Generated ${articles} articles (${generated.legacyFiles} of them legacy text) in ${contentDir}`);

  const output = join(work, "site");
  const buildStarted = performance.now();
  const { pages } = await buildSite({ output, content: { contentDir } }); // the baseline: the same site without its index
  const buildMs = performance.now() - buildStarted;
  const html = folderSize(output, (path) => path.endsWith(".html"));

  const indexTimes: number[] = [];
  let indexed = 0;
  for (let run = 0; run < runs; run++) {
    await rm(join(output, "pagefind"), { recursive: true, force: true });
    const started = performance.now();
    indexed = (await indexSite(output)).pages;
    indexTimes.push(performance.now() - started);
  }
  const pagefindFolder = join(output, "pagefind");
  const total = folderSize(pagefindFolder);
  const runtime = folderSize(pagefindFolder, (path) => /^(pagefind\.js|pagefind-worker\.js|wasm\..*\.pagefind|pagefind-entry\.json)$/.test(path));
  const data = { bytes: total.bytes - runtime.bytes, files: total.files - runtime.files };

  const server = await serveStatic(output);
  const costs = await searchCost(server.url, ["西城", "养老", "义务教育入学", "熊猫"]).finally(() => server.close());

  const indexMs = median(indexTimes);
  console.log("Measuring one huge unpunctuated article against a normal one…");
  const huge = await hugePageCost(join(work, "huge"), runs);
  const report = {
    articles,
    legacyArticles: generated.legacyFiles,
    pagesBuilt: pages,
    pagesIndexed: indexed,
    buildMs: Math.round(buildMs),
    indexMs: indexTimes.map(Math.round),
    indexMedianMs: Math.round(indexMs),
    indexToBuildRatio: Number((indexMs / buildMs).toFixed(3)),
    htmlBytes: html.bytes,
    index: { totalBytes: total.bytes, files: total.files, runtimeBytes: runtime.bytes, dataBytes: data.bytes, dataFiles: data.files },
    indexToHtmlRatio: Number((total.bytes / html.bytes).toFixed(3)),
    perQuery: costs,
    hugePage: huge,
  };
  console.log(`
Search index benchmark: ${report.articles} articles, ${report.pagesIndexed} pages indexed (${report.pagesBuilt} pages built)
  site build (baseline)        ${seconds(buildMs)}
  indexing, median of ${runs}       ${seconds(indexMs)}   (${indexTimes.map(seconds).join(", ")}) = ${report.indexToBuildRatio}× the build
  HTML of the site             ${kib(html.bytes)} in ${html.files} files
  index, all of /pagefind/     ${kib(total.bytes)} in ${total.files} files = ${report.indexToHtmlRatio}× the HTML
    runtime (JS, worker, WASM) ${kib(runtime.bytes)}
    data (index, fragments)    ${kib(data.bytes)} in ${data.files} files
  per query, cold cache (what a reader's browser downloads from /pagefind/):`);
  for (const c of costs) console.log(`    ${kib(c.bytes).padStart(10)} in ${String(c.requests).padStart(2)} requests — ${c.heading}`);
  console.log(`  one page's indexing, median of ${runs} (a normal generated article is the baseline):
    normal article                                      ${milliseconds(huge.normalMs)}
    ${(huge.hugeChars / 1000).toFixed(0)}k unpunctuated characters, bounded to ${maxIndexedPageText} (as built)  ${milliseconds(huge.boundedMs)} = ${huge.boundedRatio}× a normal article
    the same unbounded (first ${huge.sampleChars / 1000}k measured, scaled)      ${milliseconds(huge.projectedUnboundedMs)} = ${huge.projectedUnboundedRatio}× a normal article`);
  mkdirSync("reports", { recursive: true });
  writeFileSync("reports/bench-search.json", `${JSON.stringify(report, null, 2)}\n`);
  console.log("\nWritten to reports/bench-search.json");
} finally {
  await rm(work, { recursive: true, force: true });
}
