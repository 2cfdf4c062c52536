/**
 * `npm run inspect [-- --folder DIR] [--settings DIR] [--content DIR] [--date YYYY-MM-DD]
 * [--freshness veto|report] [--report DIR]`: inspects the built site and its sources against
 * 《政府网站与政务新媒体检查指标》 and the 政府信息公开条例 (src/inspect/rules), writes the report
 * (DIR/index.html and inspect.json, reports/inspect/ by default) and exits 1 on any 单项否决
 * (veto) finding, 0 otherwise, 2 on a wrong command line. The site is built first (as
 * `npm run build` does) when the folder is missing or older than its sources; pass the same
 * --settings and --content it was built from.
 */
import { parseArgs } from "node:util";
import { isBuildStale } from "a11y-audit";
import { projectContent } from "../lib/load-site.ts";
import { findInvalidInput } from "../publish/build-errors.ts";
import { buildSite } from "../publish/build-site.ts";
import { postBuildSteps } from "../publish/post-build-steps.ts";
import { writeReport } from "./report/write-report.ts";
import { runInspection } from "./run-inspection.ts";
import { isDay } from "./site/days.ts";

const usage = "usage: npm run inspect [-- --folder DIR] [--settings DIR] [--content DIR] [--date YYYY-MM-DD] [--freshness veto|report] [--report DIR]";

/** The command line, checked: every option, or the reason it is wrong. */
function readOptions(): { folder: string; settings: string; content: string; date?: string | undefined; freshness: "veto" | "report"; report: string } {
  const { values } = parseArgs({
    options: {
      folder: { type: "string", default: "_site" },
      settings: { type: "string", default: projectContent.settingsDir },
      content: { type: "string", default: projectContent.contentDir },
      date: { type: "string" },
      freshness: { type: "string", default: "veto" },
      report: { type: "string", default: "reports/inspect" },
    },
  });
  if (values.date !== undefined && !isDay(values.date)) throw new Error(`--date is "${values.date}"; expected a real day as YYYY-MM-DD`);
  if (values.freshness !== "veto" && values.freshness !== "report") throw new Error(`--freshness is "${values.freshness}"; expected veto (stale pages fail the site, as in the inspection) or report (listed only)`);
  return { ...values, freshness: values.freshness };
}

let options: ReturnType<typeof readOptions>;
try {
  options = readOptions();
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const source = { settingsDir: options.settings, contentDir: options.content };
try {
  if (await isBuildStale(options.folder, [options.settings, options.content, "src", ".eleventy.js", "package-lock.json"])) {
    console.log(`Building the site into ${options.folder}/ (missing or older than its sources)…`);
    await buildSite({ output: options.folder, steps: postBuildSteps, content: source });
  }
  const result = await runInspection({ folder: options.folder, source, date: options.date, freshness: options.freshness });
  const report = await writeReport(options.report, result);
  const vetoes = result.findings.filter((f) => f.severity === "veto");
  for (const finding of result.findings) {
    const where = [finding.page, finding.file && `${finding.file}${finding.line ? `:${finding.line}` : ""}`].filter(Boolean).join(" ") || "(site)";
    console.log(`${finding.severity === "veto" ? "VETO" : "fix "} ${finding.rule}: ${where}: ${finding.message}`);
  }
  console.log(`${result.external.length} external address(es) listed for a manual check.`);
  console.log(`Inspection of ${result.pageCount} pages as of ${result.date}: ${vetoes.length} single-veto (单项否决) finding(s), ${result.findings.length - vetoes.length} to fix${result.freshness === "report" ? " (freshness reported, not vetoed)" : ""}.`);
  console.log(`Report: ${report} (inspect.json beside it)`);
  process.exit(result.verdict === "fail" ? 1 : 0);
} catch (error) {
  const invalid = findInvalidInput(error);
  console.error(invalid ? invalid.message : error);
  process.exit(1);
}
