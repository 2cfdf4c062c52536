import { readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateSite } from "../generate/generate-site.ts";
import { median } from "../report/median.ts";
import { writeBaselineInput } from "./baseline-input.ts";
import { listSiteFiles } from "../../publish/site-files.ts";
import { type MemoryProbe, runMeasured } from "./run-measured.ts";

/** One build, measured. */
export interface BuildRun {
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  pages: number;
}

/** The medians of repeated builds of one kind. */
export interface BuildSummary {
  runs: BuildRun[];
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  pages: number;
  pagesPerSecond: number;
}

/** Our build and the baseline on one synthetic site. */
export interface SizeResult {
  articles: number;
  ours: BuildSummary;
  baseline: BuildSummary;
  /** Median wall time, ours / baseline. */
  wallRatio: number;
  /** Median CPU time, ours / baseline: the steadier signal when the machine is busy. */
  cpuRatio: number;
  /** Median peak RSS, ours / baseline. */
  memoryRatio: number;
  /** Where ours left the built site (the last run's), for the page-weight pass and the incremental publishes. */
  oursOutput: string;
  /** The generated content it was built from. */
  contentDir: string;
  /** Where our build's own time went in its last run (build.ts --timings): load, render, search index, assemble, swap. */
  steps: { step: string; wallMs: number; cpuMs: number; childCpuMs?: number }[];
}

export interface BuildBenchOptions {
  sizes: number[];
  repeats: number;
  seed: number;
  /** Scratch folder for content and outputs. */
  workDir: string;
  probe?: MemoryProbe | undefined;
  log?: (line: string) => void;
}

/** Eleventy's own command line, as `npx @11ty/eleventy` runs it. */
const eleventyCli = resolve("node_modules/@11ty/eleventy/cmd.cjs");

function summarise(runs: BuildRun[]): BuildSummary {
  const wallMs = median(runs.map((r) => r.wallMs));
  const pages = runs[0]!.pages;
  return { runs, wallMs, cpuMs: median(runs.map((r) => r.cpuMs)), peakRssBytes: median(runs.map((r) => r.peakRssBytes)), pages, pagesPerSecond: pages / (wallMs / 1000) };
}

/**
 * For each size: generates the site, then builds it `repeats` times with
 * our full build (`node --import tsx src/publish/build.ts --full`: loaders, layouts,
 * post-build steps, atomic swap; every page rendered and indexed, whatever the last run left) and with bare Eleventy on the same Markdown
 * bodies, alternating the two so that load on a shared machine falls on both.
 */
export async function benchBuilds({ sizes, repeats, seed, workDir, probe, log = () => {} }: BuildBenchOptions): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  for (const articles of sizes) {
    const folder = join(workDir, `site-${articles}`);
    const site = generateSite({ articles, seed, folder: join(folder, "content") });
    const baseline = writeBaselineInput(site.contentDir, site.files, join(folder, "baseline"));
    const oursOutput = join(folder, "ours-site");
    const baselineOutput = join(folder, "baseline-site");
    const timingsFile = join(folder, "timings.json");
    const ours: BuildRun[] = [];
    const bare: BuildRun[] = [];
    for (let run = 1; run <= repeats; run++) {
      rmSync(oursOutput, { recursive: true, force: true });
      const o = await runMeasured(["--import", "tsx"], "src/publish/build.ts", ["--content", site.contentDir, "--output", oursOutput, "--full", "--timings", timingsFile], { probe });
      ours.push({ wallMs: o.wallMs, cpuMs: o.cpuMs, peakRssBytes: o.peakRssBytes, pages: listSiteFiles(oursOutput, "**/*.html").length });
      rmSync(baselineOutput, { recursive: true, force: true });
      const b = await runMeasured([], eleventyCli, ["--quiet", `--input=${baseline.input}`, `--output=${baselineOutput}`, `--config=${baseline.config}`], {
        probe,
        cwd: folder, // outside the project: no .eleventy.js or ignore files of ours apply
      });
      bare.push({ wallMs: b.wallMs, cpuMs: b.cpuMs, peakRssBytes: b.peakRssBytes, pages: listSiteFiles(baselineOutput, "**/*.html").length });
      const s = (ms: number) => (ms / 1000).toFixed(1);
      log(`  ${articles} articles, run ${run}/${repeats}: ours ${s(o.wallMs)} s (CPU ${s(o.cpuMs)} s), baseline ${s(b.wallMs)} s (CPU ${s(b.cpuMs)} s)`);
    }
    const oursSummary = summarise(ours);
    const baselineSummary = summarise(bare);
    results.push({
      articles,
      ours: oursSummary,
      baseline: baselineSummary,
      wallRatio: oursSummary.wallMs / baselineSummary.wallMs,
      cpuRatio: oursSummary.cpuMs / baselineSummary.cpuMs,
      memoryRatio: oursSummary.peakRssBytes / baselineSummary.peakRssBytes,
      oursOutput,
      contentDir: site.contentDir,
      steps: (JSON.parse(readFileSync(timingsFile, "utf8")) as { timings: SizeResult["steps"] }).timings,
    });
  }
  return results;
}
