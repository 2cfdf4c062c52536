import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { generateLegacyExport, type ExportedPage } from "../../src/bench/generate/legacy-export.ts";
import { importLegacyFolder, type ImportReport } from "../../src/import/import-legacy-folder.ts";
import { loadChannels } from "../../src/lib/content/load-channels.ts";
import { loadSiteContent, projectContent, settingsFiles } from "../../src/lib/load-site.ts";
import { formatProblem } from "../../src/lib/model/problems.ts";
import { loadSettings } from "../../src/lib/settings/load-settings.ts";
import { parsePublishTime } from "../../src/lib/text/shanghai-time.ts";
import { makeFixture } from "../support/fixture-content.ts";

const site = loadSettings(settingsFiles(projectContent.settingsDir).site);
const channels = loadChannels(settingsFiles(projectContent.settingsDir).channels);
const asOf = parsePublishTime("2026-01-01")!.epochMs; // the generated pages are dated 2015–2025
const fixture = makeFixture({});
const exported = generateLegacyExport({ pages: 300, folder: join(fixture.root, "export") });
const into = join(fixture.folders.legacy, "export");
after(() => rmSync(fixture.root, { recursive: true, force: true }));

const run = () => importLegacyFolder({ from: exported.folder, into, contentDir: fixture.contentDir, site, channels, asOf });
const pagesWith = (outcome: ExportedPage["outcome"]) => exported.pages.filter((p) => p.outcome === outcome).map((p) => p.file).sort();
const filesNamed = (problems: ImportReport["problems"]) => [...new Set(problems.map((p) => p.file.slice(exported.folder.length + 1)))].sort();

describe("importing a folder of a few hundred old-site pages with mixed lead styles", () => {
  let report: ImportReport;

  test("reports every undated page in one run, one line each, and imports all the others", async () => {
    report = await run();
    assert.equal(report.pages.length, 300);
    assert.deepEqual(report.refused.sort(), pagesWith("undated"));
    assert.deepEqual(filesNamed(report.problems), pagesWith("undated"), "each problem names an undated page, and each undated page has one");
    assert.ok(report.problems.every((p) => p.field === "date" && p.line === 1 && !formatProblem(p).includes("\n")));
    assert.deepEqual(report.imported.sort(), [...pagesWith("clean"), ...pagesWith("doubtful")].sort());
  });

  test("warns about every doubtful page, and about no page that imports cleanly", () => {
    const warned = filesNamed(report.warnings);
    for (const page of pagesWith("doubtful")) assert.ok(warned.includes(page), `${page} is warned about`);
    for (const page of pagesWith("clean")) assert.ok(!warned.includes(page), `${page} imports without a warning`);
  });

  test("copies the imported pages byte for byte, and the site then builds with each at its true date", () => {
    for (const page of report.imported) assert.deepEqual(readFileSync(join(into, page)), readFileSync(join(exported.folder, page)), page);
    assert.equal(existsSync(join(into, exported.pages.find((p) => p.outcome === "undated")!.file)), false);
    const content = loadSiteContent(fixture.content, asOf);
    assert.equal(content.articles.length, report.imported.length);
    const truth = new Map(exported.pages.map((p) => [join(into, p.file), p.date]));
    for (const article of content.articles) assert.equal(article.published.date, truth.get(article.sourceFile), article.sourceFile);
  });

  test("after the operator dates the rest in overrides.csv (a whole date a page, a year to confirm a guess), the next import takes every page", async () => {
    const rows = exported.pages.flatMap((p) => (p.outcome === "undated" ? [`${p.file},${p.date}`] : p.style === "year-in-middle" ? [`${p.file},${p.date.slice(0, 4)}`] : []));
    writeFileSync(join(exported.folder, "overrides.csv"), `path,date\n${rows.join("\n")}\n`);
    const again = await run();
    assert.deepEqual([again.refused, again.problems], [[], []]);
    assert.equal(again.imported.length, 300);
    assert.ok(!again.warnings.some((w) => w.field === "date"), "the confirmed years are no longer guesses");
    const content = loadSiteContent(fixture.content, asOf);
    assert.equal(content.articles.length, 300);
    const truth = new Map(exported.pages.map((p) => [join(into, p.file), p.date]));
    for (const article of content.articles) assert.equal(article.published.date, truth.get(article.sourceFile), article.sourceFile);
    assert.ok(readFileSync(join(into, "overrides.csv"), "utf8").startsWith("path,date,title\n"));
  });

  test("a folder the import did not write is never replaced", async () => {
    const own = makeFixture({ "legacy/hand-written/page.txt": "3月7日,2025年西城区召开会议。" });
    const other = join(own.folders.legacy, "hand-written");
    await assert.rejects(importLegacyFolder({ from: exported.folder, into: other, contentDir: own.contentDir, site, channels, asOf }), /was not written by an import/);
    assert.ok(existsSync(join(other, "page.txt")));
    rmSync(own.root, { recursive: true, force: true });
  });

  test("pages whose URL another article of the site already has are left out and named", async () => {
    const own = makeFixture({});
    const first = join(own.folders.legacy, "first");
    await importLegacyFolder({ from: exported.folder, into: first, contentDir: own.contentDir, site, channels, asOf });
    const second = await importLegacyFolder({ from: exported.folder, into: join(own.folders.legacy, "second"), contentDir: own.contentDir, site, channels, asOf });
    assert.equal(second.imported.length, 0);
    assert.ok(second.problems.every((p) => p.field === "slug" && p.message.includes("already used by")));
    rmSync(own.root, { recursive: true, force: true });
  });
});

test("npm run import:legacy prints one line a problem and warning, a summary, writes the to-do list and exits 1 while pages are left out", () => {
  const own = makeFixture({});
  const folder = generateLegacyExport({ pages: 26, folder: join(own.root, "old-site") }).folder;
  const todo = join(own.root, "todo.csv");
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/import/import-legacy.ts", folder, "--content", own.contentDir, "--settings", own.root, "--todo", todo], { encoding: "utf8" });
  const todoRows = existsSync(todo) ? readFileSync(todo, "utf8").trim().split("\n") : [];
  rmSync(own.root, { recursive: true, force: true, maxRetries: 2 });
  assert.equal(result.status, 1, result.stderr);
  assert.equal(todoRows.length, 7, "a header and one row a page left out");
  const lines = result.stdout.trim().split("\n");
  const problems = lines.filter((line) => line.startsWith(folder) && line.includes(": date: "));
  assert.equal(problems.length, 6, "two pages of each of the three undated styles");
  assert.match(result.stdout, /Imported 20 of 26 pages into .*legacy\/old-site\//);
  assert.match(result.stdout, /Not imported: 6 pages/);
});
