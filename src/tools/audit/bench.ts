/**
 * `npm run bench:audit [-- --rounds N]`: audits the same page set three ways in one
 * run and prints pages per second and the ratios against the baseline:
 *   1. pa11y-ci at its defaults (concurrency 1, incognito contexts), the baseline;
 *   2. pa11y-ci as .pa11yci.cjs configures it (concurrency 2);
 *   3. our axe-core pass: one reused browser, desktop mode (then all modes + keyboard, for scale).
 * The page set is the built site's pages, repeated `rounds` times (each with its own query string).
 * A benchmark, not a test: the machine is shared, so compare ratios, not absolute numbers.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { serveStatic } from "../serve-static.ts";
import { runBrowserPass } from "./browser-pass.ts";
import { listHtmlFiles } from "./built-files.ts";
import { displayModes } from "./display-modes.ts";
import { ensureBuilt } from "./ensure-build.ts";
import { knownExtraPages } from "./known-extra-pages.ts";
import { loadPa11yDefaults, runPa11y } from "./pa11y-runner.ts";
import { comparePageLists } from "./page-list.ts";
import { readSitemap } from "./sitemap.ts";
import type { AuditPage, Finding } from "./types.ts";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "2" }, folder: { type: "string", default: "_site" } } });
const rounds = Number(values.rounds);
const folder = values.folder;

await ensureBuilt(folder, console.log);
const sitemap = readSitemap(await readFile(join(folder, "sitemap.xml"), "utf8"));
const { pages: sitePages } = comparePageLists({ sitemapPaths: sitemap.paths, htmlFiles: await listHtmlFiles(folder), knownExtraPages });
const pages: AuditPage[] = Array.from({ length: rounds }, (_, round) => sitePages.map((p) => ({ ...p, path: `${p.path}?bench=${round}` }))).flat();

const server = await serveStatic(folder);
const rows: { name: string; seconds: number; findings: number }[] = [];
async function measure(name: string, work: () => Promise<Finding[]>) {
  const started = performance.now();
  const findings = await work();
  const seconds = (performance.now() - started) / 1000;
  rows.push({ name, seconds, findings: findings.length });
  console.log(`  ${name}: ${seconds.toFixed(1)} s`);
}

try {
  console.log(`Benchmarking ${pages.length} page audits (${sitePages.length} pages × ${rounds} rounds)…`);
  const ours = loadPa11yDefaults();
  await measure("pa11y-ci, its defaults (concurrency 1)", () =>
    runPa11y({ baseUrl: server.url, pages, defaults: { ...ours, concurrency: 1, useIncognitoBrowserContext: true } }),
  );
  await measure(`pa11y-ci, .pa11yci.cjs (concurrency ${ours.concurrency})`, () => runPa11y({ baseUrl: server.url, pages, defaults: ours }));
  await measure("axe-core pass, desktop mode, one browser", () =>
    runBrowserPass({ baseUrl: server.url, pages, modes: displayModes.slice(0, 1), keyboard: false }),
  );
  await measure(`axe-core pass, all ${displayModes.length} modes + keyboard`, () => runBrowserPass({ baseUrl: server.url, pages, modes: displayModes }));
} finally {
  await server.close();
}

const baseline = pages.length / rows[0]!.seconds;
console.log(`\n${"way".padEnd(48)} ${"seconds".padStart(8)} ${"pages/s".padStart(8)} ${"× baseline".padStart(11)} ${"findings".padStart(9)}`);
for (const row of rows) {
  const rate = pages.length / row.seconds;
  console.log(`${row.name.padEnd(48)} ${row.seconds.toFixed(1).padStart(8)} ${rate.toFixed(2).padStart(8)} ${(rate / baseline).toFixed(2).padStart(11)} ${String(row.findings).padStart(9)}`);
}
console.log("(the all-modes row audits each page 9 times plus the keyboard walk; pages/s counts pages, not page loads)");
