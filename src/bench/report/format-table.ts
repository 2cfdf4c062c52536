import type { SizeResult } from "../build/bench-builds.ts";
import type { IncrementalResult } from "../build/bench-incremental.ts";
import type { PageWeight } from "../weight/page-weight.ts";
import type { Target } from "./targets.ts";

/** Right-aligns cells into a plain-text table with a header rule. */
export function table(rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((row) => [...(row[column] ?? "")].length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padStart(widths[column]!)).join("  ");
  return [line(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(0);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The build comparison as a table. */
export function buildTable(sizes: SizeResult[]): string {
  const rows: (string | number)[][] = [["articles", "build", "pages", "wall s", "CPU s", "peak RSS MB", "pages/s", "ours/base wall", "ours/base CPU", "ours/base RSS"]];
  for (const size of sizes) {
    for (const [label, summary] of [["ours", size.ours], ["bare 11ty", size.baseline]] as const) {
      const ratios = label === "ours" ? [size.wallRatio, size.cpuRatio, size.memoryRatio].map((r) => r.toFixed(2)) : ["", "", ""];
      rows.push([size.articles, label, summary.pages, seconds(summary.wallMs), seconds(summary.cpuMs), mb(summary.peakRssBytes), summary.pagesPerSecond.toFixed(0), ...ratios]);
    }
  }
  return table(rows);
}

/** Page weight as a table (KB; gzip level 6). */
export function weightTable(weights: PageWeight[]): string {
  const rows: (string | number)[][] = [["page", "requests", "HTML raw/gz", "CSS raw/gz", "JS raw/gz", "other raw/gz", "content raw/gz", "images raw/gz", "own gz", "other origins", "blocking"]];
  for (const w of weights) {
    const pair = (s: { raw: number; gzip: number }) => `${kb(s.raw)}/${kb(s.gzip)}`;
    rows.push([w.name, w.requests, pair(w.html), pair(w.css), pair(w.js), pair(w.other), pair(w.content), pair(w.images), kb(w.ownGzip), w.otherOrigin.length, w.renderBlocking.length]);
  }
  return table(rows);
}

/** The targets, met or not. */
export function targetTable(targets: Target[]): string {
  return table([
    ["target", "measured", "limit", "met"],
    ...targets.map((t) => [t.name, `${t.measured.toFixed(2)}${t.unit}`, `${t.atLeast ? "≥" : "≤"} ${t.limit.toFixed(t.limit % 1 ? 1 : 0)}${t.unit}`, t.met ? "yes" : "NO"]),
  ]);
}

/** Where our full build's time went, step by step (its last run at each size; Pagefind's own CPU apart). */
export function stepTable(sizes: SizeResult[]): string {
  const rows: (string | number)[][] = [["articles", "step", "wall s", "CPU s", "Pagefind CPU s"]];
  for (const size of sizes) for (const step of size.steps) rows.push([size.articles, step.step, seconds(step.wallMs), seconds(step.cpuMs), step.childCpuMs === undefined ? "" : seconds(step.childCpuMs)]);
  return table(rows);
}

/** Each incremental publish: its time, what it rendered and kept, and its slowest steps. */
export function incrementalTable(result: IncrementalResult): string {
  const rows: (string | number)[][] = [["edit", "wall s", "CPU s", "peak RSS MB", "rendered", "kept", "load s", "render s", "search s", "assemble s"]];
  for (const run of result.runs) {
    const step = (prefix: string) => seconds(run.steps.filter((s) => s.step.startsWith(prefix)).reduce((sum, s) => sum + s.wallMs, 0));
    rows.push([run.edit + (run.fullReason ? " (FULL)" : ""), seconds(run.wallMs), seconds(run.cpuMs), mb(run.peakRssBytes), run.rendered, run.kept, step("load"), step("render"), step("search"), step("assemble")]);
  }
  return table(rows);
}
