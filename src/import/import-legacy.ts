/**
 * `npm run import:legacy -- <export folder> [--into DIR] [--content DIR] [--settings DIR] [--todo FILE]`:
 * imports a folder of pages exported from the old site (see README: Importing pages from the old
 * site). Prints every problem and warning, one line each, copies the pages that import into
 * <content>/legacy/<export folder's name>/ (or --into), and with --todo writes a CSV of the
 * pages left out, ready to fill with their dates. Exits 1 when any page was left out.
 */
import { writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadChannels } from "../lib/content/load-channels.ts";
import { projectContent, settingsFiles } from "../lib/load-site.ts";
import { formatProblem, InvalidInputError } from "../lib/model/problems.ts";
import { loadSettings } from "../lib/settings/load-settings.ts";
import { loadTopics } from "../lib/settings/load-topics.ts";
import { importLegacyFolder } from "./import-legacy-folder.ts";

const usage = "usage: npm run import:legacy -- <export folder> [--into DIR] [--content DIR] [--settings DIR] [--todo FILE]";
let parsed: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    allowPositionals: true,
    options: { into: { type: "string" }, content: { type: "string" }, settings: { type: "string" }, todo: { type: "string" } },
  });
}
try {
  parsed = parseOptions();
  if (parsed.positionals.length !== 1) throw new Error("name one export folder");
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const { values, positionals } = parsed;
const from = positionals[0]!;
const contentDir = values.content ?? projectContent.contentDir;
const into = values.into ?? join(contentDir, "legacy", basename(resolve(from)));
try {
  const files = settingsFiles(values.settings ?? projectContent.settingsDir);
  const site = loadSettings(files.site);
  const channels = loadChannels(files.channels);
  const report = await importLegacyFolder({ from, into, contentDir, site, channels, topics: loadTopics(files.topics) });
  for (const warning of report.warnings) console.log(`Warning: ${formatProblem(warning)}`);
  for (const problem of report.problems) console.log(formatProblem(problem));
  console.log(`\nImported ${report.imported.length} of ${report.pages.length} pages into ${into}/` + (report.warnings.length ? ` (${report.warnings.length} warnings above: check those pages, or confirm them in overrides.csv).` : "."));
  if (report.refused.length) {
    console.log(`Not imported: ${report.refused.length} pages, named in the lines above. Give their dates in ${join(from, "overrides.csv")} (a row "path,YYYY-MM-DD", "path,YYYY", or "folder/,YYYY" for a whole folder) and run this again.`);
    if (values.todo) {
      const undated = new Set(report.problems.filter((p) => p.field === "date").map((p) => resolve(p.file)));
      const rows = report.refused.filter((page) => undated.has(resolve(from, page))).map((page) => `${page},,`);
      writeFileSync(values.todo, `path,date,title\n${rows.join("\n")}\n`);
      console.log(`The ${rows.length} pages left out for their date are listed in ${values.todo}: fill in the date column and copy the rows into ${join(from, "overrides.csv")}.`);
    }
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof InvalidInputError ? error.message : `Import failed: ${(error as Error).message}`);
  process.exit(1);
}
