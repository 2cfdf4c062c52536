/**
 * `npm run bench`: generates synthetic sites (1,000 and 10,000 articles by
 * default) and, in one run, compares our full build with bare Eleventy on
 * the same Markdown bodies (wall time, CPU time, peak RSS of the process tree, pages/s, ratios; medians
 * of repeated runs), then weighs the home, a channel, an article and the
 * site-map page of the largest site in Chromium. Prints tables and writes
 * reports/bench.json. Exits 1 when a deterministic target is missed (a
 * request to another origin, extra render-blocking requests, a page over
 * 14 KB); time and memory targets are reported, not enforced, because this
 * machine is shared and noisy.
 *
 * Then it times the audit on a sample of that site's pages: pa11y-ci at its
 * defaults against our axe-core pass and the whole audit (bench/audit/).
 *
 * Options: --sizes 1000,10000  --repeats 3  --seed 20250307  --keep (keep the scratch folder)
 *          --memory gnu-time|node (how peak RSS is taken; default GNU time when installed)
 *          --audit-sample 20 (pages; 0 skips the audit section)  --audit-repeats 3
 *          --skip-incremental (skip publishing the largest site again after each kind of edit)
 *
 * The full builds run with --full and record where their time goes (load, render, search index,
 * assemble, swap). Then, on the largest site, one edit of each kind (add, edit a title, edit a
 * body, move to another channel, delete) is published incrementally and timed, and the result is
 * compared byte for byte with a full build of the same content (bench/build/bench-incremental.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { auditTable, auditTargets } from "./audit/audit-table.ts";
import { benchAudit } from "./audit/bench-audit.ts";
import { benchBuilds } from "./build/bench-builds.ts";
import { benchIncremental } from "./build/bench-incremental.ts";
import type { MemoryProbe } from "./build/run-measured.ts";
import { buildTable, incrementalTable, stepTable, targetTable, weightTable } from "./report/format-table.ts";
import { checkTargets } from "./report/targets.ts";
import { benchWeight } from "./weight/bench-weight.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    repeats: { type: "string", default: "3" },
    seed: { type: "string", default: "20250307" },
    keep: { type: "boolean", default: false },
    memory: { type: "string" },
    "audit-sample": { type: "string", default: "20" },
    "audit-repeats": { type: "string", default: "3" },
    "skip-incremental": { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number).sort((a, b) => a - b);
const repeats = Number(values.repeats);
const seed = Number(values.seed);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(repeats) || repeats < 1 || !Number.isInteger(seed)) {
  console.error("usage: npm run bench -- [--sizes 1000,10000] [--repeats 3] [--seed N] [--keep] [--memory gnu-time|node]");
  process.exit(2);
}
const auditSample = Number(values["audit-sample"]);
const auditRepeats = Number(values["audit-repeats"]);
if (!Number.isInteger(auditSample) || auditSample < 0 || !Number.isInteger(auditRepeats) || auditRepeats < 1) {
  console.error("--audit-sample must be a whole number ≥ 0 and --audit-repeats ≥ 1");
  process.exit(2);
}
if (values.memory && values.memory !== "gnu-time" && values.memory !== "node") {
  console.error(`--memory is "${values.memory}"; expected gnu-time or node`);
  process.exit(2);
}

const workDir = mkdtempSync(join(tmpdir(), "xc-bench-"));
const started = performance.now();
try {
  console.log(`Benchmark: sizes ${sizes.join(", ")}, ${repeats} runs each, seed ${seed}, scratch ${workDir}`);
  const builds = await benchBuilds({ sizes, repeats, seed, workDir, probe: values.memory as MemoryProbe | undefined, log: console.log });
  const largest = builds[builds.length - 1]!;
  const weights = await benchWeight(largest.oursOutput);
  const audit = auditSample > 0 ? await benchAudit({ folder: largest.oursOutput, sampleSize: auditSample, repeats: auditRepeats }) : undefined;
  // Last: the incremental publishes edit the largest site's content and output.
  const incremental = !values["skip-incremental"]
    ? await benchIncremental({ articles: largest.articles, contentDir: largest.contentDir, output: largest.oursOutput, workDir, probe: values.memory as MemoryProbe | undefined, log: console.log })
    : undefined;
  const targets = [...checkTargets(builds, weights, incremental), ...(audit ? auditTargets(audit) : [])];

  console.log(`\nBuild (median of ${repeats}; "bare 11ty" = Eleventy with no layout, loaders or plugins on the same Markdown bodies)\n`);
  console.log(buildTable(builds));
  if (builds.length > 1) {
    const first = builds[0]!;
    console.log(`\nScaling ${largest.articles}/${first.articles}: ours ${(largest.ours.wallMs / first.ours.wallMs).toFixed(2)}×, bare 11ty ${(largest.baseline.wallMs / first.baseline.wallMs).toFixed(2)}×`);
  }
  console.log(`\nWhere our full build's time goes (its last run; wall includes waiting for the worker threads and Pagefind)\n`);
  console.log(stepTable(builds));
  if (incremental) {
    console.log(`\nIncremental publishing, ${incremental.articles}-article site: one edit, then npm run build\n`);
    console.log(incrementalTable(incremental));
  }
  console.log(`\nPage weight in Chromium, ${largest.articles}-article site (KB; gzip level 6; content = article body / article lists)\n`);
  console.log(weightTable(weights));
  if (audit) {
    console.log(`\nAudit throughput, ${audit.sample.length} pages of the ${largest.articles}-article site (median of ${audit.repeats}; one page in one mode = one audit)\n`);
    console.log(auditTable(audit));
  }
  console.log("\nTargets\n");
  console.log(targetTable(targets));

  mkdirSync("reports", { recursive: true });
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, loadAverageAtEnd: loadavg() },
    options: { sizes, repeats, seed, auditSample, auditRepeats },
    build: {
      sizes: builds.map(({ oursOutput: _, contentDir: __, ...size }) => size),
      scaling: builds.length > 1 ? { ours: largest.ours.wallMs / builds[0]!.ours.wallMs, baseline: largest.baseline.wallMs / builds[0]!.baseline.wallMs } : undefined,
    },
    weight: weights,
    incremental,
    audit,
    targets,
    durationSeconds: (performance.now() - started) / 1000,
  };
  writeFileSync("reports/bench.json", `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote reports/bench.json (${report.durationSeconds.toFixed(0)} s)`);
  const missed = targets.filter((t) => t.deterministic && !t.met);
  if (missed.length) {
    console.error(`\n${missed.length} deterministic target(s) missed: ${missed.map((t) => t.name).join("; ")}`);
    process.exitCode = 1;
  }
} finally {
  if (values.keep) console.log(`Kept ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}
