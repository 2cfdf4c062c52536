import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { globSync } from "tinyglobby";
import { type MemoryProbe, runMeasured } from "./run-measured.ts";

/** One incremental publish after one kind of edit, measured. */
export interface IncrementalRun {
  edit: string;
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  /** Files Eleventy rendered, and pages kept from the published site (build.ts --timings). */
  rendered: number;
  kept: number;
  /** Why the build rendered every page, when it did (it should not, for these edits). */
  fullReason?: string;
  /** Where the build's own time went, step by step. */
  steps: { step: string; wallMs: number; cpuMs: number }[];
}

export interface IncrementalResult {
  articles: number;
  runs: IncrementalRun[];
  /** After the last edit: the incremental output equals a full build of the same content, file by file. */
  identicalToFull: boolean;
  differences: string[];
}

export interface IncrementalBenchOptions {
  articles: number;
  contentDir: string;
  /** A site fully built from `contentDir` by build.ts (its manifest makes the next build incremental). */
  output: string;
  workDir: string;
  probe?: MemoryProbe | undefined;
  log?: (line: string) => void;
}

/** Every file of a built folder (hidden ones included: the manifest), as relative paths, sorted. */
const filesOf = (folder: string) => globSync("**", { cwd: folder, onlyFiles: true, dot: true, followSymbolicLinks: false }).sort();

/** The generated Markdown article of a plain (not documents or 解读) channel that the edits change. */
function pickArticle(contentDir: string, channel: string): string {
  const folder = join(contentDir, "articles", channel);
  const year = readdirSync(folder).sort().at(-1)!;
  const file = readdirSync(join(folder, year)).filter((name) => name.endsWith(".md")).sort()[0]!;
  return join(folder, year, file);
}

/** Changes one front-matter line (`key: value`) of a Markdown file. */
function setField(file: string, key: string, value: string): void {
  const text = readFileSync(file, "utf8");
  const line = new RegExp(`^${key}:.*$`, "m");
  if (!line.test(text)) throw new Error(`${file} has no ${key}:`);
  writeFileSync(file, text.replace(line, `${key}: ${value}`));
}

/**
 * Publishes one generated site incrementally after each kind of edit (add an article, edit a
 * title, edit a body, move an article to another channel, delete it), timing each `npm run build`
 * as a reader waits for it; then builds the same content fully elsewhere and compares the two
 * sites byte for byte.
 */
export async function benchIncremental({ articles, contentDir, output, workDir, probe, log = () => {} }: IncrementalBenchOptions): Promise<IncrementalResult> {
  const timingsFile = join(workDir, "incremental-timings.json");
  const added = join(contentDir, "articles", "bench-added-notice.md");
  const target = pickArticle(contentDir, "gzdt");
  const edits: [string, () => void][] = [
    ["add an article", () => writeFileSync(added, "---\ntitle: 示例区临时停水通知（虚构，基准测试）\nchannel: tzgg\ndate: 2025-12-30 08:00\n---\n\n因管线抢修，示例街道临时停水（虚构）。\n")],
    ["edit a title", () => setField(target, "title", "示例动态标题已更正（虚构，基准测试）")],
    ["edit a body", () => writeFileSync(target, `${readFileSync(target, "utf8").trimEnd()}\n\n补充说明：交通管制时间调整（虚构）。\n`)],
    ["move to another channel", () => setField(target, "channel", "tzgg")],
    ["delete an article", () => rmSync(added)],
  ];
  const runs: IncrementalRun[] = [];
  for (const [edit, apply] of edits) {
    apply();
    const measured = await runMeasured(["--import", "tsx"], "src/publish/build.ts", ["--content", contentDir, "--output", output, "--timings", timingsFile], { probe });
    const result = JSON.parse(readFileSync(timingsFile, "utf8")) as { rendered: number; kept: number; fullReason?: string; timings: IncrementalRun["steps"] };
    runs.push({
      edit,
      wallMs: measured.wallMs,
      cpuMs: measured.cpuMs,
      peakRssBytes: measured.peakRssBytes,
      rendered: result.rendered,
      kept: result.kept,
      ...(result.fullReason ? { fullReason: result.fullReason } : {}),
      steps: result.timings.map(({ step, wallMs, cpuMs }) => ({ step, wallMs, cpuMs })),
    });
    log(`  ${articles} articles, ${edit}: ${(measured.wallMs / 1000).toFixed(1)} s (CPU ${(measured.cpuMs / 1000).toFixed(1)} s), ${result.rendered} files rendered, ${result.kept} pages kept${result.fullReason ? `, FULL: ${result.fullReason}` : ""}`);
  }
  const full = join(mkdtempSync(join(workDir, "full-")), "site");
  await runMeasured(["--import", "tsx"], "src/publish/build.ts", ["--content", contentDir, "--output", full, "--full"], { probe });
  const mine = new Set(filesOf(output));
  const theirs = new Set(filesOf(full));
  const differences = [...new Set([...mine, ...theirs])].filter((file) => !mine.has(file) || !theirs.has(file) || !readFileSync(join(output, file)).equals(readFileSync(join(full, file))));
  rmSync(full, { recursive: true, force: true });
  log(`  ${articles} articles, incremental output ${differences.length ? `DIFFERS from a full build in ${differences.length} files` : "equals a full build, file by file"}`);
  return { articles, runs, identicalToFull: differences.length === 0, differences: differences.slice(0, 20) };
}
